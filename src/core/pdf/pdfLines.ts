// Rebuilds a letter's text lines from a PDF text layer: reading order, blank lines, page breaks.
import { pageLines, type PageLine } from './baselines';
import type { PdfLines, TextPage } from './textLayer';

export type { PdfLines, TextPage, TextRun } from './textLayer';

/** A vertical gap this much above the page's typical line spacing is a blank line (a paragraph break). */
const BLANK_LINE_FACTOR = 1.5;

/** The page's typical baseline gap: the lower median, so with few lines one paragraph break cannot set it. */
function typicalGap(lines: readonly PageLine[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1].y - lines[i].y);
  if (gaps.length === 0) return Infinity;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor((gaps.length - 1) / 2)];
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
  pages.forEach((p, index) => {
    const page = index + 1;
    if (index > 0) push('\f', page);
    const rows = pageLines(p.runs);
    const limit = BLANK_LINE_FACTOR * typicalGap(rows);
    rows.forEach((row, i) => {
      if (i > 0 && rows[i - 1].y - row.y > limit) push('', page);
      push(row.text, page);
    });
  });
  return { text: out.join('\n'), lines };
}
