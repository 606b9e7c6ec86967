// Disputed items of the seed layout: a heading ending in ": Upheld" (possibly wrapped over several
// lines, possibly without a decision), then the Claims Administrator guideline, the MAXIMUS
// guideline and the decision rationale.
import type { Decision, Guideline, Item, Layout, Range } from '../../model';
import { parseCitation } from '../fields/citation';
import { findConclusion } from '../rationale/conclusion';
import type { ItemCache } from './itemCache';
import { JoinedText } from './joined';
import { classifyDecisionWord, matchLabel, type LabelKind } from './labels';
import type { Line } from './lines';
import { matchSectionHeading } from './sections';

// "Title: Upheld", "Title :  Upheld." (spaces before the colon, a period after the decision). The
// tail is `(?:\s*\.)?\s*` rather than `\s*\.?\s*`: two runs of spaces that may split a run of
// spaces between them try every split (quadratic in a line ending "Upheld", spaces, then text).
const HEADING_WITH_WORD = /^(.*?\S)\s*:\s*([A-Za-z][A-Za-z-]*)(?:\s*\.)?\s*$/;
// A decision pushed onto its own line: "Lidoderm 5% patch #30:" then "Upheld".
const DECISION_ALONE = /^(:\s*)?([A-Za-z][A-Za-z-]*)\s*\.?$/;
const INTRO = /^The Final Determination was based on\b|set forth below:?$/i;
/** A heading wraps over at most this many text lines (spacing lines and page furniture not counted). */
const MAX_HEADING_LINES = 4;
// Where a line's trailing colon and the spaces before it start, and where a trailing period and the
// spaces before it start. The look-behind tries each pattern only from the start of a run of spaces:
// from inside one it would match again at every space and scan to the run's end (quadratic: a heading
// holding 96,000 spaces took 34 s). The leftmost match starts at the run's start anyway.
const TRAILING_COLON = /(?<!\s)\s*:$/;
const TRAILING_COLON_AND_SPACES = /(?<!\s)\s*:\s*$/;
const TRAILING_PERIOD = /(?<!\s)\s*\.?$/;
// Last words whose period is an abbreviation's, not a sentence end: "p.o. q.", "b.i.d.", "tab.".
const ABBREVIATION = /^\(?(?:(?:[A-Za-z]\.)+|(?:mg|mcg|ml|tab|tabs|cap|caps|qty|no|approx|sig|disp|inj|hr|hrs|wk|wks)\.)$/i;

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

/** A heading line found by its decision word, before its start is known. */
interface DecisionLine {
  /** Line where the title ends (the decision line, or the one before when the decision stands alone). */
  titleLast: number;
  /** The decision's line. */
  last: number;
  titleEndChar: number;
  decision: Pick<Heading, 'decision' | 'decisionText' | 'decisionRange'>;
}

/** Reuse of the previous parse's items (LetterAnalyzer); the layout is part of what an item is built from. */
export interface ItemReuse {
  cache: ItemCache;
  layout: Layout;
}

/** Items between line indices [from, to). */
export function parseItems(lines: readonly Line[], from: number, to: number, reuse?: ItemReuse): Item[] {
  const labels = collectLabels(lines, from, to);
  const labelAt = new Map<number, LabelAt>(labels.map((l) => [l.index, l]));
  // 1. Headings that carry a decision word (known, misspelt or unknown).
  const headings = decisionHeadings(lines, from, to, labelAt);
  // 2. Label groups with no heading since the previous group: the text block before them is a heading without a decision.
  const withDecision = headings.length;
  const decisionAt = new Set(headings.map((d) => d.last));
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
    const first = headingStart(lines, last, from, (j) => labelAt.has(j) || decisionAt.has(j));
    const text = lines[last].text.replace(TRAILING_COLON, '');
    headings.push(makeHeading(lines, first, last, lines[last].start + text.length, { decision: null, decisionText: '', decisionRange: null }));
  }
  headings.sort((a, b) => a.first - b.first);
  return buildItems(lines, headings, labels, to, reuse);
}

