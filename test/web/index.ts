// Entry point of the web suite: VS Code's `extensionTestsPath` in the WEB WORKER extension host
// (scripts/vscode/run-suite.js --web). esbuild bundles it with the tests into one CommonJS file
// (esbuild.js, webSuiteTarget) inside the copy of the extension under test, because VS Code runs
// the tests in the host of the extension whose folder holds them; that host loads it with fetch
// and eval, and only `vscode` can be required there.
//
// Reporting: the worker can write no file of the runner's, so every line of mocha's spec reporter
// and, at the end, the JSON results go to the console as marked lines: VS Code hands the console
// of an extension test host to the page's `codeAutomationLog`, which the runner provides.
import './setup';
import './host.test';
import './letter.test';
import './workspace.test';
import './pdf.test';
import { track } from '../budget';
import type { SuiteResults } from '../suite/index';

/** Set by the runner's bundle (esbuild define): the --grep of the run, '' for all. */
declare const IMR_WEB_SUITE_GREP: string;

/** The marks around each message; the runner reads what lies between them as JSON. */
export const MARK = '<<imr-web-suite>>';
export const END = '<</imr-web-suite>>';

type Message = { line: string } | { results: SuiteResults };

function send(message: Message): void {
  console.log(`${MARK}${JSON.stringify(message)}${END}`);
}

/** mocha's consoleLog(format, ...args): %d and %s as util.format has them. */
function format(fmt: unknown = '', ...args: unknown[]): string {
  let i = 0;
  const text = String(fmt).replace(/%[ds]/g, () => (i < args.length ? String(args[i++]) : ''));
  return [text, ...args.slice(i).map(String)].join(' ');
}

export function run(): Promise<void> {
  const started = Date.now();
  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };
  const Base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  Base.consoleLog = (...args: unknown[]) => send({ line: format(...args) });
  if (IMR_WEB_SUITE_GREP) mocha.grep(IMR_WEB_SUITE_GREP);
  return new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner | undefined;
    const finish = () => {
      // Read here: mocha calls back before the listeners added after mocha.run() hear 'end'.
      results.passes = runner?.stats?.passes ?? 0;
      results.failures = (runner?.stats?.failures ?? 0) + (results.fatal ? 1 : 0);
      results.pending = runner?.stats?.pending ?? 0;
      results.durationMs = Date.now() - started;
      send({ results });
      if (results.failures > 0) reject(new Error(`${results.failures} web test(s) failed`));
      else resolve();
    };
    try {
      // Said at once, not left to the host test: on a Node host mocha's browser build cannot even start.
      if (typeof (globalThis as { process?: unknown }).process !== 'undefined') throw new Error('the web suite was loaded by a Node extension host, not the web worker extension host: the extension under test ran there');
      runner = mocha.run(() => finish());
      track(runner);
      runner.on('pass', (t) => results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => results.tests.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err: Error) => results.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.message ?? String(err) }));
    } catch (e) {
      results.fatal = e instanceof Error ? (e.stack ?? e.message) : String(e);
      send({ line: `Suite could not run: ${results.fatal}` });
      finish();
    }
  });
}
