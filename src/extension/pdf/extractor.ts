// Where a PDF's text is extracted. On desktop (and remote) hosts: in a worker thread running
// dist/pdf-worker.js, one PDF at a time, so pdf.js never loads on the extension host's main thread
// and a runaway file costs only that worker (a time and memory limit end it). In the web extension
// (no worker_threads; esbuild defines process.env.IMR_WEB there): in-process, pdf.js loaded on the
// first PDF (the web bundle inlines src/pdf, evaluated lazily).
import type { Worker } from 'worker_threads';
import type { PdfText } from '../../pdf/extract';
import type { FromPdfWorker, ToPdfWorker } from './protocol';

/** A job's place in the queue: set `urgent` (even while it waits) and it goes before the others. */
export interface Priority {
  urgent: boolean;
}

export interface PdfExtractor {
  extract(bytes: Uint8Array, maxPages: number, maxChars: number, priority?: Priority): Promise<PdfText>;
  dispose(): void;
}

export const PDF_WORKER_BUNDLE = 'pdf-worker.js';
/** A PDF that takes longer than this is dropped (its worker is ended): no letter needs a tenth of it. */
const JOB_TIMEOUT_MS = 60_000;
/** An idle worker holds pdf.js and its heap: ended after this long without a PDF. */
const IDLE_MS = 60_000;
/** The worker's heap: a letter needs a few tens of MB; a PDF bomb ends the worker, not the host. */
const WORKER_HEAP_MB = 512;

export function createPdfExtractor(): PdfExtractor {
  if (process.env.IMR_WEB !== '1') {
    /* eslint-disable @typescript-eslint/no-require-imports -- Node host only: this branch is dropped from the web bundle */
    const threads = require('worker_threads') as typeof import('worker_threads');
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    /* eslint-enable @typescript-eslint/no-require-imports */
    return new WorkerExtractor(() => {
      // dist/pdf-worker.js beside the bundle; the compiled pdfWorker.js when running from out/ (unit tests).
      const file = [path.join(__dirname, PDF_WORKER_BUNDLE), path.join(__dirname, 'pdfWorker.js')].find((f) => fs.existsSync(f));
      if (!file) throw new Error(`${PDF_WORKER_BUNDLE} is missing`);
      return new threads.Worker(file, { name: 'imr-review pdf', resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    });
  }
  return inProcess;
}

const inProcess: PdfExtractor = {
  async extract(bytes, maxPages, maxChars) {
    const reader = await import('../../pdf/extract.js');
    return reader.extractPdfText(bytes, { maxPages, maxChars });
  },
  dispose() {},
};

/** Timers that never keep a process alive on their own (Node's have unref; the web's are numbers). */
function unref<T>(timer: T): T {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

const failed = (reason: string): PdfText => ({ ok: false, problem: 'damaged', reason });

interface Job {
  message: ToPdfWorker;
  priority: Priority;
  resolve(result: PdfText): void;
}

/** One worker thread, one PDF at a time, the others queued: the ones a user waits for first, then in order. */
class WorkerExtractor implements PdfExtractor {
  private worker: Worker | undefined;
  private running: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly queue: Job[] = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly spawn: () => Worker) {}

  extract(bytes: Uint8Array, maxPages: number, maxChars: number, priority: Priority = { urgent: false }): Promise<PdfText> {
    if (this.disposed) return Promise.resolve(failed('the extension is shutting down'));
    return new Promise((resolve) => {
      // A copy, transferred to the worker: the caller's bytes (perhaps a view on a shared buffer) stay usable.
      this.queue.push({ message: { id: this.nextId++, bytes: bytes.slice(), maxPages, maxChars }, priority, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const urgent = this.queue.findIndex((j) => j.priority.urgent);
    const job = this.queue.splice(Math.max(urgent, 0), 1)[0];
    if (!job) {
      if (this.worker) this.idleTimer ??= unref(setTimeout(() => this.stop(), IDLE_MS));
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    let worker: Worker;
    try {
      worker = this.worker ?? this.start();
    } catch (err) {
      job.resolve(failed(`the PDF reader could not start: ${err instanceof Error ? err.message : String(err)}`));
      return this.pump();
    }
    const timer = unref(setTimeout(() => this.end(`took more than ${JOB_TIMEOUT_MS / 1000} s to read`), JOB_TIMEOUT_MS));
    this.running = { job, timer };
    worker.postMessage(job.message, [job.message.bytes.buffer as ArrayBuffer]);
  }

  private start(): Worker {
    const worker = this.spawn();
    worker.unref(); // never keeps the host (or a test run) alive
    worker.on('message', (m: FromPdfWorker) => this.settle(m.id, 'result' in m ? m.result : failed(`cannot read: ${m.error}`)));
    // Only the current worker's end fails the running job: a worker already replaced says nothing.
    worker.on('error', (err: Error & { code?: string }) => {
      if (this.worker === worker) this.end(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'too large to read: the PDF reader ran out of memory' : `the PDF reader failed: ${err.message}`);
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.end('the PDF reader stopped');
    });
    this.worker = worker;
    return worker;
  }

  private settle(id: number, result: PdfText): void {
    const running = this.running;
    if (!running || running.job.message.id !== id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.job.resolve(result);
    this.pump();
  }

  /** Ends the worker; the running job (if any) fails with `reason`, the queue goes on with a new worker. */
  private end(reason: string): void {
    const running = this.running;
    this.stop();
    if (running) this.settle(running.job.message.id, failed(reason));
  }

  private stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  dispose(): void {
    this.disposed = true;
    const running = this.running;
    this.running = undefined;
    if (running) clearTimeout(running.timer);
    this.stop();
    for (const job of [running?.job, ...this.queue.splice(0)]) job?.resolve(failed('the extension is shutting down'));
  }
}
