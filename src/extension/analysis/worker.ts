// Worker thread entry (bundled as dist/analysis-worker.js): analyses one text at a time for the
// extension host and hands the result back in parts, one per request, so that the host's main
// thread deserialises it piecemeal (see transfer.ts).
import { parentPort } from 'worker_threads';
import { engine } from './engine';
import { splitAnalysis, type AnalysisPart, type FromWorker, type ToWorker } from './transfer';
import { DocumentAnalyzers } from './documentAnalyzers';

// The documents this worker analysed last: an edit of one re-analyses only what it changed.
const analyzers = new DocumentAnalyzers(4);

let pending: AnalysisPart[] = [];
let next = 0;

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

function sendNext(): void {
  const part = pending[next++];
  if (next >= pending.length) pending = []; // the last part: let the analysis be collected
  if (part) post({ type: 'part', part });
}

parentPort?.on('message', (m: ToWorker) => {
  if (m.type === 'next') return sendNext();
  try {
    pending = splitAnalysis(m.document === undefined ? engine().analyze(m.text, m.options) : analyzers.for(m.document).analyze(m.text, m.options));
    next = 0;
  } catch (err) {
    pending = [];
    // The message for the log's error line, the stack apart for its debug level (see errorLog.ts);
    // neither holds letter text (the core never puts text in an error).
    return post(err instanceof Error ? { type: 'error', message: err.message, stack: err.stack } : { type: 'error', message: String(err) });
  }
  sendNext();
});
