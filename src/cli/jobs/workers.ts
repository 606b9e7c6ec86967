// Runs the jobs and hands each result to the caller in the original order, as soon as it and all
// before it are done; nothing is kept after that (an export of 100,000 letters holds a few batches
// of rendered letters, not 100,000 models). Large runs go to worker threads: they take batches of jobs from a
// queue and post each batch's results back; batches are handed on in order, and no worker runs
// more than a few batches ahead of the slowest one, so the reordering holds a few batches at most.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Config, ExportFormat } from '../../core';
import { isPdfFileName } from '../input/files';
import type { ReadLimits } from '../input/read';
import { runJob, type Job, type JobResult } from './work';
import type { ToWorker, FromWorker, WorkerSetup } from './worker';

/** Below this many files (of `.txt` letters) a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;
/**
 * A PDF weighs this many `.txt` letters: its extraction costs several times its analysis, so fewer
 * PDFs pay for the workers (each of which loads the PDF reader once, ~0.4 s).
 */
export const PDF_WEIGHT = 10;

/** Whether `jobs` are work enough for worker threads. */
export function worthWorkers(jobs: readonly Job[]): boolean {
  let weight = 0;
  for (const j of jobs) {
    weight += isPdfFileName(j.abs) ? PDF_WEIGHT : 1;
    if (weight >= PARALLEL_THRESHOLD) return true;
  }
  return false;
}
/** Jobs per message to and from a worker: enough to amortise the messages, few enough to bound memory. */
export const BATCH_SIZE = 32;
/** Batches a worker may hold (running or waiting to be handed on) beyond the next one due. */
const AHEAD_PER_WORKER = 2;

export function defaultJobs(): number {
  return Math.max(1, Math.min(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length));
}

/** The bundled worker beside the bundled CLI; absent when running from compiled sources (tests). */
function workerScript(): string | null {
  const file = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(file) ? file : null;
}

export interface RunOptions {
  configs: Config[];
  limits: ReadLimits;
  /** Export: each letter is rendered where it is analysed, and only its text comes back. */
  exportFormat?: ExportFormat;
  threads: number;
  /** For tests: the worker script (default: cli-worker.js beside this file) and the batch size. */
  script?: string | null;
  batchSize?: number;
}

/**
 * Runs `jobs`, calling `onResult` once per job in the order of `jobs`; a returned promise is waited
 * for before the next result (backpressure from the output). Rejects when `onResult` throws (the
 * remaining jobs are dropped) or a worker fails.
 */
export async function runJobs(jobs: readonly Job[], options: RunOptions, onResult: (r: JobResult) => void | Promise<void>): Promise<void> {
  const script = options.script === undefined ? workerScript() : options.script;
  if (options.threads <= 1 || !worthWorkers(jobs) || !script) {
    for (const j of jobs) await onResult(await runJob(j, options.configs, options.limits, options.exportFormat));
    return;
  }
  await runInWorkers(jobs, options, script, onResult);
}

async function runInWorkers(jobs: readonly Job[], options: RunOptions, script: string, onResult: (r: JobResult) => void | Promise<void>): Promise<void> {
  const size = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const batches = Math.ceil(jobs.length / size);
  const threads = Math.min(options.threads, batches);
  const window = threads * AHEAD_PER_WORKER;
  const done = new Map<number, JobResult[]>();
  let dispatched = 0;
  /** The next batch to hand on. */
  let due = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };

  const setup: WorkerSetup = { configs: options.configs, limits: options.limits, exportFormat: options.exportFormat };
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  const dispatch = () => {
    while (idle.length && dispatched < batches && dispatched < due + window) {
      const batch = dispatched++;
      const message: ToWorker = { batch, jobs: jobs.slice(batch * size, (batch + 1) * size) };
      idle.pop()!.postMessage(message);
    }
  };
  for (let i = 0; i < threads; i++) {
    const w = new Worker(script, { workerData: setup });
    workers.push(w);
    idle.push(w);
    w.on('message', (m: FromWorker) => {
      done.set(m.batch, m.results);
      idle.push(w);
      dispatch();
      signal();
    });
    w.once('error', (err) => {
      failure ??= err;
      signal();
    });
    w.once('exit', (code) => {
      if (code !== 0) failure ??= new Error(`worker stopped with exit code ${code}`);
      signal();
    });
  }
  try {
    for (; due < batches; due++) {
      // The window starts at the batch due: idle workers may take up to `window` batches past it.
      dispatch();
      let results = done.get(due);
      while (!results) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        results = done.get(due);
      }
      done.delete(due);
      for (const r of results) await onResult(r);
    }
  } finally {
    for (const w of workers) {
      w.removeAllListeners('exit');
      void w.terminate();
    }
  }
}
