// Splits the original text into lines and classifies them, undoing PDF artefacts without moving
// anything: every line keeps its original number and character offsets, so ranges computed later
// point into the text exactly as the editor holds it.

import { markRunningHeaders } from './furniture';

export type LineKind = 'content' | 'blank' | 'skip';

export interface Line {
  /** 0-based line number in the original text. */
  line: number;
  kind: LineKind;
  /** The line with form feeds, tabs and no-break spaces turned into spaces (same length as the original). */
  raw: string;
  /** Trimmed text ('' for blank and skipped lines). */
  text: string;
  /** Character offset of `text` in the original line. */
  start: number;
}

export interface SplitText {
  lines: Line[];
  /** True when the text was PDF double-spaced: every line followed by an empty one. */
  doubleSpaced: boolean;
}

const PAGE_FOOTER = /^\s*(?:-\s*)?Page\s+\d+\s+(?:of\s+\d+\s*)?(?:-\s*)?$/i;
// Form feeds, vertical tabs, tabs and no-break spaces: one character each, so offsets are kept. A run
// of them (spaces included) is replaced at once: a match per character slowed down steeply past a
// few hundred thousand matches (a line of 1,000,000 tabs took 10x what 500,000 did).
const SPACE_LIKE = /[\f\v\t\u00a0\u2007\u202f][\f\v\t\u00a0\u2007\u202f ]*/g;
const spaces = (run: string) => ' '.repeat(run.length);

/** Lines are split as VS Code and LSP do: on \r\n, \n and \r. */
export function splitLines(text: string): string[] {
  // A plain string split is several times faster than a regex split; most letters have no \r.
  return text.indexOf('\r') < 0 ? text.split('\n') : text.split(/\r\n|\r|\n/);
}

function hasSpaceLike(text: string): boolean {
  // indexOf is vectorised; a character-class regex over the whole text is not.
  return text.indexOf('\f') >= 0 || text.indexOf('\t') >= 0 || text.indexOf('\u00a0') >= 0 || text.indexOf('\v') >= 0 ||
    text.indexOf('\u2007') >= 0 || text.indexOf('\u202f') >= 0;
}

export function classifyLines(text: string): SplitText {
  const rawLines = splitLines(text);
  const doubleSpaced = isDoubleSpaced(rawLines);
  // One pass over the whole text: the replacement keeps lengths, so line splits stay aligned.
  const hasFormFeed = text.includes('\f');
  const spaced = hasSpaceLike(text) ? splitLines(text.replace(SPACE_LIKE, spaces)) : rawLines;
  const lines: Line[] = new Array(rawLines.length);
  let hasFooter = false;
  for (let i = 0; i < rawLines.length; i++) {
    const original = rawLines[i];
    const raw = spaced[i];
    let kind: LineKind;
    let start = 0;
    let trimmed = '';
    if (original.length === 0) {
      // In double-spaced text an empty line is the PDF's line spacing, not a paragraph break.
      kind = doubleSpaced ? 'skip' : 'blank';
    } else if (raw.trim().length === 0) {
      // A line holding only a form feed is a page break inside a paragraph; one holding spaces is a true blank.
      kind = hasFormFeed && original.includes('\f') ? 'skip' : 'blank';
    } else if (PAGE_FOOTER.test(raw)) {
      kind = 'skip';
      hasFooter = true;
    } else {
      kind = 'content';
      start = raw.length - raw.trimStart().length;
      trimmed = raw.trim();
    }
    lines[i] = { line: i, kind, raw, text: trimmed, start };
  }
  if (hasFormFeed) markRunningHeaders(lines, rawLines);
  if (hasFormFeed || hasFooter) joinAcrossPageBreaks(lines, rawLines);
  return { lines, doubleSpaced };
}

/**
 * A page break is not a paragraph break: the blank lines around a footer or a form feed are the
 * page's margins, so they are skipped too and the paragraph (a guideline, a heading) runs on.
 * Headings, labels and sections are found without blank lines, so a new item after a page break
 * is still found.
 */
function joinAcrossPageBreaks(lines: Line[], rawLines: readonly string[]): void {
  let i = 0;
  while (i < lines.length) {
    if (lines[i].kind === 'content') {
      i++;
      continue;
    }
    // One run of non-content lines; a content line opening with a form feed starts a page too.
    let j = i;
    let pageBreak = false;
    for (; j < lines.length && lines[j].kind !== 'content'; j++) if (isPageBreak(lines[j], rawLines[j])) pageBreak = true;
    if (j < lines.length && /^\s*\f/.test(rawLines[j])) pageBreak = true;
    if (pageBreak) for (let k = i; k < j; k++) if (lines[k].kind === 'blank') lines[k].kind = 'skip';
    i = j;
  }
}

function isPageBreak(l: Line, original: string): boolean {
  return l.kind === 'skip' && original.length > 0;
}

function isDoubleSpaced(rawLines: string[]): boolean {
  let nonEmpty = 0;
  let followedByEmpty = 0;
  // The last few lines are often trailing padding; every other non-empty line must be followed by "".
  for (let i = 0; i < rawLines.length - 1; i++) {
    if (rawLines[i].length === 0) continue;
    nonEmpty++;
    if (rawLines[i + 1].length === 0) followedByEmpty++;
  }
  return nonEmpty >= 3 && followedByEmpty / nonEmpty >= 0.85;
}
