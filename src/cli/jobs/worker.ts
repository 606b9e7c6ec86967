// Worker thread entry (bundled as dist/cli-worker.js): takes batches of jobs, one message each,
// and posts each batch's results back (see runJobs in workers.ts).
import { parentPort, workerData } from 'worker_threads';
import type { Config, ExportFormat } from '../../core';
import type { ReadLimits } from '../input/read';
import { runJob, type Job, type JobResult } from './work';

export interface WorkerSetup {
  configs: Config[];
  limits: ReadLimits;
  exportFormat?: ExportFormat;
}

export interface ToWorker {
  batch: number;
  jobs: Job[];
}

export interface FromWorker {
  batch: number;
  results: JobResult[];
}

const setup = workerData as WorkerSetup | null;
if (parentPort && setup) {
  const port = parentPort;
  // A worker is sent a batch only when idle, but batches are still run one after another: one thread's work at a time.
  let queue = Promise.resolve();
  port.on('message', (m: ToWorker) => {
    queue = queue.then(async () => {
      const results: JobResult[] = [];
      for (const j of m.jobs) results.push(await runJob(j, setup.configs, setup.limits, setup.exportFormat));
      const reply: FromWorker = { batch: m.batch, results };
      port.postMessage(reply);
    });
    // runJob reports every problem of a file; anything else is a fault of ours: end the worker, and the run with it, rather than hang.
    queue.catch((e: unknown) => setImmediate(() => {
      throw e;
    }));
  });
}
