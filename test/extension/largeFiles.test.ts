// Issue 6, the pure parts of large-file handling: where an analysis runs, the analysis sent from
// the worker in parts, the worker pool's cancellation and reuse (fake workers with a fake clock,
// then the real compiled worker), and what the status bar says about large letters.
import * as assert from 'assert';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/core/index';
import { SYNC_MAX_CHARS, planAnalysis } from '../../src/extension/analysis/plan';
import { AnalysisAssembler, splitAnalysis, type FromWorker, type ToWorker } from '../../src/extension/analysis/transfer';
import { AnalysisWorkerPool, type WorkerLike } from '../../src/extension/analysis/workerPool';
import { nodeWorkerFactory } from '../../src/extension/analysis/workerNode';
import type { Clock } from '../../src/extension/shared/debounce';
import { megabytes } from '../../src/core/index';
import { analysingStatus, statusInfo, tooLargeMessage, tooLargeStatus } from '../../src/extension/features/statusBar/statusText';
import { CONTRADICTORY_LETTER } from './letters';

const MB = 1024 * 1024;
const ISSUES = CONTRADICTORY_LETTER.indexOf('Norco 10/325mg');

/** The contradictory letter with its two items repeated `times` times (2 findings per copy). */
function letterWithItems(times: number): string {
  return CONTRADICTORY_LETTER.slice(0, ISSUES) + `${CONTRADICTORY_LETTER.slice(ISSUES)}\n`.repeat(times);
}

function reassemble(analysis: Analysis, itemsPerPart: number, findingsPerPart: number): Analysis | undefined {
  const assembler = new AnalysisAssembler();
  let result: Analysis | undefined;
  const parts = splitAnalysis(structuredClone(analysis), itemsPerPart, findingsPerPart);
  parts.forEach((part, i) => {
    result = assembler.add(structuredClone(part));
    assert.strictEqual(result === undefined, i < parts.length - 1, `complete only after the last part (part ${i} of ${parts.length})`);
  });
  return result;
}

/** A worker that analyses on the spot and answers like the real one, on demand (`flush`). */
class FakeWorker implements WorkerLike {
  readonly received: ToWorker[] = [];
  terminated = 0;
  private listeners: Record<string, ((arg: never) => void)[]> = {};
  private parts: ReturnType<typeof splitAnalysis> = [];
  private outbox: FromWorker[] = [];

  on(event: string, listener: (arg: never) => void): this {
    (this.listeners[event] ??= []).push(listener);
    return this;
  }

  postMessage(m: ToWorker): void {
    this.received.push(m);
    if (m.type === 'analyze') {
      if (m.text === 'THROW') this.outbox.push({ type: 'error', message: 'boom' });
      else {
        this.parts = splitAnalysis(analyze(m.text, m.options), 1, 1);
        this.outbox.push({ type: 'part', part: this.parts.shift()! });
      }
    } else if (this.parts.length > 0) this.outbox.push({ type: 'part', part: this.parts.shift()! });
  }

  /** Delivers queued answers (and the ones they prompt) until the worker has nothing more to say. */
  flush(): void {
    while (this.outbox.length > 0) this.emit('message', this.outbox.shift());
  }

  emit(event: string, arg: unknown): void {
    for (const l of this.listeners[event] ?? []) l(arg as never);
  }

  terminate(): Promise<number> {
    this.terminated++;
    return Promise.resolve(1);
  }
}