/** Headings in [from, to) that end in a decision word, in order (the earlier layout uses them too). */
export function decisionHeadings(lines: readonly Line[], from: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): Heading[] {
  const found: DecisionLine[] = [];
  for (let i = from; i < to; i++) {
    const d = decisionLine(lines, i, from, to, labelAt);
    if (d) found.push(d);
  }
  // A heading's earlier lines stop at the line of the heading before it.
  const decisionAt = new Set<number>(found.map((d) => d.last));
  const stop = (j: number) => labelAt.has(j) || decisionAt.has(j);
  return found.map((d) => makeHeading(lines, headingStart(lines, d.titleLast, from, stop), d.titleLast, d.titleEndChar, d.decision, d.last));
}

function decisionLine(lines: readonly Line[], i: number, from: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): DecisionLine | null {
  const l = lines[i];
  if (l.kind !== 'content' || labelAt.has(i)) return null;
  // The word is the line's last, before an optional period.
  const decisionAt = (word: string): Range => {
    const start = l.start + l.text.length - TRAILING_PERIOD.exec(l.text)![0].length - word.length;
    return { start: { line: l.line, character: start }, end: { line: l.line, character: start + word.length } };
  };
  const alone = l.text.length <= 16 ? DECISION_ALONE.exec(l.text) : null;
  if (alone) {
    const word = classifyDecisionWord(alone[2]);
    if (!word) return null;
    const prev = previousTextLine(lines, i, from);
    if (prev < 0 || labelAt.has(prev) || isIntro(lines[prev].text) || matchSectionHeading(lines[prev].text)) return null;
    // The title line must end in the colon, or the decision's line start with it.
    const p = lines[prev];
    if (!alone[1] && !p.text.endsWith(':')) return null;
    if (!word.known && !nextContentIsLabel(lines, i, to, labelAt)) return null;
    const title = p.text.replace(TRAILING_COLON, '');
    return { titleLast: prev, last: i, titleEndChar: p.start + title.length, decision: { decision: word.decision, decisionText: alone[2], decisionRange: decisionAt(alone[2]) } };
  }
  if (l.text.indexOf(':') < 0) return null;
  const m = HEADING_WITH_WORD.exec(l.text);
  if (!m) return null;
  const word = classifyDecisionWord(m[2]);
  if (!word) return null;
  // A misspelt or unknown word only counts when an item's labels follow.
  if (!word.known && !nextContentIsLabel(lines, i, to, labelAt)) return null;
  return { titleLast: i, last: i, titleEndChar: m[1].length + l.start, decision: { decision: word.decision, decisionText: m[2], decisionRange: decisionAt(m[2]) } };
}

