// Disputed items of the seed layout: a heading ending in ": Upheld" (possibly wrapped over several
// lines, possibly without a decision), then the Claims Administrator guideline, the MAXIMUS
// guideline and the decision rationale.
import type { Decision, Guideline, Item, Range } from '../model';
import { parseCitation } from './citation';
import { findConclusion } from './conclusion';
import { JoinedText } from './joined';
import { classifyDecisionWord, matchLabel, type LabelKind } from './labels';
import type { Line } from './lines';
import { matchSectionHeading } from './sections';

const HEADING_WITH_WORD = /^(.*?\S)\s*:\s*([A-Za-z][A-Za-z-]*)\s*$/;
const INTRO = /^The Final Determination was based on\b|set forth below:?$/i;
const MAX_HEADING_LINES = 4;

export interface Heading {
  first: number;
  last: number;
  title: JoinedText;
  decision: Decision | null;
  decisionText: string;
  decisionRange: Range | null;
}

export interface LabelAt {
  index: number;
  kind: LabelKind;
  length: number;
}

/** Items between line indices [from, to). */
export function parseItems(lines: readonly Line[], from: number, to: number): Item[] {
  const labels = collectLabels(lines, from, to);
  const labelAt = new Map<number, LabelAt>(labels.map((l) => [l.index, l]));
  const headings: Heading[] = [];
  // 1. Headings that carry a decision word (known, misspelt or unknown).
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind !== 'content' || labelAt.has(i)) continue;
    if (l.text.indexOf(':') < 0) continue;
    const m = HEADING_WITH_WORD.exec(l.text);
    if (!m) continue;
    const word = classifyDecisionWord(m[2]);
    if (!word) continue;
    // A misspelt or unknown word only counts when an item's labels follow.
    if (!word.known && !nextContentIsLabel(lines, i, to, labelAt)) continue;
    const wordStart = l.start + l.text.length - m[2].length;
    const first = headingStart(lines, i, from, labelAt);
    headings.push(makeHeading(lines, first, i, m[1].length + l.start, {
      decision: word.decision,
      decisionText: m[2],
      decisionRange: { start: { line: l.line, character: wordStart }, end: { line: l.line, character: wordStart + m[2].length } },
    }));
  }
  // 2. Label groups with no heading since the previous group: the text block before them is a heading without a decision.
  const withDecision = headings.length;
  let h = 0;
  let previousGroup = from - 1;
  for (let k = 0; k < labels.length; k++) {
    const lab = labels[k];
    if (k > 0 && !startsNewGroup(labels[k - 1], lab)) continue;
    let hasHeading = false;
    while (h < withDecision && headings[h].last < lab.index) {
      if (headings[h].last > previousGroup) hasHeading = true;
      h++;
    }
    previousGroup = lab.index;
    if (hasHeading) continue;
    const last = previousContent(lines, lab.index, from);
    if (last < 0 || labelAt.has(last) || isIntro(lines[last].text) || matchSectionHeading(lines[last].text)) continue;
    // Without a blank line or a colon it is more likely the end of the previous rationale than a heading.
    if (/\.$/.test(lines[last].text) || (!hasBlankBetween(lines, last, lab.index) && !/:$/.test(lines[last].text))) continue;
    const first = headingStart(lines, last, from, labelAt);
    const text = lines[last].text.replace(/\s*:$/, '');
    headings.push(makeHeading(lines, first, last, lines[last].start + text.length, { decision: null, decisionText: '', decisionRange: null }));
  }
  headings.sort((a, b) => a.first - b.first);
  return buildItems(lines, headings, labels, to);
}

/** Builds items from headings in order; each item runs to the next heading. */
export function buildItems(lines: readonly Line[], headings: readonly Heading[], labels: readonly LabelAt[], to: number): Item[] {
  const items: Item[] = [];
  let k = 0;
  for (let h = 0; h < headings.length; h++) {
    const head = headings[h];
    const end = h + 1 < headings.length ? headings[h + 1].first : to;
    while (k < labels.length && labels[k].index <= head.last) k++;
    const own: LabelAt[] = [];
    for (let j = k; j < labels.length && labels[j].index < end; j++) own.push(labels[j]);
    items.push(buildItem(lines, head, end, own, items.length));
  }
  return items;
}

/** Labels in [from, to), in order. */
export function collectLabels(lines: readonly Line[], from: number, to: number): LabelAt[] {
  const labels: LabelAt[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind !== 'content') continue;
    const label = matchLabel(l.text);
    if (label) labels.push({ index: i, kind: label.kind, length: label.length });
  }
  return labels;
}

/** A new group starts at a Claims Administrator label, or when a label kind repeats or goes backwards. */
function startsNewGroup(prev: LabelAt, cur: LabelAt): boolean {
  const order: Record<LabelKind, number> = { claimsAdministrator: 0, maximus: 1, rationale: 2 };
  return order[cur.kind] <= order[prev.kind];
}

