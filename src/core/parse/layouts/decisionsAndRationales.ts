// Items of the two other published layouts, as far as their text allows:
// - the earlier layout numbers each item: "1) MAXIMUS Federal Services, Inc. has determined the
//   request for X is not medically necessary and appropriate.", or heads it "X: Upheld";
// - the professional-review layout decides one issue, spread over its own sections.
import type { Item, Range } from '../../model';
import { parseCitation } from '../fields/citation';
import { findConclusion } from '../rationale/conclusion';
import { buildItems, collectLabels, decisionHeadings, type Heading, type ItemReuse } from './items';
import { JoinedText } from './joined';
import type { Line } from './lines';
import type { FoundSection } from './sections';

const NUMBERED = /^\(?(\d{1,2})[).]\s+\S/;
const DETERMINED = /\bdetermined (?:that )?the (?:request|requested [a-z]+) for (?:an? |the )?(.+?) (?:is|was) (not )?medically necessary(?: and appropriate)?/iy;
const DETERMINED_START = /\bdetermined (?:that )?the (?:request|requested [a-z]+) for /gi;
const LINE_BREAK = /[\n\r\u2028\u2029]/g;
// Punctuation and spaces after a title; the run only from its start (the look-behind): tried from
// each position of a long run of dashes, it scanned the rest of the run every time (quadratic).
const TRAILING_PUNCTUATION = /(?<![\s:,-])[\s:,-]+$/;

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

export function parseNumberedItems(lines: readonly Line[], from: number, to: number, reuse?: ItemReuse): Item[] {
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
  return buildItems(lines, all, labels, to, reuse);
}

function sectionBody(lines: readonly Line[], s: FoundSection | undefined): { text: JoinedText; range: Range } | null {
  if (!s) return null;
  const text = JoinedText.fromLines(lines.slice(s.lineIndex, s.endIndex), s.headingEnd);
  if (text.isEmpty) return null;
  return { text, range: text.fullRange() };
}

/** In this layout a section heading plays the label's part. */
function sectionLabel(sections: readonly FoundSection[], kind: FoundSection['kind']): { label: string; labelRange: Range } {
  const s = sections.find((x) => x.kind === kind)!;
  return { label: s.title, labelRange: s.titleRange };
}

const DECISION_WORD = /\b(Upheld|Overturned)\b/;

/** The single item of a professional-review letter. */
export function parseProfessionalItem(lines: readonly Line[], sections: readonly FoundSection[]): Item[] {
  const find = (kind: FoundSection['kind']) => sections.find((s) => s.kind === kind);
  const issue = sectionBody(lines, find('issue-at-dispute'));
  if (!issue) return [];
  // The issue is the first sentence or line of the section.
  const firstBreak = issue.text.text.search(/\.\s|\s{2,}|$/);
  let title = issue.text.text.slice(0, firstBreak).trim().replace(/[.:]$/, '');
  let decision: Item['decision'] = null;
  let decisionText = '';
  let decisionRange: Range | null = null;
  const word = DECISION_WORD.exec(issue.text.text);
  if (word) {
    decision = word[1] === 'Upheld' ? 'Upheld' : 'Overturned';
    decisionText = word[1];
    decisionRange = issue.text.rangeOf(word.index, word.index + word[1].length);
    if (word.index < title.length) title = title.slice(0, word.index).replace(TRAILING_PUNCTUATION, '');
  }
  const titleRange = issue.text.rangeOf(0, title.length);
  const guidelines = sectionBody(lines, find('guidelines-relied-upon'));
  const rationale = sectionBody(lines, find('rationale'));
  // Sections may come in any order: the item ends where the last of its parts ends.
  const end = [issue.range.end, guidelines?.range.end, rationale?.range.end]
    .filter((p): p is Range['end'] => p !== undefined)
    .reduce((a, b) => (b.line > a.line || (b.line === a.line && b.character > a.character) ? b : a));
  return [
    {
      index: 0,
      title,
      titleRange,
      titleSegments: issue.text.segmentsOf(0, title.length),
      decision,
      decisionText,
      decisionRange,
      range: { start: titleRange.start, end: decisionRange?.end ?? titleRange.end },
      fullRange: { start: titleRange.start, end },
      guidelines: {
        claimsAdministrator: null,
        maximus: guidelines
          ? { ...sectionLabel(sections, 'guidelines-relied-upon'), text: guidelines.text.text, range: guidelines.range, segments: guidelines.text.segmentList, citation: parseCitation(guidelines.text.text) }
          : null,
      },
      rationale: rationale
        ? { ...sectionLabel(sections, 'rationale'), text: rationale.text.text, range: rationale.range, segments: rationale.text.segmentList }
        : null,
      conclusion: findConclusion(rationale?.text ?? null),
    },
  ];
}
