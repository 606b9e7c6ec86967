#!/usr/bin/env node
// Runs the integration suite (test/suite, compiled to out/test/suite) inside the real VS Code:
// VS Code's server from code-server, opened in headless Chromium with the extension under
// development and the suite as `extensionTestsPath`. The suite's mocha output is streamed here;
// its JSON results decide the exit code. Server and browser are always stopped.
//
// Usage: node scripts/vscode/run-suite.js [--grep PATTERN] [--keep] [--timeout SECONDS] [--packaged]
//   --packaged: test the extension installed as its .vsix would install it (the files `vsce ls`
//   packages) instead of the repository as extension under development.
// Expects `tsc -p .` and `node esbuild.js` to have run (npm run test:vscode does both).
const fs = require('fs');
const path = require('path');
const { setInterval, clearInterval } = require('timers');
const C = require('./constants');
const { provision } = require('./provision');
const { startServer } = require('./server');
const { launchBrowser, openPage } = require('./browser');
const { installExtension } = require('./install-extension');
const { createRun, copyTree, onCleanup, runCleanups, installSignalHandlers, saveLogs, clearLogs } = require('./session');

const SUITE_INDEX = path.join(C.ROOT, 'out', 'test', 'suite', 'index.js');
const FIXTURES = path.join(C.ROOT, 'test', 'suite', 'fixtures');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

/** Appends what is new in `file` to stdout, each time it is called. */
function follower(file, write) {
  let offset = 0;
  return () => {
    let fd;
    try {
      fd = fs.openSync(file, 'r');
    } catch {
      return;
    }
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return;
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      offset = size;
      write(buf.toString('utf8'));
    } finally {
      fs.closeSync(fd);
    }
  };
}

/**
 * Resolves with the results once the suite wrote them; rejects if the extension host exits first,
 * the page crashes or the time is up. Watches the results folder, and checks the child processes'
 * log files every 250 ms (they have no other signal).
 */
function waitForResults({ resultsFile, suiteLog, serverLog, page, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const stream = follower(suiteLog, (t) => process.stdout.write(t));
    let hostExitSeen = null;
    let watcher;
    let ticker;
    let timer;
    const finish = (err, value) => {
      clearInterval(ticker);
      clearTimeout(timer);
      if (watcher) watcher.close();
      stream();
      if (err) reject(err);
      else resolve(value);
    };
    const check = () => {
      stream();
      if (fs.existsSync(resultsFile)) {
        try {
          finish(null, JSON.parse(fs.readFileSync(resultsFile, 'utf8')));
        } catch (e) {
          finish(new Error(`unreadable results file: ${e.message}`));
        }
        return;
      }
      const log = fs.existsSync(serverLog) ? fs.readFileSync(serverLog, 'utf8') : '';
      const exit = /Extension Host Process exited with code: (\d+)/.exec(log);
      if (exit && !hostExitSeen) {
        // The results are written before the host exits; give the rename one more tick.
        hostExitSeen = exit[1];
        return;
      }
      if (hostExitSeen) finish(new Error(`the extension host exited (code ${hostExitSeen}) without writing results`));
    };
    watcher = fs.watch(path.dirname(resultsFile), check);
    ticker = setInterval(check, 250);
    timer = setTimeout(() => finish(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the suite`)), timeoutMs);
    page.on('crash', () => finish(new Error('the browser page crashed')));
    check();
  });
}

async function main() {
  installSignalHandlers();
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  const timeoutMs = Number(option('--timeout', process.env.IMR_SUITE_TIMEOUT || 600)) * 1000;
  for (const [file, how] of [[SUITE_INDEX, 'npx tsc -p .'], [path.join(C.ROOT, 'dist', 'extension.js'), 'npm run build']]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(C.ROOT, file)} is missing: run ${how} first`);
  }

  const prov = await provision();
  console.log(`[suite] VS Code ${prov.installed ? 'provisioned' : 'ready'} in ${(prov.ms / 1000).toFixed(1)} s`);

  clearLogs(C.ROOT, 'suite');
  const run = createRun('suite', { keep });
  copyTree(FIXTURES, run.workspace);
  const resultsFile = path.join(run.dir, 'results', 'results.json');
  const suiteLog = path.join(run.dir, 'suite.log');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(suiteLog, '');

  const env = { IMR_SUITE_LOG: suiteLog, IMR_SUITE_RESULTS: resultsFile };
  if (option('--grep')) env.IMR_SUITE_GREP = option('--grep');
  // VS Code runs extension tests only in extension development mode, so the packaged copy is
  // passed as the extension under development.
  let extensionDevelopmentPath = C.ROOT;
  if (process.argv.includes('--packaged')) {
    const installed = installExtension(path.join(run.dir, 'packaged'));
    extensionDevelopmentPath = installed.dir;
    console.log(`[suite] testing the packaged extension (${installed.files} files)`);
  }
  const server = await startServer({ userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, logFile: run.serverLog, env });
  onCleanup(() => server.stop());
  const browser = await launchBrowser();
  onCleanup(() => browser.close());

  const url = server.url({ folder: run.workspace, extensionDevelopmentPath, extensionTestsPath: SUITE_INDEX });
  console.log(`[suite] VS Code ${C.VSCODE_VERSION} (code-server ${C.CODE_SERVER_VERSION}) on ${server.base} (server up in ${((Date.now() - started) / 1000).toFixed(1)} s), workspace ${run.workspace}`);
  const page = await openPage(browser, url, { onConsole: (m) => fs.appendFileSync(run.browserLog, `${m}\n`) });

  let results;
  let failure;
  try {
    results = await waitForResults({ resultsFile, suiteLog, serverLog: run.serverLog, page, timeoutMs });
  } catch (e) {
    failure = e;
  }
  const ok = results && results.failures === 0 && results.passes > 0 && !results.fatal;
  if (!ok) {
    const logs = saveLogs(run, 'suite', C.ROOT);
    if (failure) console.error(`[suite] ${failure.message}`);
    if (results && results.passes === 0 && results.failures === 0) console.error('[suite] no test ran');
    console.error(`[suite] logs kept in ${path.relative(C.ROOT, logs)}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (results) {
    console.log(`[suite] ${results.passes} passing, ${results.failures} failing, ${results.pending} pending (suite ${(results.durationMs / 1000).toFixed(1)} s, total ${seconds} s)`);
  }
  return ok ? 0 : 1;
}

main()
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`[suite] ${e.message}`);
    await runCleanups();
    process.exit(1);
  });
