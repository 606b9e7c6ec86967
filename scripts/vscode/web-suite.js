// The web suite's side of scripts/vscode/run-suite.js --web: its bundle (test/web, built by
// esbuild.js's webSuiteTarget into the copy of the extension under test) and its results, which
// come through the page, since the web worker extension host writes no file of ours. VS Code's
// web workbench, running extension tests, hands the test host's console to window.codeAutomationLog
// and its exit code to window.codeAutomationExit (as @vscode/test-web uses them); the suite marks
// each line of its reporter and its final JSON (test/web/index.ts, MARK/END).
const path = require('path');
const esbuild = require('esbuild');
const { webSuiteTarget } = require('../../esbuild');
const C = require('./constants');

const MARKED = /<<imr-web-suite>>(.*?)<<\/imr-web-suite>>/gs;
/** How long the results may trail the host's exit code (both cross the page on their own paths). */
const RESULTS_AFTER_EXIT_MS = 10000;

/** Builds the suite into `extensionDir`/web-suite/index.js; returns its path. */
async function buildWebSuite(extensionDir, { grep = '' } = {}) {
  const outfile = path.join(extensionDir, 'web-suite', 'index.js');
  await esbuild.build(webSuiteTarget({ outfile, grep, root: C.ROOT }));
  return outfile;
}

/**
 * Listens for the suite's marked messages. `expose` goes to openPage; `wait(page, timeoutMs)`
 * resolves with the results, or rejects when the host exits without them, the page crashes or
 * the time is up. Every reporter line is passed to `write` as it arrives.
 */
function webResultsChannel({ write }) {
  let settle = null;
  let results = null;
  let exitCode = null;
  const onText = (text) => {
    for (const m of text.matchAll(MARKED)) {
      let message;
      try {
        message = JSON.parse(m[1]);
      } catch {
        write(`[web] unreadable message from the suite: ${m[1].slice(0, 200)}\n`);
        continue;
      }
      if (typeof message.line === 'string') write(`${message.line}\n`);
      else if (message.results) {
        results = message.results;
        if (settle) settle(null, results);
      }
    }
  };
  const expose = {
    // (level, args): the workbench's log of the test host's console; args an array of strings.
    codeAutomationLog: (_level, args) => onText((Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
    codeAutomationExit: (code) => {
      exitCode = code;
      if (settle) settle('exit');
    },
  };
  const wait = (page, timeoutMs) => new Promise((resolve, reject) => {
    let timer;
    let grace;
    const finish = (err, value) => {
      clearTimeout(timer);
      clearTimeout(grace);
      settle = null;
      if (err) reject(err);
      else resolve(value);
    };
    settle = (event, value) => {
      if (event === null) finish(null, value);
      else if (!grace) {
        // The exit code arrived first: the results, if any, are on their way; bounded wait for them.
        grace = setTimeout(() => finish(new Error(`the web worker extension host ended its test run (exit code ${exitCode}) without results`)), RESULTS_AFTER_EXIT_MS);
      }
    };
    timer = setTimeout(() => finish(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for the web suite`)), timeoutMs);
    page.on('crash', () => finish(new Error('the browser page crashed')));
    page.on('close', () => finish(new Error('the browser page closed')));
    if (results) finish(null, results);
    else if (exitCode !== null) settle('exit');
  });
  return { expose, wait };
}

module.exports = { buildWebSuite, webResultsChannel };
