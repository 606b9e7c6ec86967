// Where a document's analysis runs, from its size alone. No `vscode` here: unit-tested.

/**
 * Documents up to this many characters are analysed synchronously on the extension host. Measured
 * with the worker pool on the shared 2-core machine (issue 6): at 256 KB a synchronous analysis
 * blocks the host for 30-56 ms, while through the worker the answer comes after 55-120 ms with the
 * host's longest stall 4-14 ms; at 64 KB it is 10-23 ms synchronous against a 30-43 ms round trip,
 * and a cold worker costs ~100-200 ms to start. Below this size the worker only adds latency; above
 * it a synchronous analysis stalls the host past 50 ms (1 MB: 130-250 ms, 4 MB: 0.6-1.2 s).
 */
export const SYNC_MAX_CHARS = 256 * 1024;

export type AnalysisPlan =
  /** Above the imrReview.maxFileSizeMB limit: not analysed, and the editor says so. */
  | { kind: 'too-large'; chars: number; limitChars: number }
  | { kind: 'main-thread' }
  | { kind: 'worker' };

export function planAnalysis(chars: number, limitChars: number, workerAvailable: boolean, syncMaxChars = SYNC_MAX_CHARS): AnalysisPlan {
  if (chars > limitChars) return { kind: 'too-large', chars, limitChars };
  return workerAvailable && chars > syncMaxChars ? { kind: 'worker' } : { kind: 'main-thread' };
}
