// The analysis worker factory of the Node extension host (desktop, and the remote server): a
// worker_threads Worker running dist/analysis-worker.js beside the extension bundle (or the
// compiled worker.js when running from out/, as the unit tests do). The web extension has
// no worker_threads: esbuild defines process.env.IMR_WEB there, which drops this branch and its
// requires from the web bundle, and the cache analyses on the main thread.
import type { Worker } from 'worker_threads';
import type { WorkerLike } from './workerPool';

export const WORKER_BUNDLE = 'analysis-worker.js';

/** Creates workers running `script` (default: the worker beside this file); undefined where there are none. */
export function nodeWorkerFactory(script?: string): (() => WorkerLike) | undefined {
  if (process.env.IMR_WEB !== '1') {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded only in the Node host, never bundled for the web */
    const threads = require('worker_threads') as typeof import('worker_threads');
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const file = script ?? [path.join(__dirname, WORKER_BUNDLE), path.join(__dirname, 'worker.js')].find((f) => fs.existsSync(f));
    if (!file) return undefined;
    return () => {
      const worker: Worker = new threads.Worker(file, { name: 'imr-review analysis' });
      // An idle or busy analysis must never keep the extension host (or a test run) alive.
      worker.unref();
      return worker as unknown as WorkerLike;
    };
  }
  return undefined;
}
