// Worker thread entry (bundled as dist/pdf-worker.js): extracts PDF text for the desktop extension
// host, so pdf.js (and the global stand-ins it needs in Node) never loads on the host's main
// thread. pdf.js itself comes from dist/pdf.js, shared with the CLI, loaded on the first request.
import { parentPort } from 'worker_threads';
import { loadPdfReader } from '../../node/pdfReader';
import type { FromPdfWorker, ToPdfWorker } from './protocol';

function post(message: FromPdfWorker): void {
  parentPort?.postMessage(message);
}

parentPort?.on('message', (m: ToPdfWorker) => {
  void (async () => {
    try {
      const reader = await loadPdfReader();
      post({ id: m.id, result: await reader.extractPdfText(m.bytes, { maxPages: m.maxPages, maxChars: m.maxChars }) });
    } catch (err) {
      // No letter text in an error: pdf.js errors name the structure, not the content.
      post({ id: m.id, error: err instanceof Error ? err.message : String(err) });
    }
  })();
});
