// Entry point of the integration suite, as @vscode/test-electron (and VS Code's
// `extensionTestsPath`) expect: a module exporting run(), executed inside the real extension host
// with the extension under development loaded.
//
// Reporting: mocha's spec reporter. When the runner sets IMR_SUITE_LOG / IMR_SUITE_RESULTS (the
// code-server runner, whose extension host has no terminal), the spec output is appended to the
// log file, which the runner streams, and a JSON summary is written atomically to the results file
// when the run ends: the runner waits for that file.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';
import { track } from '../budget';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResults {
  passes: number;
  failures: number;
  pending: number;
  durationMs: number;
  tests: TestResult[];
  /** Set when the suite could not run at all (a test file failed to load, ...). */
  fatal?: string;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function testFiles(): string[] {
  return fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => path.join(__dirname, f));
}

export async function run(): Promise<void> {
  const logFile = process.env.IMR_SUITE_LOG;
  const resultsFile = process.env.IMR_SUITE_RESULTS;
  const started = Date.now();
  const results: SuiteResults = { passes: 0, failures: 0, pending: 0, durationMs: 0, tests: [] };

  const Base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void; useColors: boolean };
  const originalLog = Base.consoleLog;
  if (logFile) {
    Base.useColors = false;
    Base.consoleLog = (...args: unknown[]) => fs.appendFileSync(logFile, `${format(...args)}\n`);
  }

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: !logFile,
    // Enough for a test's usual waits (several of 15 s each); longer tests set their own, and
    // test/budget.ts fails a test at once whose waits could outlast its timeout.
    timeout: 120000,
    // The suite shares one window and one workspace: a flaky retry would hide ordering bugs.
    retries: 0,
  });
  if (process.env.IMR_SUITE_GREP) mocha.grep(process.env.IMR_SUITE_GREP);

  try {
    for (const f of testFiles()) mocha.addFile(f);
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      track(runner);
      runner.on('pass', (t) => results.tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
      runner.on('pending', (t) => results.tests.push({ title: t.fullTitle(), state: 'pending' }));
      runner.on('fail', (t, err: Error) => results.tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.message ?? String(err) }));
      runner.on('end', () => {
        results.passes = runner.stats?.passes ?? 0;
        results.failures = runner.stats?.failures ?? 0;
        results.pending = runner.stats?.pending ?? 0;
      });
    });
  } catch (e) {
    results.fatal = e instanceof Error ? (e.stack ?? e.message) : String(e);
    results.failures += 1;
    if (logFile) fs.appendFileSync(logFile, `Suite could not run: ${results.fatal}\n`);
  } finally {
    Base.consoleLog = originalLog;
    results.durationMs = Date.now() - started;
    if (resultsFile) writeAtomic(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  }
  if (results.failures > 0) throw new Error(`${results.failures} integration test(s) failed`);
}
