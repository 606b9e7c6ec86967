// The PDF reader, loaded on the first PDF and once per thread (the process, or each worker): pdf.js
// is ~1.5 MB and sets browser stand-ins on globalThis, so a run over `.txt` letters never loads it.
// The bundles load it from dist/pdf.js beside them (src/node/pdfReader.ts).
import { loadPdfReader, type PdfReader } from '../../node/pdfReader';
import type { TextRead } from './read';

let reader: Promise<PdfReader> | undefined;

function pdfReader(): Promise<PdfReader> {
  reader ??= loadPdfReader().catch((e: unknown) => {
    // Tried again on the next PDF.
    reader = undefined;
    throw e;
  });
  return reader;
}

/** The PDF's text as the editor shows it, or the reader's one-line reason; a page limit names its option. */
export async function extractText(bytes: Uint8Array, maxPages: number, maxChars: number): Promise<TextRead> {
  let pdf: PdfReader;
  try {
    pdf = await pdfReader();
  } catch (e) {
    return { ok: false, reason: `cannot load the PDF reader: ${(e as Error).message}` };
  }
  try {
    const r = await pdf.extractPdfText(bytes, { maxPages, maxChars });
    if (r.ok) return { ok: true, text: r.text };
    return { ok: false, reason: r.problem === 'too-many-pages' ? `${r.reason} (raise it with --max-pages)` : r.reason };
  } catch (e) {
    // extractPdfText reports every problem of the file; this is a fault of ours, still one line.
    return { ok: false, reason: `internal error while reading the PDF: ${(e as Error).message}` };
  }
}
