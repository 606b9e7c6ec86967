// Rebuilds a letter's text lines from a PDF text layer: reading order, blank lines, page breaks.
import { pageLines, type PageLine } from './baselines';
import type { PdfLines, TextPage } from './textLayer';

export type { PdfLines, TextPage, TextRun } from './textLayer';

/** A vertical gap this much above the line spacing is a blank line (a paragraph break). */
const BLANK_LINE_FACTOR = 1.5;

/**
 * The gaps between consecutive lines, top to bottom, in ems of the larger of the two fonts: line
 * spacing in ems is a document's style, the same for its 9-point footer and its 11-point body.
 */
function gapsOf(lines: readonly PageLine[]): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push((lines[i - 1].y - lines[i].y) / Math.max(lines[i - 1].size, lines[i].size));
  return gaps;
}

/** Fewer gaps than this on a page (a closing page: a signature, a cc line, the footer) say little of its spacing. */
const MIN_PAGE_GAPS = 8;

/**
 * The line spacing: the lower quartile of the gaps, not the median, since a page of short paragraphs
 * (or double-spaced text with a blank line between paragraphs) has as many paragraph breaks as line
 * gaps; a larger gap is a paragraph break or a header, a smaller one is rare (a table's tight row).
 */
function lineSpacing(gaps: readonly number[]): number {
  if (gaps.length === 0) return Infinity;
  const sorted = [...gaps].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}

/**
 * A page's line spacing: the document's, or the page's own where it has lines enough and sets them
 * closer. Not the page's alone: a page of one-line paragraphs has more paragraph breaks than line gaps.
 */
function pageSpacing(gaps: readonly number[], documentSpacing: number): number {
  return gaps.length < MIN_PAGE_GAPS ? documentSpacing : Math.min(documentSpacing, lineSpacing(gaps));
}

/**
 * The text of the pages as lines, with the page of each line. Runs of word processors (a run per
 * word, justified), report writers (a run per line) and typesetters (kerned glyph runs) give the
 * same lines. Page headers and footers are kept: the parser knows page furniture.
 */
export function pdfLines(pages: readonly TextPage[]): PdfLines {
  const out: string[] = [];
  const lines: { page: number }[] = [];
  const push = (text: string, page: number): void => {
    out.push(text);
    lines.push({ page });
  };
  const rowsOf = pages.map((p) => pageLines(p.runs));
  const gapsOfPage = rowsOf.map(gapsOf);
  const documentSpacing = lineSpacing(gapsOfPage.flat());
  rowsOf.forEach((rows, index) => {
    const page = index + 1;
    if (index > 0) push('\f', page);
    const gaps = gapsOfPage[index];
    const limit = BLANK_LINE_FACTOR * pageSpacing(gaps, documentSpacing);
    rows.forEach((row, i) => {
      if (i > 0 && gaps[i - 1] > limit) push('', page);
      push(row.text, page);
    });
  });
  return { text: out.join('\n'), lines };
}
