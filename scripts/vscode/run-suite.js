#!/usr/bin/env node
// Runs the integration suite (test/suite, compiled to out/test/suite) inside the real VS Code:
// VS Code's server from code-server, opened in headless Chromium with the extension under
// development and the suite as `extensionTestsPath`. The suite's mocha output is streamed here;
// its JSON results decide the exit code. Server and browser are always stopped.
//
// --web runs the web suite (test/web) instead, in the WEB WORKER extension host: the packaged
// extension is copied without `main` (so no Node host can run it) and the user settings say
// "remote.extensionKind": {"imr-review.imr-review": ["web"]}. Not ["ui"], which is enough for an
// installed extension: an extension under development on the server is preferred on the server,
// and VS Code's picker then runs a "ui" one in the remote Node host; its only other choice for a
// "web" one is the web worker. (The payload's extensionDevelopmentKind would say the same, but the
// web workbench of VS Code 1.100 never reads it.) The suite is bundled into that copy, since VS
// Code runs tests in the host of the extension whose folder holds them. Its output comes through
// the page (scripts/vscode/web-suite.js).
//
// Usage: node scripts/vscode/run-suite.js [--grep PATTERN] [--keep] [--timeout SECONDS] [--packaged] [--web]
//   --packaged: test the extension installed as its .vsix would install it (the files `vsce ls`
//   packages) instead of the repository as extension under development (--web always does).
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
const { buildWebSuite, webResultsChannel } = require('./web-suite');

const SUITE_INDEX = path.join(C.ROOT, 'out', 'test', 'suite', 'index.js');
const FIXTURES = path.join(C.ROOT, 'test', 'suite', 'fixtures');
const WEB = process.argv.includes('--web');
/** The run's name: its temporary folder, its kept logs, its lines' tag. */
const NAME = WEB ? 'web' : 'suite';
const tag = `[${NAME}]`;

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

/** The extension under test, and the suite's entry point for that host. */
async function prepareExtension(run) {
  if (WEB) {
    const installed = installExtension(path.join(run.dir, 'packaged'), { withoutMain: true });
    const testsPath = await buildWebSuite(installed.dir, { grep: option('--grep', '') });
    console.log(`${tag} testing the packaged extension (${installed.files} files) without \`main\`, in the web worker extension host`);
    return { extensionDevelopmentPath: installed.dir, extensionTestsPath: testsPath };
  }
  // VS Code runs extension tests only in extension development mode, so the packaged copy is
  // passed as the extension under development.
  if (process.argv.includes('--packaged')) {
    const installed = installExtension(path.join(run.dir, 'packaged'));
    console.log(`${tag} testing the packaged extension (${installed.files} files)`);
    return { extensionDevelopmentPath: installed.dir, extensionTestsPath: SUITE_INDEX };
  }
  return { extensionDevelopmentPath: C.ROOT, extensionTestsPath: SUITE_INDEX };
}

async function main() {
  installSignalHandlers();
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  const timeoutMs = Number(option('--timeout', process.env.IMR_SUITE_TIMEOUT || 600)) * 1000;
  const needed = WEB
    ? [[path.join(C.ROOT, 'dist', 'web', 'extension.js'), 'npm run build']]
    : [[SUITE_INDEX, 'npx tsc -p .'], [path.join(C.ROOT, 'dist', 'extension.js'), 'npm run build']];
  for (const [file, how] of needed) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(C.ROOT, file)} is missing: run ${how} first`);
  }

  const prov = await provision();
  console.log(`${tag} VS Code ${prov.installed ? 'provisioned' : 'ready'} in ${(prov.ms / 1000).toFixed(1)} s`);

  clearLogs(C.ROOT, NAME);
  const settings = WEB ? { 'remote.extensionKind': { 'imr-review.imr-review': ['web'] } } : {};
  const run = createRun(NAME, { keep, settings });
  copyTree(FIXTURES, run.workspace);
  const resultsFile = path.join(run.dir, 'results', 'results.json');
  const suiteLog = path.join(run.dir, 'suite.log');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(suiteLog, '');

  const env = { IMR_SUITE_LOG: suiteLog, IMR_SUITE_RESULTS: resultsFile };
  if (option('--grep')) env.IMR_SUITE_GREP = option('--grep');
  const { extensionDevelopmentPath, extensionTestsPath } = await prepareExtension(run);
  const server = await startServer({ userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, logFile: run.serverLog, env });
  onCleanup(() => server.stop());
  const browser = await launchBrowser();
  onCleanup(() => browser.close());

  const url = server.url({ folder: run.workspace, extensionDevelopmentPath, extensionTestsPath });
  console.log(`${tag} VS Code ${C.VSCODE_VERSION} (code-server ${C.CODE_SERVER_VERSION}) on ${server.base} (server up in ${((Date.now() - started) / 1000).toFixed(1)} s), workspace ${run.workspace}`);
  const channel = WEB ? webResultsChannel({ write: (t) => process.stdout.write(t) }) : null;
  const page = await openPage(browser, url, { onConsole: (m) => fs.appendFileSync(run.browserLog, `${m}\n`), expose: channel ? channel.expose : {} });

  let results;
  let failure;
  try {
    results = channel
      ? await channel.wait(page, timeoutMs)
      : await waitForResults({ resultsFile, suiteLog, serverLog: run.serverLog, page, timeoutMs });
  } catch (e) {
    failure = e;
  }
  const ok = results && results.failures === 0 && results.passes > 0 && !results.fatal;
  if (!ok) {
    const logs = saveLogs(run, NAME, C.ROOT);
    if (failure) console.error(`${tag} ${failure.message}`);
    if (results && results.passes === 0 && results.failures === 0) console.error(`${tag} no test ran`);
    console.error(`${tag} logs kept in ${path.relative(C.ROOT, logs)}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (results) {
    console.log(`${tag} ${results.passes} passing, ${results.failures} failing, ${results.pending} pending (suite ${(results.durationMs / 1000).toFixed(1)} s, total ${seconds} s)`);
  }
  return ok ? 0 : 1;
}

main()
  .then(async (code) => {
    await runCleanups();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`${tag} ${e.message}`);
    await runCleanups();
    process.exit(1);
  });
