// One run of the real VS Code: a temporary folder holding the user data (with settings that keep
// the workbench quiet and offline), the extensions folder and the workspace; plus cleanup that
// runs on success, failure, timeout and Ctrl+C alike.
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Settings of the (fresh) user profile: no welcome page, no telemetry, no update or gallery checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // Save dialogs as an input box (the web UI has no native dialog to drive).
  'files.simpleDialog.enable': true,
  'window.dialogStyle': 'custom',
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

const cleanups = [];
let handlersInstalled = false;
let stopping = false;

/** True once a signal asked us to stop (the server exiting then is expected, not an error). */
function isStopping() {
  return stopping;
}

/** Registers `fn` to run at cleanup (last registered runs first). */
function onCleanup(fn) {
  cleanups.push(fn);
}

async function runCleanups() {
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (e) {
      console.error(`cleanup: ${e.message}`);
    }
  }
}

/** Ctrl+C / kill: clean up, then exit with the conventional code. */
function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => {
      // A terminal's Ctrl+C reaches us and our parent (which may forward it): clean up once.
      if (stopping) return;
      stopping = true;
      console.error(`\n${sig}: stopping and cleaning up`);
      runCleanups().finally(() => process.exit(code));
    });
  }
}

function copyTree(from, to, filter = () => true) {
  fs.cpSync(from, to, { recursive: true, filter: (src) => filter(src) });
}

/**
 * Creates the folders of a run under TMPDIR. `keep` leaves them for inspection.
 * Returns { dir, userDataDir, extensionsDir, workspace, serverLog, browserLog }.
 */
function createRun(name, { settings = {}, keep = false } = {}) {
  fs.mkdirSync(os.tmpdir(), { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `imr-review-${name}-`));
  const run = {
    dir,
    userDataDir: path.join(dir, 'user-data'),
    extensionsDir: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
    serverLog: path.join(dir, 'server.log'),
    browserLog: path.join(dir, 'browser.log'),
  };
  fs.mkdirSync(path.join(run.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(run.extensionsDir, { recursive: true });
  fs.mkdirSync(run.workspace, { recursive: true });
  fs.writeFileSync(path.join(run.userDataDir, 'User', 'settings.json'), `${JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2)}\n`);
  if (!keep) onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return run;
}

function logsDir(root, name) {
  return path.join(root, '.vscode-test', 'logs', name);
}

/** Removes the kept logs of an earlier run of the same kind. */
function clearLogs(root, name) {
  fs.rmSync(logsDir(root, name), { recursive: true, force: true });
}

/** Keeps the logs of a failed run in .vscode-test/logs/<name>/ (the run folder is removed). */
function saveLogs(run, name, root) {
  const dest = logsDir(root, name);
  fs.mkdirSync(dest, { recursive: true });
  for (const f of [run.serverLog, run.browserLog]) if (fs.existsSync(f)) fs.copyFileSync(f, path.join(dest, path.basename(f)));
  const logs = path.join(run.userDataDir, 'logs');
  if (fs.existsSync(logs)) copyTree(logs, path.join(dest, 'vscode-logs'));
  return dest;
}

module.exports = { isStopping, createRun, copyTree, onCleanup, runCleanups, installSignalHandlers, saveLogs, clearLogs, USER_SETTINGS };
