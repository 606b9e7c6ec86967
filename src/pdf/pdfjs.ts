// Loads pdf.js once, lazily, with its worker in this thread (the "fake worker": no worker file, no
// URL, nothing to ship beside the bundle). Callers already run off any UI thread (CLI processes,
// worker threads, the web extension host's worker), so a second thread would only add copies.
//
// In Node, pdf.mjs builds a `new DOMMatrix()` as it loads and looks for ImageData and Path2D: they
// must exist first. Text extraction never renders, so inert stand-ins suffice. They are set here,
// only when this module is asked for pdf.js, so no extension-host code sets them by importing it.
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
export type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

let loading: Promise<PdfJs> | undefined;

class InertMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
}
class Inert {}

function standIns(): void {
  const g = globalThis as Record<string, unknown>;
  for (const [name, value] of [['DOMMatrix', InertMatrix], ['ImageData', Inert], ['Path2D', Inert]] as const) {
    if (g[name] === undefined) g[name] = value;
  }
}

async function load(): Promise<PdfJs> {
  standIns();
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** pdf.js, loaded on first use; a failed load is retried on the next call. */
export function pdfjs(): Promise<PdfJs> {
  loading ??= load().catch((err: unknown) => {
    loading = undefined;
    throw err;
  });
  return loading;
}