function isIntro(text: string): boolean {
  return INTRO.test(text);
}

function previousContent(lines: readonly Line[], i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) {
    if (lines[j].kind === 'content') return j;
  }
  return -1;
}

function hasBlankBetween(lines: readonly Line[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (lines[j].kind === 'blank') return true;
  return false;
}

function nextContentIsLabel(lines: readonly Line[], i: number, to: number, labelAt: Map<number, LabelAt>): boolean {
  for (let j = i + 1; j < to; j++) if (lines[j].kind === 'content') return labelAt.has(j);
  return false;
}

/** Walks back over a wrapped heading's earlier lines: up to a blank line, a label, the intro or a finished sentence. */
function headingStart(lines: readonly Line[], last: number, from: number, labelAt: Map<number, LabelAt>): number {
  let first = last;
  for (let j = last - 1; j >= from && last - j < MAX_HEADING_LINES; j--) {
    const l = lines[j];
    if (l.kind === 'skip') continue;
    if (l.kind === 'blank' || labelAt.has(j) || isIntro(l.text) || matchSectionHeading(l.text)) break;
    if (/[.:]$/.test(l.text)) break;
    first = j;
  }
  return first;
}

export function makeHeading(
  lines: readonly Line[],
  first: number,
  last: number,
  titleEndChar: number,
  decision: Pick<Heading, 'decision' | 'decisionText' | 'decisionRange'>,
): Heading {
  const parts = lines.slice(first, last + 1).map((l) =>
    l.line === lines[last].line ? { ...l, text: l.text.slice(0, Math.max(0, titleEndChar - l.start)) } : l,
  );
  return { first, last, title: JoinedText.fromLines(parts), ...decision };
}

function buildItem(lines: readonly Line[], head: Heading, end: number, own: readonly LabelAt[], index: number): Item {
  const guideline = (kind: LabelKind): Guideline | null => {
    const lab = own.find((l) => l.kind === kind);
    if (!lab) return null;
    const stop = own.find((l) => l.index > lab.index)?.index ?? end;
    let last = lab.index;
    for (let j = lab.index + 1; j < stop; j++) {
      if (lines[j].kind === 'blank') break;
      if (lines[j].kind === 'content') last = j;
    }
    const body = JoinedText.fromLines(lines.slice(lab.index, last + 1), lines[lab.index].start + lab.length);
    const text = body.text;
    return { ...labelOf(lines, lab), text, range: spanRange(lines, lab.index, last), segments: body.segmentList, citation: parseCitation(text) };
  };
  const rationaleLabel = own.find((l) => l.kind === 'rationale');
  let rationale: Item['rationale'] = null;
  let rationaleText: JoinedText | null = null;
  if (rationaleLabel) {
    const last = lastContent(lines, rationaleLabel.index, end);
    rationaleText = JoinedText.fromLines(lines.slice(rationaleLabel.index, last + 1), lines[rationaleLabel.index].start + rationaleLabel.length);
    rationale = {
      ...labelOf(lines, rationaleLabel),
      text: rationaleText.text,
      range: spanRange(lines, rationaleLabel.index, last),
      segments: rationaleText.segmentList,
    };
  }
  const title = head.title.text.replace(/\s*:\s*$/, '');
  const titleRange = head.title.rangeOf(0, title.length);
  const headingEnd = head.decisionRange?.end ?? titleRange.end;
  const lastLine = lastContent(lines, head.last, end);
  return {
    index,
    title,
    titleRange,
    titleSegments: head.title.segmentsOf(0, title.length),
    decision: head.decision,
    decisionText: head.decisionText,
    decisionRange: head.decisionRange,
    range: { start: titleRange.start, end: headingEnd },
    fullRange: { start: titleRange.start, end: lineEnd(lines[lastLine]) },
    guidelines: { claimsAdministrator: guideline('claimsAdministrator'), maximus: guideline('maximus') },
    rationale,
    conclusion: findConclusion(rationaleText),
  };
}

/** The label as written and its range (the earlier layout's long labels included). */
function labelOf(lines: readonly Line[], lab: LabelAt): { label: string; labelRange: Range } {
  const l = lines[lab.index];
  const label = l.text.slice(0, lab.length).trimEnd();
  return { label, labelRange: { start: { line: l.line, character: l.start }, end: { line: l.line, character: l.start + label.length } } };
}

function lastContent(lines: readonly Line[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (lines[j].kind === 'content') return j;
  return from;
}

function lineEnd(l: Line): Range['end'] {
  return { line: l.line, character: l.start + l.text.length };
}

function spanRange(lines: readonly Line[], a: number, b: number): Range {
  return { start: { line: lines[a].line, character: lines[a].start }, end: lineEnd(lines[b]) };
}
