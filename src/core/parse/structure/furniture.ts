// Running headers: the lines a PDF repeats at the top of every page after a form feed (a case
// number, the claimant's name). Left in, they would join the paragraph the page break cuts, a
// heading or a rationale, and change its text.
import { classifyDecisionWord, matchLabel } from './labels';
import type { Line } from './lines';
import { matchSectionHeading } from './sections';

/** A case number alone, labelled or not ("Case Number: CM13-0012345", "CM13-0012345"): furniture even on one page. */
const CASE_NUMBER_LINE = /^(?:(?:IMR\s+)?Case\s+(?:Number|No\.?)\s*:?\s*)?[A-Z]{2}\d{2}-\d{4,8}$/i;
/** Headers run to a few lines at most. */
const MAX_HEADER_LINES = 3;

/** The first content line of each page that a form feed opens, when content came before it. */
function pageTops(lines: readonly Line[], rawLines: readonly string[]): number[] {
  const tops: number[] = [];
  let seenContent = false;
  let pending = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = rawLines[i];
    const ff = raw.indexOf('\f');
    if (lines[i].kind !== 'content') {
      if (ff >= 0 && lines[i].kind === 'skip') pending = seenContent;
      continue;
    }
    // A content line opening with a form feed opens the page itself.
    if (ff >= 0 && raw.slice(0, ff).trim() === '') pending = seenContent;
    if (pending) tops.push(i);
    pending = false;
    seenContent = true;
  }
  return tops;
}

const LAST_WORD = /:\s*([A-Za-z]+)\.?$/;

/** A line of the letter's own structure (a label, a section heading, an item's decision) repeats by itself. */
function isLetterStructure(text: string): boolean {
  const last = LAST_WORD.exec(text);
  return matchLabel(text) !== null || matchSectionHeading(text) !== null || (last !== null && classifyDecisionWord(last[1]) !== null);
}

function nextContent(lines: readonly Line[], from: number): number {
  let j = from + 1;
  while (j < lines.length && lines[j].kind !== 'content') j++;
  return j;
}

/**
 * Marks running headers as skipped lines, a page break like the footers: the top line of the pages
 * after form feeds when it is the same on every such page (two or more) and not a line of the
 * letter's own (two items' guidelines can open two pages alike), and a case number alone among
 * the top few lines.
 */
export function markRunningHeaders(lines: Line[], rawLines: readonly string[]): void {
  let rows = pageTops(lines, rawLines);
  for (let depth = 0; depth < MAX_HEADER_LINES && rows.length > 0; depth++) {
    const text = lines[rows[0]].text;
    // Below the top line the letter's own lines repeat too (a guideline label at the top of two pages).
    const repeated = depth === 0 && rows.length >= 2 && rows.every((r) => lines[r].text === text) && !isLetterStructure(text);
    const headers = repeated ? rows : rows.filter((r) => CASE_NUMBER_LINE.test(lines[r].text));
    if (headers.length === 0) return;
    rows = headers.map((r) => nextContent(lines, r)).filter((r) => r < lines.length);
    for (const r of headers) Object.assign(lines[r], { kind: 'skip', text: '', start: 0 });
  }
}
