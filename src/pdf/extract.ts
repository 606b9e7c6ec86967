// Reads a PDF letter's text with pdf.js: the text layer of each page rebuilt as the letter's lines
// by the core (pdfLines). No vscode, no Node built-ins: the web extension uses it as it is; Node
// code loads it through src/node/pdfReader.ts, which keeps it in its own bundle (dist/pdf.js).
//
// The file is hostile input. What it can do, and what stops it:
// - a password or a damaged structure: pdf.js rejects it; the error becomes one line;
// - a huge page count: refused from numPages before any page is read;
// - huge text (a content stream inflating to millions of glyphs): the pages' text is streamed and
//   the stream cancelled at `maxChars`;
// - a decompression bomb: the bundles' pdf.js (patched by esbuild.js) stops any stream inflating
//   past 32 MB, and the document is refused (pdf.js under tsc's out/ is unpatched: tests only);
// - deep nesting, page tree cycles, xref loops, forms drawing themselves: pdf.js ends them;
// - scripts, forms, XFA, attachments: never asked for (no scripting, XFA off, annotations and
//   attachments never read), and pdf.js never evaluates code from the file (isEvalSupported off).
// The document is destroyed in every case, so nothing of it outlives the call.
import { pdfLines } from '../core/pdf/pdfLines';
import { problemOf } from './problems';
import { pdfjs } from './pdfjs';
import { readPage } from './textPage';
import type { TextPage } from '../core/pdf/pdfLines';

export const DEFAULT_MAX_PAGES = 200;
/** Characters of text kept when the caller gives no limit: a long letter holds ~100,000. */
export const DEFAULT_MAX_CHARS = 20 * 1048576;

/**
 * Where the bundles' pdf.js (patched by esbuild.js) counts the streams it stopped inflating past its
 * limit: it ignores most errors inside a page's content, which would otherwise leave the page cut
 * short without a word. Shared by the documents read at once in one thread, so a bomb in one may
 * refuse another read at the same moment: refusing is the safe side.
 */
const PDF_STREAM_OVERFLOWS = Symbol.for('imr-review.pdf-stream-overflows');
const streamOverflows = (): unknown => (globalThis as Record<symbol, unknown>)[PDF_STREAM_OVERFLOWS];
/** esbuild.js's PDF_STREAM_LIMIT, in MB. */
const STREAM_LIMIT_MB = 32;
const INFLATED = `a stream inflates past ${STREAM_LIMIT_MB} MB: over the size limit`;

export type PdfProblem = 'not-pdf' | 'encrypted' | 'no-text' | 'damaged' | 'too-many-pages' | 'too-large';

export type PdfText =
  | { ok: true; text: string; pageCount: number; lines: { page: number }[] }
  | { ok: false; problem: PdfProblem; reason: string };

export interface PdfOptions {
  /** More pages than this and no page is read. */
  maxPages: number;
  /** More characters of text than this and the reading stops (the caller's size limit). */
  maxChars?: number;
}

/** The header pdf.js itself looks for: "%PDF-" within the first 1024 bytes. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 1024) - 5;
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

function refuse(problem: PdfProblem, reason: string): PdfText {
  return { ok: false, problem, reason };
}

/** The letter's text from the PDF's text layer: its lines, a form feed line between pages. */
export async function extractPdfText(bytes: Uint8Array, options: PdfOptions): Promise<PdfText> {
  if (!looksLikePdf(bytes)) return refuse('not-pdf', 'not a PDF');
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const lib = await pdfjs();
  const task = lib.getDocument({
    // A copy: pdf.js may transfer (detach) the buffer it is given, and the caller's bytes stay theirs.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: 0,
  });
  const overflows = streamOverflows();
  try {
    const doc = await task.promise;
    if (doc.numPages > options.maxPages) {
      return refuse('too-many-pages', `${doc.numPages} pages: more than the page limit of ${options.maxPages}`);
    }
    const pages: TextPage[] = [];
    let chars = 0;
    let ink = false;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const read = await readPage(page, maxChars - chars);
      page.cleanup();
      if (streamOverflows() !== overflows) return refuse('too-large', INFLATED);
      if (!read) return refuse('too-large', `more than ${maxChars} characters of text: over the size limit`);
      chars += read.chars;
      ink ||= read.page.runs.some((r) => r.text.trim() !== '');
      pages.push(read.page);
    }
    if (!ink) return refuse('no-text', 'no text layer (a scanned image?): run OCR first');
    const { text, lines } = pdfLines(pages);
    return { ok: true, text, pageCount: doc.numPages, lines };
  } catch (err) {
    if (streamOverflows() !== overflows) return refuse('too-large', INFLATED);
    const p = problemOf(err);
    return refuse(p.problem, p.reason);
  } finally {
    await task.destroy();
  }
}
