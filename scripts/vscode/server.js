// Starts VS Code's server (from the provisioned code-server package) on a free loopback port,
// waits until it answers HTTP, and stops it (with its extension hosts) on demand.
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const C = require('./constants');

/** A port nobody listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
  });
}

/**
 * Builds the workbench URL that opens `folder` with an extension under development and, when
 * given, the extension tests to run in the extension host that runs it.
 */
function workbenchUrl(port, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length > 0) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/**
 * Starts the server. Its output goes to `logFile`; `env` is added to the environment the server
 * and its extension hosts inherit.
 */
async function startServer({ userDataDir, extensionsDir, logFile, env = {}, timeoutMs = 60000, port: wanted }) {
  if (!fs.existsSync(C.SERVER_MAIN)) throw new Error('VS Code server not provisioned: run node scripts/vscode/provision.js');
  const port = wanted || await freePort();
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const out = fs.openSync(logFile, 'a');
  const args = [
    C.SERVER_MAIN,
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--telemetry-level', 'off',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-workspace-trust',
  ];
  // IMR_VSCODE_LOG=trace: VS Code's own log level, for a run that needs explaining.
  if (process.env.IMR_VSCODE_LOG) args.push('--log', process.env.IMR_VSCODE_LOG);
  // detached: its own process group, so stop() also ends the extension hosts it forks.
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', out, out],
    detached: true,
    env: { ...process.env, ...env },
  });
  fs.closeSync(out);
  let exited = null;
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = signal || `exit ${code}`;
    resolve();
  }));

  const stop = async () => {
    if (exited) return;
    const kill = (sig) => {
      try {
        process.kill(-child.pid, sig);
      } catch {
        // already gone
      }
    };
    kill('SIGTERM');
    const timer = setTimeout(() => kill('SIGKILL'), 5000);
    await exitedPromise;
    clearTimeout(timer);
    kill('SIGKILL'); // extension hosts that outlived the server
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  // The server has no readiness signal but its HTTP answer; ask every 200 ms, bounded.
  for (;;) {
    if (exited) throw new Error(`VS Code server exited (${exited}) before answering; see ${logFile}`);
    const status = await httpStatus(`${base}/version`);
    if (status > 0 && status < 500) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`VS Code server did not answer on ${base} within ${timeoutMs / 1000} s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    base,
    pid: child.pid,
    url: (opts) => workbenchUrl(port, opts),
    exited: exitedPromise,
    stop,
  };
}

module.exports = { startServer, freePort, workbenchUrl };
