// Spreads jobs over worker threads for large batches; results come back in the original order.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Config } from '../core';
import { runJob, type Job, type JobResult } from './work';

/** Below this many files a worker's start-up costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

export function defaultJobs(): number {
  return Math.max(1, Math.min(2, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length));
}

/** The bundled worker beside the bundled CLI; absent when running from compiled sources (tests). */
function workerScript(): string | null {
  const file = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(file) ? file : null;
}

export async function runJobs(jobs: Job[], configs: Config[], maxBytes: number, keepLetters: boolean, threads: number): Promise<JobResult[]> {
  const script = workerScript();
  if (threads <= 1 || jobs.length < PARALLEL_THRESHOLD || !script) {
    return jobs.map((j) => runJob(j, configs, maxBytes, keepLetters));
  }
  // Contiguous slices keep each worker's output in order; concatenating them restores the whole order.
  const size = Math.ceil(jobs.length / threads);
  const slices: Job[][] = [];
  for (let i = 0; i < jobs.length; i += size) slices.push(jobs.slice(i, i + size));
  const parts = await Promise.all(
    slices.map(
      (slice) =>
        new Promise<JobResult[]>((resolve, reject) => {
          const w = new Worker(script, { workerData: { jobs: slice, configs, maxBytes, keepLetters } });
          w.once('message', (m: JobResult[]) => resolve(m));
          w.once('error', reject);
          w.once('exit', (code) => {
            if (code !== 0) reject(new Error(`worker stopped with exit code ${code}`));
          });
        }),
    ),
  );
  return parts.flat();
}
