// A cross-process lock (an exclusive mkdir) so two provisioning runs never install into the same
// folder at once. A lock whose owner died is taken over.
const fs = require('fs');
const path = require('path');
const { setInterval, clearInterval } = require('timers');

function ownerAlive(lockDir) {
  let pid;
  try {
    pid = Number(fs.readFileSync(path.join(lockDir, 'owner'), 'utf8'));
  } catch {
    // Being created right now, or its creator died between mkdir and the write.
    try {
      return Date.now() - fs.statSync(lockDir).mtimeMs < 10000;
    } catch {
      return false;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Resolves when lockDir no longer exists, or rejects after timeoutMs. */
function waitForRemoval(lockDir, timeoutMs) {
  return new Promise((resolve, reject) => {
    let watcher;
    let timer;
    let poll;
    const done = (err) => {
      if (watcher) watcher.close();
      clearTimeout(timer);
      clearInterval(poll);
      if (err) reject(err);
      else resolve();
    };
    const check = () => {
      if (!fs.existsSync(lockDir) || !ownerAlive(lockDir)) done();
    };
    try {
      watcher = fs.watch(path.dirname(lockDir), check);
    } catch {
      // the parent folder vanished: the next check sees no lock
    }
    // fs.watch can miss events on some file systems; the owner may also die without removing it.
    poll = setInterval(check, 1000);
    timer = setTimeout(() => done(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockDir}`)), timeoutMs);
    check();
  });
}

/** Takes the lock and returns a function that releases it. */
async function acquireLock(lockDir, { timeoutMs = 30 * 60 * 1000, onWait = () => {} } = {}) {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'owner'), String(process.pid));
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        fs.rmSync(lockDir, { recursive: true, force: true });
        process.removeListener('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    if (!ownerAlive(lockDir)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    onWait();
    await waitForRemoval(lockDir, Math.max(1, deadline - Date.now()));
  }
}

module.exports = { acquireLock };
