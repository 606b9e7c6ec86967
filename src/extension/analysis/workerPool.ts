// Runs analyses of large documents in worker threads. One job per worker at a time, so cancelling a
// job (a newer version of the document, or its closing) terminates its worker at once and frees the
// core for the newer job; a finished worker stays warm for the next job for a while. The worker is
// created by a factory: real worker_threads in the Node extension host, fakes in the unit tests,
// none in the web extension (see nodeWorkerFactory).
import type { Analysis } from '../../core/light';
import { AnalysisAssembler, type FromWorker, type ToWorker } from './transfer';
import { realClock, type Clock } from '../shared/debounce';

/** The part of worker_threads' Worker the pool uses. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  on(event: 'message', listener: (message: FromWorker) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

export interface OffThreadJob {
  /** The analysis, or undefined when the job was cancelled. Rejects when the worker failed. */
  readonly result: Promise<Analysis | undefined>;
  /** Drops the job: its result resolves to undefined and its worker is terminated. */
  cancel(): void;
}

/** How long a worker waits for another job before it is terminated (it holds a heap of its own). */
const WORKER_IDLE_MS = 60_000;

interface Running {
  assembler: AnalysisAssembler;
  resolve(analysis: Analysis | undefined): void;
  reject(error: Error): void;
}

class Slot {
  job: Running | undefined;
  idleTimer: unknown;
  dead = false;
  constructor(readonly worker: WorkerLike) {}
}

export class AnalysisWorkerPool {
  /** The one finished worker kept warm for the next job (analyses of large letters are rare). */
  private spare: Slot | undefined;
  private readonly busy = new Set<Slot>();
  private disposed = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly clock: Clock = realClock,
    private readonly idleMs = WORKER_IDLE_MS,
  ) {}

  /** Workers alive now (busy or idle), for tests. */
  get size(): number {
    return (this.spare ? 1 : 0) + this.busy.size;
  }

  run(text: string, options: Extract<ToWorker, { type: 'analyze' }>['options'], document?: string): OffThreadJob {
    if (this.disposed) return { result: Promise.resolve(undefined), cancel: () => undefined };
    const slot = this.take();
    let job!: Running;
    const result = new Promise<Analysis | undefined>((resolve, reject) => {
      job = { assembler: new AnalysisAssembler(), resolve, reject };
    });
    slot.job = job;
    try {
      slot.worker.postMessage({ type: 'analyze', text, options, document });
    } catch (err) {
      this.fail(slot, err instanceof Error ? err : new Error(String(err)));
    }
    return { result, cancel: () => this.cancel(slot, job) };
  }

  private take(): Slot {
    const slot = this.spare ?? this.create();
    this.spare = undefined;
    if (slot.idleTimer !== undefined) this.clock.clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    this.busy.add(slot);
    return slot;
  }

  private create(): Slot {
    const slot = new Slot(this.spawn());
    slot.worker.on('message', (m) => this.receive(slot, m));
    slot.worker.on('error', (e) => this.fail(slot, e));
    slot.worker.on('exit', (code) => this.fail(slot, new Error(`the analysis worker stopped (exit code ${code})`)));
    return slot;
  }

  private receive(slot: Slot, message: FromWorker): void {
    const job = slot.job;
    if (!job || slot.dead) return;
    if (message.type === 'error') {
      slot.job = undefined;
      this.release(slot);
      const error = new Error(`analysis failed in the worker: ${message.message}`);
      // The worker's stack says where it failed; the host's would only name this line.
      if (message.stack) error.stack = message.stack;
      return job.reject(error);
    }
    let analysis: Analysis | undefined;
    try {
      analysis = job.assembler.add(message.part);
    } catch (err) {
      return this.fail(slot, err instanceof Error ? err : new Error(String(err)));
    }
    if (!analysis) return slot.worker.postMessage({ type: 'next' });
    slot.job = undefined;
    this.release(slot);
    job.resolve(analysis);
  }

  /** A finished worker waits for the next job; one spare is enough (analyses of large letters are rare). */
  private release(slot: Slot): void {
    this.busy.delete(slot);
    if (this.disposed || this.spare) return this.kill(slot);
    this.spare = slot;
    slot.idleTimer = this.clock.setTimeout(() => {
      if (this.spare === slot) this.spare = undefined;
      this.kill(slot);
    }, this.idleMs);
    (slot.idleTimer as { unref?: () => void } | undefined)?.unref?.();
  }

  private cancel(slot: Slot, job: Running): void {
    // Once the job finished, its slot may run a newer job: only the job this handle started is dropped.
    if (slot.job !== job || slot.dead) return;
    slot.job = undefined;
    this.busy.delete(slot);
    this.kill(slot);
    job.resolve(undefined);
  }

  private fail(slot: Slot, error: Error): void {
    if (slot.dead) return;
    const job = slot.job;
    slot.job = undefined;
    this.busy.delete(slot);
    if (this.spare === slot) this.spare = undefined;
    this.kill(slot);
    job?.reject(error);
  }

  private kill(slot: Slot): void {
    if (slot.dead) return;
    slot.dead = true;
    if (slot.idleTimer !== undefined) this.clock.clearTimeout(slot.idleTimer);
    void Promise.resolve(slot.worker.terminate()).catch(() => undefined);
  }

  dispose(): void {
    this.disposed = true;
    for (const slot of [...this.busy, ...(this.spare ? [this.spare] : [])]) {
      const job = slot.job;
      slot.job = undefined;
      this.kill(slot);
      job?.resolve(undefined);
    }
    this.busy.clear();
    this.spare = undefined;
  }
}
