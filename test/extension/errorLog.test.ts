// Issue 12: errors reach the log as one line at error level; their stacks only at debug level
// (README: "No stack traces, and never any letter text, on standard error or in logs").
import * as assert from 'assert';
import * as path from 'path';
import { AnalysisWorkerPool } from '../../src/extension/analysis/workerPool';
import { nodeWorkerFactory } from '../../src/extension/analysis/workerNode';
import { logError } from '../../src/extension/shared/errorLog';

/** A LogOutputChannel's error and debug levels, recorded. */
function recorder() {
  const lines: { level: 'error' | 'debug'; message: string }[] = [];
  return { lines, log: { error: (message: string) => lines.push({ level: 'error', message }), debug: (message: string) => lines.push({ level: 'debug', message }) } };
}

const STACK_LINE = /\n\s+at /;

describe('Error logging: the message at error level, the stack at debug level only', () => {
  it('logs an Error\'s message in one line, and its stack only at debug level', () => {
    const { lines, log } = recorder();
    const err = new Error('the model has no item 7\nsecond line');
    logError(log, 'Analysis failed', err);
    assert.deepStrictEqual(lines[0], { level: 'error', message: 'Analysis failed: the model has no item 7 second line' });
    assert.strictEqual(lines.length, 2);
    assert.strictEqual(lines[1].level, 'debug');
    assert.match(lines[1].message, STACK_LINE, 'the stack is kept for a bug report, at debug level');
    assert.ok(lines.filter((l) => l.level === 'error').every((l) => !STACK_LINE.test(l.message)));
  });

  it('logs a thrown non-Error as its text, with no debug line', () => {
    const { lines, log } = recorder();
    logError(log, 'Analysis failed', 'gone');
    assert.deepStrictEqual(lines, [{ level: 'error', message: 'Analysis failed: gone' }]);
  });

  it('the analysis worker reports a failure as a one-line message and hands its stack over apart', async function () {
    this.timeout(60000);
    const factory = nodeWorkerFactory(path.resolve(__dirname, '../../src/extension/analysis/worker.js'));
    assert.ok(factory, 'worker_threads are available under Node');
    const pool = new AnalysisWorkerPool(factory);
    try {
      // Not a string: the core throws (a TypeError) inside the worker.
      const failure = await pool.run(undefined as unknown as string, {}).result.then(
        () => assert.fail('the analysis should have failed'),
        (e: unknown) => e as Error,
      );
      assert.match(failure.message, /^analysis failed in the worker: .*indexOf/);
      assert.doesNotMatch(failure.message, STACK_LINE, 'the message holds no stack');
      assert.match(failure.stack ?? '', /analysis\/worker\.js/, 'the stack is the worker\'s, for the debug level');
      const { lines, log } = recorder();
      logError(log, 'Analysis failed', failure);
      assert.doesNotMatch(lines[0].message, STACK_LINE);
      assert.match(lines[1].message, /analysis\/worker\.js/);
    } finally {
      pool.dispose();
    }
  });
});
