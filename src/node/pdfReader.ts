// The only way Node code (the CLI, its workers, the extension's workers) reaches the PDF reader.
// pdf.js is ~1.5 MB, takes ~200 ms to load and sets browser stand-ins on globalThis, so it loads
// here, lazily, on the first PDF. esbuild.js turns this require into one of the external ./pdf.js
// beside the bundle (one dist/pdf.js for the CLI, its workers and the extension's workers); under
// tsc's out/ it is the compiled module.
export type PdfReader = typeof import('../pdf/extract.js');

export async function loadPdfReader(): Promise<PdfReader> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: the bundles keep it external
  return require('../pdf/extract') as PdfReader;
}
