// Renders a letter's text to a PDF in memory, laying out its text layer the ways the producers of
// published letters do: a report writer (one run per line), a word processor (one run per word,
// justified) or a typesetter (justified, words kerned into glyph runs). Every page after the first
// has a running header, every page a "Page N of M" footer; a text line is never split or wrapped.
// Used by the round-trip test and reusable by the bench (require out/test/pdf/render.js).
import * as path from 'path';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type Rendering = 'report-writer' | 'word-processor' | 'typesetter';
export const RENDERINGS: readonly Rendering[] = ['report-writer', 'word-processor', 'typesetter'];

export interface RenderOptions {
  rendering: Rendering;
  /** The running header on every page after the first. */
  header?: string;
  /** Body lines a page (an empty line takes one too). */
  linesPerPage?: number;
  /** The body's font size; smaller when the longest line would not fit between the margins. */
  fontSize?: number;
  /** Seeds the word processor's and the typesetter's choices, so a failure can be replayed. */
  seed?: number;
}

export interface RenderedLetter {
  bytes: Uint8Array;
  pageCount: number;
  /** The non-blank lines drawn on each page, top to bottom (header and footer included), spaces collapsed. */
  pages: string[][];
  /** Each page's body as placed, a slot an entry: a line's text (spaces collapsed), '' for an empty line, ' ' for a line of spaces. */
  bodies: string[][];
  fontSize: number;
}

export const DEFAULT_HEADER = 'Case Number: CM00-0012345';
const PAGE_WIDTH = 612; // US Letter
const PAGE_HEIGHT = 792;
const MARGIN = 54;
const TOP_BASELINE = 730;
const HEADER_BASELINE = 756;
const FOOTER_BASELINE = 36;
const FURNITURE_SIZE = 9;
/** A justified line is one that fills most of the measure: shorter ones end a paragraph (hard breaks). */
const JUSTIFY_FROM = 0.6;
/** Typesetters kern by hundredths of an em; a word gap is a quarter em or more. */
const MAX_KERN_EM = 0.08;

// The bench's seeded PRNG (mulberry32): every rendering is reproducible from its seed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rng } = require(path.resolve(__dirname, '..', '..', '..', 'scripts', 'bench', 'corpus.js')) as { rng(seed: number): () => number };

interface Slot {
  /** The line as drawn ('' for a blank slot). */
  text: string;
  /** Whether its paragraph goes on in the next line (a soft break a word processor justifies). */
  continues: boolean;
  /** A line of spaces: in PDF double-spaced text, the one true blank line. */
  spaces: boolean;
}

/** The letter's lines placed on pages: a form feed starts a page, a full page starts the next. */
function paginate(text: string, linesPerPage: number): Slot[][] {
  const source = text.split(/\r\n|\r|\n/);
  const pages: Slot[][] = [[]];
  const newPage = (): void => {
    if (pages[pages.length - 1].length > 0) pages.push([]);
  };
  source.forEach((line, i) => {
    const pieces = line.split('\f');
    pieces.forEach((piece, k) => {
      if (k > 0) newPage();
      // A form feed draws nothing: the text around it goes on the pages either side.
      if (pieces.length > 1 && piece.trim() === '') return;
      if (pages[pages.length - 1].length >= linesPerPage) newPage();
      const next = source[i + 1];
      const text = piece.trimEnd();
      pages[pages.length - 1].push({ text, continues: next !== undefined && next.replace(/\f/g, '').trim() !== '', spaces: text === '' && piece !== '' });
    });
  });
  // Trailing blank slots draw nothing; a last page of blanks only is no page.
  while (pages.length > 1 && pages[pages.length - 1].every((s) => s.text.trim() === '')) pages.pop();
  return pages;
}

function fitSize(pages: Slot[][], font: PDFFont, wanted: number): number {
  let widest = 0;
  for (const page of pages) for (const s of page) widest = Math.max(widest, advance(font, s.text, 1));
  const fit = widest > 0 ? (PAGE_WIDTH - 2 * MARGIN) / widest : wanted;
  return Math.min(wanted, Math.floor(fit * 10) / 10);
}

/** A run's advance as a PDF viewer measures it: pdf-lib's own measure applies kerning pairs the drawn text does not. */
function advance(font: PDFFont, text: string, size: number): number {
  let widths = charWidths.get(font.name);
  if (!widths) charWidths.set(font.name, (widths = new Map()));
  let w = 0;
  for (const c of text) {
    let cw = widths.get(c);
    if (cw === undefined) widths.set(c, (cw = font.widthOfTextAtSize(c, 1)));
    w += cw;
  }
  return w * size;
}
const charWidths = new Map<string, Map<string, number>>();

interface Run {
  text: string;
  x: number;
}