class FakeClock implements Clock {
  timers = new Map<number, () => void>();
  private id = 0;
  setTimeout(fn: () => void): unknown {
    this.timers.set(++this.id, fn);
    return this.id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  fireAll(): void {
    const due = [...this.timers.values()];
    this.timers.clear();
    for (const fn of due) fn();
  }
}

function fakePool() {
  const workers: FakeWorker[] = [];
  const clock = new FakeClock();
  const pool = new AnalysisWorkerPool(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    clock,
    1000,
  );
  return { pool, workers, clock };
}

describe('large files (issue 6)', () => {
  describe('planAnalysis', () => {
    it('analyses small documents on the main thread and large ones in a worker', () => {
      assert.deepStrictEqual(planAnalysis(10_000, 20 * MB, true), { kind: 'main-thread' });
      assert.deepStrictEqual(planAnalysis(SYNC_MAX_CHARS, 20 * MB, true), { kind: 'main-thread' });
      assert.deepStrictEqual(planAnalysis(SYNC_MAX_CHARS + 1, 20 * MB, true), { kind: 'worker' });
      assert.deepStrictEqual(planAnalysis(3 * MB, 20 * MB, true, 4 * MB), { kind: 'main-thread' }, 'the threshold is a parameter');
    });

    it('stays on the main thread where there are no worker threads (the web extension), within the limit', () => {
      assert.deepStrictEqual(planAnalysis(10 * MB, 20 * MB, false), { kind: 'main-thread' });
      assert.deepStrictEqual(planAnalysis(21 * MB, 20 * MB, false), { kind: 'too-large', chars: 21 * MB, limitChars: 20 * MB });
    });

    it('declines anything over the limit, including a limit of 0', () => {
      assert.deepStrictEqual(planAnalysis(20 * MB + 1, 20 * MB, true), { kind: 'too-large', chars: 20 * MB + 1, limitChars: 20 * MB });
      assert.deepStrictEqual(planAnalysis(20 * MB, 20 * MB, true), { kind: 'worker' }, 'the limit itself is allowed');
      assert.strictEqual(planAnalysis(1, 0, true).kind, 'too-large');
    });
  });

  describe('analysis transfer in parts', () => {
    const analysis = analyze(letterWithItems(5));

    it('rebuilds exactly the analysis that was split, whatever the part sizes', () => {
      assert.strictEqual(analysis.letter.items.length, 10);
      assert.ok(analysis.findings.length >= 5, 'each copy has a contradiction, and the copies are duplicates');
      for (const [items, findings] of [[1, 1], [3, 2], [200, 1000]]) {
        assert.deepStrictEqual(reassemble(analysis, items, findings), analysis, `${items} items and ${findings} findings a part`);
      }
    });

    it('sends the letter without its items first, then the items and the findings in slices', () => {
      const parts = splitAnalysis(analysis, 4, 2);
      const findingParts = Math.ceil(analysis.findings.length / 2);
      assert.deepStrictEqual(parts.map((p) => p.kind), ['head', 'items', 'items', 'items', ...Array<string>(findingParts).fill('findings')]);
      assert.deepStrictEqual(parts.map((p) => (p.kind === 'items' ? p.items.length : -1)).filter((n) => n >= 0), [4, 4, 2]);
      assert.deepStrictEqual(parts[0].kind === 'head' && parts[0].letter.items, []);
      assert.strictEqual(analysis.letter.items.length, 10, 'splitting leaves the analysis alone');
    });

    it('completes at the head when there is nothing else to send', () => {
      const empty = analyze('');
      assert.strictEqual(splitAnalysis(empty).length, 1);
      assert.deepStrictEqual(new AnalysisAssembler().add(splitAnalysis(empty)[0]), empty);
    });

    it('rejects parts out of order', () => {
      const parts = splitAnalysis(analysis, 4, 2);
      assert.throws(() => new AnalysisAssembler().add(parts[1]), /before the head/);
      const twice = new AnalysisAssembler();
      twice.add(parts[0]);
      assert.throws(() => twice.add(parts[0]), /second head/);
    });
  });

  describe('AnalysisWorkerPool (fake workers)', () => {
    it('returns the analysis, pulling the parts one at a time', async () => {
      const { pool, workers } = fakePool();
      const text = letterWithItems(2);
      const job = pool.run(text, {});
      workers[0].flush();
      assert.deepStrictEqual(await job.result, analyze(text));
      const nexts = workers[0].received.filter((m) => m.type === 'next').length;
      assert.strictEqual(nexts, splitAnalysis(analyze(text), 1, 1).length - 1, 'one request per part after the head');
    });

    it('cancelling a running job resolves it to undefined and terminates its worker; the next job gets a new one', async () => {
      const { pool, workers } = fakePool();
      const first = pool.run(letterWithItems(1), {});
      first.cancel();
      assert.strictEqual(await first.result, undefined);
      assert.strictEqual(workers[0].terminated, 1);
      workers[0].flush(); // a late answer of the terminated worker is ignored
      const second = pool.run(CONTRADICTORY_LETTER, {});
      assert.strictEqual(workers.length, 2);
      workers[1].flush();
      assert.deepStrictEqual(await second.result, analyze(CONTRADICTORY_LETTER));
    });

    it('keeps a finished worker warm for the next job, and a stale cancel does not kill it', async () => {
      const { pool, workers } = fakePool();
      const first = pool.run(CONTRADICTORY_LETTER, {});
      workers[0].flush();
      await first.result;
      const second = pool.run(letterWithItems(2), {});
      assert.strictEqual(workers.length, 1, 'the warm worker was reused');
      first.cancel(); // the handle of a finished job must not cancel the job now running on its worker
      assert.strictEqual(workers[0].terminated, 0);
      workers[0].flush();
      assert.strictEqual((await second.result)?.letter.items.length, 4);
    });

    it('terminates an idle worker after the idle time', async () => {
      const { pool, workers, clock } = fakePool();
      const job = pool.run(CONTRADICTORY_LETTER, {});
      workers[0].flush();
      await job.result;
      assert.strictEqual(pool.size, 1);
      clock.fireAll();
      assert.strictEqual(pool.size, 0);
      assert.strictEqual(workers[0].terminated, 1);
    });

    it('runs concurrent jobs in separate workers, each cancellable alone', async () => {
      const { pool, workers } = fakePool();
      const a = pool.run(CONTRADICTORY_LETTER, {});
      const b = pool.run(letterWithItems(3), {});
      assert.strictEqual(workers.length, 2);
      a.cancel();
      workers[1].flush();
      assert.strictEqual(await a.result, undefined);
      assert.strictEqual((await b.result)?.letter.items.length, 6);
      assert.strictEqual(workers[1].terminated, 0);
    });

    it('rejects when the analysis throws in the worker, or the worker dies', async () => {
      const { pool, workers } = fakePool();
      const failing = pool.run('THROW', {});
      workers[0].flush();
      await assert.rejects(failing.result, /analysis failed in the worker: boom/);
      const dying = pool.run(CONTRADICTORY_LETTER, {});
      assert.strictEqual(workers.length, 1, 'an analysis error leaves the worker usable');
      workers[0].emit('exit', 137);
      await assert.rejects(dying.result, /exit code 137/);
      assert.strictEqual(pool.size, 0);
    });

    it('resolves running jobs to undefined on dispose and runs nothing after', async () => {
      const { pool, workers } = fakePool();
      const job = pool.run(CONTRADICTORY_LETTER, {});
      pool.dispose();
      assert.strictEqual(await job.result, undefined);
      assert.strictEqual(workers[0].terminated, 1);
      assert.strictEqual(await pool.run(CONTRADICTORY_LETTER, {}).result, undefined);
      assert.strictEqual(workers.length, 1);
    });
  });

  describe('AnalysisWorkerPool (the compiled worker in a real thread)', function () {
    this.timeout(60000);
    const script = path.resolve(__dirname, '../../src/extension/analysis/worker.js');
    let pool: AnalysisWorkerPool;
    beforeEach(() => {
      const factory = nodeWorkerFactory(script);
      assert.ok(factory, 'worker_threads are available under Node');
      pool = new AnalysisWorkerPool(factory);
    });
    afterEach(() => pool.dispose());

    it('gives the same analysis as the main thread, configuration and suppressions included', async () => {
      const text = letterWithItems(300); // 600 items: several parts
      const options = { config: { rules: { IMR005: 'off' as const }, ignore: [{ rule: 'IMR001', file: 'a/letter.txt', item: 'Cervical pillow' }] }, file: 'a/letter.txt' };
      const off = await pool.run(text, options).result;
      assert.deepStrictEqual(off, analyze(text, options));
      assert.ok(off && off.findings.length < analyze(text).findings.length, 'the options took effect');
    });

    it('re-analyses an edited document it analysed before to the same result as a fresh analysis', async () => {
      const text = letterWithItems(200);
      const first = await pool.run(text, {}, 'file:///a.txt').result;
      assert.deepStrictEqual(first, analyze(text));
      // Overturned -> Upheld in one copy of the first item: one finding fewer, everything else reused.
      const at = text.indexOf('Overturned', ISSUES + 5000);
      const edited = `${text.slice(0, at)}Upheld${text.slice(at + 'Overturned'.length)}`;
      const second = await pool.run(edited, {}, 'file:///a.txt').result;
      assert.deepStrictEqual(second, analyze(edited));
      assert.notDeepStrictEqual(second?.findings, first?.findings);
    });

    it('cancels a running analysis at once, and the next one still runs', async () => {
      const big = letterWithItems(5000);
      const job = pool.run(big, {});
      job.cancel();
      assert.strictEqual(await job.result, undefined);
      assert.strictEqual(pool.size, 0, 'the busy worker was terminated');
      assert.deepStrictEqual(await pool.run(CONTRADICTORY_LETTER, {}).result, analyze(CONTRADICTORY_LETTER));
    });
  });

  describe('status text for large letters', () => {
    it('says a letter over the limit was not analysed, why, and that a click opens the setting', () => {
      const s = tooLargeStatus(50_000_000, 20 * MB);
      assert.strictEqual(s.text, 'IMR: not analysed (47.7 MB > 20 MB)');
      assert.match(s.tooltip, /imrReview\.maxFileSizeMB/);
      assert.strictEqual(s.command, 'workbench.action.openSettings');
      assert.deepStrictEqual(s.arguments, ['imrReview.maxFileSizeMB']);
      assert.match(tooLargeMessage('huge.txt', 50_000_000, 20 * MB), /^IMR Review: huge\.txt \(47\.7 MB\) is over the 20 MB limit of the imrReview\.maxFileSizeMB setting/);
    });

    it('says it is analysing, with no click target, and counts as before', () => {
      assert.deepStrictEqual(analysingStatus(3 * MB).text, 'IMR: analysing…');
      assert.strictEqual(analysingStatus(3 * MB).command, undefined);
      assert.match(analysingStatus(3 * MB).tooltip, /3 MB/);
      assert.strictEqual(statusInfo(analyze(CONTRADICTORY_LETTER)).arguments, undefined);
    });

    it('writes sizes as the CLI does: MB of 2^20, one decimal, whole numbers bare', () => {
      assert.strictEqual(megabytes(20 * MB), '20');
      assert.strictEqual(megabytes(0.5 * MB), '0.5');
      assert.strictEqual(megabytes(5_000_000), '4.8');
    });
  });
});
