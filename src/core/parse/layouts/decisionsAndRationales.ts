// Items of the earlier layout (decisions-and-rationales), which numbers each item: "1) MAXIMUS
// Federal Services, Inc. has determined the request for X is not medically necessary and
// appropriate.", or heads it "X: Upheld" as the later layout does.
import type { Item } from '../../model';
import { buildItems, type ItemBuild } from '../items/build';
import { collectLabels, decisionHeadings, type Heading } from '../structure/headings';
import { JoinedText } from '../structure/joined';
import type { Line } from '../structure/lines';

const NUMBERED = /^\(?(\d{1,2})[).]\s+\S/;
const DETERMINED = /\bdetermined (?:that )?the (?:request|requested [a-z]+) for (?:an? |the )?(.+?) (?:is|was) (not )?medically necessary(?: and appropriate)?/iy;
const DETERMINED_START = /\bdetermined (?:that )?the (?:request|requested [a-z]+) for /gi;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * DETERMINED's first match. The pattern is tried at each "determined the request for" (sticky): one
 * that fails scanned the rest of the line for "is medically necessary", and so would every later
 * one on it (an earlier title may run over them), so the search resumes after the line: tried from
 * each of 10,000 occurrences on a line, it was quadratic.
 */
function determined(text: string): RegExpExecArray | null {
  DETERMINED_START.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = DETERMINED_START.exec(text))) {
    DETERMINED.lastIndex = start.index;
    const m = DETERMINED.exec(text);
    if (m) return m;
    LINE_BREAK.lastIndex = start.index;
    if (!LINE_BREAK.exec(text)) return null;
    DETERMINED_START.lastIndex = LINE_BREAK.lastIndex;
  }
  return null;
}

/** Items between line indices [from, to). */
export function parseNumberedItems(lines: readonly Line[], from: number, to: number, build: ItemBuild): Item[] {
  const headings: Heading[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind !== 'content' || !NUMBERED.test(l.text)) continue;
    // The statement may wrap: join lines until one ends a sentence.
    let last = i;
    while (last + 1 < to && !/\.\s*$/.test(lines[last].text) && last - i < 4) {
      last++;
      while (last < to && lines[last].kind === 'skip') last++;
      if (last >= to || lines[last].kind !== 'content') {
        last--;
        break;
      }
    }
    const joined = JoinedText.fromLines(lines.slice(i, last + 1));
    const m = determined(joined.text);
    if (!m) continue;
    const titleStart = m.index + m[0].indexOf(m[1]);
    const verdictStart = titleStart + m[1].length + 1;
    const verdictEnd = m.index + m[0].length;
    headings.push({
      first: i,
      last,
      // The title comes from inside a sentence: its offset map is the statement's, cut to the title.
      title: new JoinedText(m[1], joined.segmentsOf(titleStart, m[1].length)),
      decision: m[2] ? 'Upheld' : 'Overturned',
      decisionText: joined.text.slice(verdictStart, verdictEnd),
      decisionRange: joined.rangeOf(verdictStart, verdictEnd),
    });
    i = last;
  }
  const labels = collectLabels(lines, from, to);
  // Some letters of this layout head an item as the later layout does ("X: Upheld"): those count too,
  // outside the numbered statements.
  const labelAt = new Map(labels.map((l) => [l.index, l]));
  // Both lists are in line order: one pointer finds the statement each heading could overlap.
  let n = 0;
  const headed = decisionHeadings(lines, from, to, labelAt).filter((h) => {
    while (n < headings.length && headings[n].last < h.first) n++;
    return n >= headings.length || headings[n].first > h.last;
  });
  const all = headed.length > 0 ? [...headings, ...headed].sort((a, b) => a.first - b.first) : headings;
  return buildItems(lines, all, labels, to, build);
}