/** One run per word (a word processor); a typesetter also splits words into kerned pieces. */
function wordRuns(line: string, font: PDFFont, size: number, justify: boolean, kern: boolean, rand: () => number): Run[] {
  const indent = line.length - line.trimStart().length;
  const words = line.trim().split(/ +/);
  const space = advance(font, ' ', size);
  const natural = advance(font, words.join(' '), size) + indent * space;
  const measure = PAGE_WIDTH - 2 * MARGIN;
  const extra = justify && words.length > 1 && natural >= JUSTIFY_FROM * measure ? (measure - natural) / (words.length - 1) : 0;
  const runs: Run[] = [];
  let x = MARGIN + indent * space;
  for (const word of words) {
    let rest = word;
    let wx = x;
    while (rest.length > 0) {
      const n = kern && rest.length >= 3 && rand() < 0.5 ? 1 + Math.floor(rand() * (rest.length - 1)) : rest.length;
      const piece = rest.slice(0, n);
      rest = rest.slice(n);
      // Word processors sometimes write the space into the word's run.
      const text = rest === '' && !kern && rand() < 0.3 ? piece + ' ' : piece;
      runs.push({ text, x: wx });
      wx += advance(font, piece, size) + (rest === '' ? 0 : (rand() * 2 - 1) * MAX_KERN_EM * size);
    }
    // The word's kerns are part of its width: the word space follows where its last glyph ends.
    x = wx + space + extra;
  }
  return runs;
}

/** A page's content stream, written directly: pdf-lib's drawText costs milliseconds a call. */
class Content {
  private readonly ops: string[] = [];
  constructor(private readonly font: PDFFont, private readonly key: string) {}
  /** `isolated`: the run in its own graphics state (q ... Q, as pdf-lib's drawText writes it), so
   *  pdf.js reports it as an item of its own; otherwise pdf.js merges a line's runs into one item. */
  text(text: string, x: number, y: number, size: number, isolated = false): void {
    const op = `BT ${this.key} ${size} Tf 1 0 0 1 ${x.toFixed(3)} ${y.toFixed(3)} Tm ${this.encode(text)} Tj ET`;
    this.ops.push(isolated ? `q ${op} Q` : op);
  }
  /** Printable ASCII as a literal string (what WinAnsi maps to itself); anything else as pdf-lib encodes it. */
  private encode(text: string): string {
    return /^[\x20-\x7e]*$/.test(text) ? `(${text.replace(/[()\\]/g, '\\$&')})` : this.font.encodeText(text).toString();
  }
  addTo(doc: PDFDocument, page: PDFPage): void {
    page.node.addContentStream(doc.context.register(doc.context.stream(this.ops.join('\n'))));
  }
}

function drawFurniture(content: Content, font: PDFFont, index: number, count: number, header: string): void {
  if (index > 0) content.text(header, MARGIN, HEADER_BASELINE, FURNITURE_SIZE);
  const footer = `Page ${index + 1} of ${count}`;
  content.text(footer, (PAGE_WIDTH - advance(font, footer, FURNITURE_SIZE)) / 2, FOOTER_BASELINE, FURNITURE_SIZE);
}

export async function renderLetter(text: string, options: RenderOptions): Promise<RenderedLetter> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(options.rendering === 'report-writer' ? StandardFonts.Helvetica : StandardFonts.TimesRoman);
  const slots = paginate(text, options.linesPerPage ?? 50);
  const size = fitSize(slots, font, options.fontSize ?? 11);
  const leading = 1.2 * size;
  const header = options.header ?? DEFAULT_HEADER;
  const rand = rng(options.seed ?? 1);
  const drawn: string[][] = [];
  slots.forEach((pageSlots, index) => {
    const page = doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const content = new Content(font, page.node.newFontDictionary(font.name, font.ref).toString());
    const lines: string[] = index > 0 ? [header] : [];
    pageSlots.forEach((slot, i) => {
      if (slot.text.trim() === '') return;
      const y = TOP_BASELINE - i * leading;
      lines.push(slot.text.trim().replace(/ +/g, ' '));
      if (options.rendering === 'report-writer') {
        const indent = slot.text.length - slot.text.trimStart().length;
        content.text(slot.text.trimStart(), MARGIN + indent * advance(font, ' ', size), y, size);
        return;
      }
      // The word processor's runs reach the reader one by one; the typesetter's, on half of the lines, merged by pdf.js.
      const isolated = options.rendering === 'word-processor' || rand() < 0.5;
      for (const run of wordRuns(slot.text, font, size, slot.continues, options.rendering === 'typesetter', rand)) content.text(run.text, run.x, y, size, isolated);
    });
    drawFurniture(content, font, index, slots.length, header);
    content.addTo(doc, page);
    lines.push(`Page ${index + 1} of ${slots.length}`);
    drawn.push(lines);
  });
  const bytes = await doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
  const bodies = slots.map((page) => page.map((slot) => (slot.spaces ? ' ' : slot.text.trim().replace(/ +/g, ' '))));
  return { bytes, pageCount: slots.length, pages: drawn, bodies, fontSize: size };
}
