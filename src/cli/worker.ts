// Worker thread entry (bundled as dist/cli-worker.js): runs a batch of jobs and posts the results.
import { parentPort, workerData } from 'worker_threads';
import type { Config } from '../core';
import { runJob, type Job } from './work';

interface Batch {
  jobs: Job[];
  configs: Config[];
  maxBytes: number;
  keepLetters: boolean;
}

const batch = workerData as Batch;
parentPort?.postMessage(batch.jobs.map((j) => runJob(j, batch.configs, batch.maxBytes, batch.keepLetters)));
