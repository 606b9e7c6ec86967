// Where a document's analysis runs, from its size alone. No `vscode` here: unit-tested.

/**
 * Documents up to this many characters are analysed synchronously on the extension host. Measured
 * (scripts in the report of issue 6, 2 shared cores): at 256 KB a synchronous analysis takes
 * 30-50 ms, the worker round trip 55-100 ms of latency, of which the host's share (posting the text,
 * deserialising the parts) is under 10 ms; at 64 KB the sync path is 10-14 ms against a 30 ms round
 * trip. Below this size a worker only adds latency; above it the host would stall past 50 ms.
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
