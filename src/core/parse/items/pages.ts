// The pages of a letter read from a PDF: a form feed ('\f') starts a page, whether it sits alone on
// a line between pages (our own PDF reader) or opens a page's first line (pdftotext). An item's
// page is the page its heading starts on.
import type { Position } from '../../model';

const LF = 10;
const CR = 13;
const FF = 12;

/** Where the form feeds of a text are, as positions in its lines (split as VS Code splits them). */
export class PageBreaks {
  /** Each form feed's line and character, in text order. */
  private readonly lines: number[] = [];
  private readonly characters: number[] = [];

  private constructor() {}

  /**
   * One pass over the text, only when it holds a form feed. Form feeds with nothing but white space
   * after them open no page: pdftotext ends every page, the last one too, with one.
   */
  static of(text: string): PageBreaks {
    const breaks = new PageBreaks();
    if (text.indexOf('\f') < 0) return breaks;
    let end = text.length;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let line = 0;
    let character = 0;
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) {
        line++;
        character = 0;
      } else if (c === CR) {
        if (i + 1 < end && text.charCodeAt(i + 1) === LF) i++;
        line++;
        character = 0;
      } else {
        if (c === FF) {
          breaks.lines.push(line);
          breaks.characters.push(character);
        }
        character++;
      }
    }
    return breaks;
  }

  /** The number of pages, or null when the text has no page break (not read from pages). */
  get pageCount(): number | null {
    return this.lines.length === 0 ? null : this.lines.length + 1;
  }

  /** The 1-based page a position is on (1 + the form feeds before it), or null without page breaks. */
  pageAt(p: Position): number | null {
    if (this.lines.length === 0) return null;
    // Binary search for the first form feed at or after p.
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const before = this.lines[mid] < p.line || (this.lines[mid] === p.line && this.characters[mid] < p.character);
      if (before) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === LF || c === CR || c === FF || c === 9 || c === 11 || c === 0xa0;
}