/** Builds items from headings in order; each item runs to the next heading. */
export function buildItems(lines: readonly Line[], headings: readonly Heading[], labels: readonly LabelAt[], to: number, reuse?: ItemReuse): Item[] {
  const items: Item[] = [];
  let k = 0;
  for (let h = 0; h < headings.length; h++) {
    const head = headings[h];
    const end = h + 1 < headings.length ? headings[h + 1].first : to;
    while (k < labels.length && labels[k].index <= head.last) k++;
    const own: LabelAt[] = [];
    for (let j = k; j < labels.length && labels[j].index < end; j++) own.push(labels[j]);
    const index = items.length;
    items.push(
      reuse
        ? reuse.cache.item(reuse.layout, lines, head, end, own, index, () => buildItem(lines, head, end, own, index))
        : buildItem(lines, head, end, own, index),
    );
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

function nextContentIsLabel(lines: readonly Line[], i: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): boolean {
  for (let j = i + 1; j < to; j++) if (lines[j].kind === 'content') return labelAt.has(j);
  return false;
}

/**
 * Walks back over a wrapped heading's earlier lines. The heading starts after a blank line, a label,
 * the section's intro, a section heading, another heading, or the sentence that ended the previous
 * rationale; a colon or an abbreviation's period inside the heading does not stop it.
 */
function headingStart(lines: readonly Line[], last: number, from: number, stop: (j: number) => boolean): number {
  let first = last;
  let count = 1;
  for (let j = last - 1; j >= from && count < MAX_HEADING_LINES; j--) {
    const l = lines[j];
    if (l.kind === 'skip') continue;
    if (l.kind === 'blank' || stop(j) || isIntro(l.text) || matchSectionHeading(l.text) || endsSentence(l.text)) break;
    first = j;
    count++;
  }
  return first;
}

/** True when the line ends a sentence (not merely an abbreviation). */
function endsSentence(text: string): boolean {
  if (!/[.?!]["'”)\]]*$/.test(text)) return false;
  return !ABBREVIATION.test(text.slice(text.lastIndexOf(' ') + 1));
}

/** The text line before `i`, over spacing lines only; -1 at a blank line or the start. */
function previousTextLine(lines: readonly Line[], i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) {
    if (lines[j].kind === 'content') return j;
    if (lines[j].kind === 'blank') return -1;
  }
  return -1;
}

/** A heading whose title runs from line `first` to `titleEndChar` on line `titleLast`; `last` is the decision's line. */
export function makeHeading(
  lines: readonly Line[],
  first: number,
  titleLast: number,
  titleEndChar: number,
  decision: Pick<Heading, 'decision' | 'decisionText' | 'decisionRange'>,
  last = titleLast,
): Heading {
  const parts = lines.slice(first, titleLast + 1).map((l) =>
    l.line === lines[titleLast].line ? { line: l.line, kind: l.kind, raw: l.raw, start: l.start, text: l.text.slice(0, Math.max(0, titleEndChar - l.start)) } : l,
  );
  // Fields written out: an object spread followed by more fields took a slow path in V8 (profiled).
  return { first, last, title: JoinedText.fromLines(parts), decision: decision.decision, decisionText: decision.decisionText, decisionRange: decision.decisionRange };
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
    const { label, labelRange } = labelOf(lines, lab);
    // The block starts where its label does: one position object for both.
    return { label, labelRange, text, range: { start: labelRange.start, end: lineEnd(lines[last]) }, segments: body.segmentList, citation: parseCitation(text) };
  };
  const rationaleLabel = own.find((l) => l.kind === 'rationale');
  let rationale: Item['rationale'] = null;
  let rationaleText: JoinedText | null = null;
  if (rationaleLabel) {
    const last = lastContent(lines, rationaleLabel.index, end);
    rationaleText = JoinedText.fromLines(lines.slice(rationaleLabel.index, last + 1), lines[rationaleLabel.index].start + rationaleLabel.length);
    const { label, labelRange } = labelOf(lines, rationaleLabel);
    rationale = {
      label,
      labelRange,
      text: rationaleText.text,
      range: { start: labelRange.start, end: lineEnd(lines[last]) },
      segments: rationaleText.segmentList,
    };
  }
  const title = head.title.text.replace(TRAILING_COLON_AND_SPACES, '');
  const titleRange = head.title.rangeOf(0, title.length);
  const headingEnd = head.decisionRange?.end ?? titleRange.end;
  const lastLine = lastContent(lines, head.last, end);
  // The item usually ends where its rationale and its concluding sentence do: one position object.
  const itemEnd = rationale && rationale.range.end.line === lines[lastLine].line ? rationale.range.end : lineEnd(lines[lastLine]);
  const conclusion = findConclusion(rationaleText);
  if (conclusion.range && samePosition(conclusion.range.end, itemEnd)) conclusion.range.end = itemEnd;
  return {
    index,
    title,
    titleRange,
    titleSegments: head.title.segmentsOf(0, title.length),
    decision: head.decision,
    decisionText: head.decisionText,
    decisionRange: head.decisionRange,
    range: { start: titleRange.start, end: headingEnd },
    fullRange: { start: titleRange.start, end: itemEnd },
    guidelines: { claimsAdministrator: guideline('claimsAdministrator'), maximus: guideline('maximus') },
    rationale,
    conclusion,
  };
}

function samePosition(a: Range['end'], b: Range['end']): boolean {
  return a.line === b.line && a.character === b.character;
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
