// Worker thread entry (bundled as dist/cli-worker.js): takes batches of jobs, one message each,
// and posts each batch's results back (see runJobs in workers.ts).
import { parentPort, workerData } from 'worker_threads';
import type { Config, ExportFormat } from '../../core';
import { runJob, type Job, type JobResult } from './work';

export interface WorkerSetup {
  configs: Config[];
  maxBytes: number;
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
  port.on('message', (m: ToWorker) => {
    const reply: FromWorker = { batch: m.batch, results: m.jobs.map((j) => runJob(j, setup.configs, setup.maxBytes, setup.exportFormat)) };
    port.postMessage(reply);
  });
}
