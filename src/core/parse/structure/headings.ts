// Item headings and their decision words: "Title: Upheld" (possibly wrapped over several lines, the
// decision possibly on a line of its own), and the labels that open an item's blocks. What an item
// holds is built from these in parse/items/build.ts; each layout finds its own headings with them
// (parse/layouts/).
import { findTreatments } from '../../lexicon/lookup';
import type { Decision, Range } from '../../model';
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
/** A heading wraps over at most this many text lines (spacing lines and page furniture not counted). */
const MAX_HEADING_LINES = 4;
/** The section's introduction wraps over at most this many text lines, and is at most this long. */
const MAX_INTRO_LINES = 4;
const MAX_INTRO_CHARS = 400;
// Where a line's trailing colon and the spaces before it start, and where a trailing period and the
// spaces before it start. The look-behind tries each pattern only from the start of a run of spaces:
// from inside one it would match again at every space and scan to the run's end (quadratic: a heading
// holding 96,000 spaces took 34 s). The leftmost match starts at the run's start anyway.
const TRAILING_COLON = /(?<!\s)\s*:$/;
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

type HeadingDecision = Pick<Heading, 'decision' | 'decisionText' | 'decisionRange'>;

/** A heading line found by its decision word, before its start is known. */
interface DecisionLine {
  /** Line where the title ends (the decision line, or the one before when the decision stands alone). */
  titleLast: number;
  /** The decision's line. */
  last: number;
  titleEndChar: number;
  decision: HeadingDecision;
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

/** Headings in [from, to) that end in a decision word, in order (known, misspelt or unknown). */
export function decisionHeadings(lines: readonly Line[], section: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): Heading[] {
  // No heading reaches back into the section's introduction.
  const from = introductionEnd(lines, section, to, labelAt);
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

/**
 * The heading without a decision whose title ends on line `last` (its trailing colon dropped),
 * started where its earlier lines stop: see headingStart; `stop` marks other headings and labels.
 */
export function headingWithoutDecision(lines: readonly Line[], last: number, from: number, stop: (j: number) => boolean): Heading {
  const first = headingStart(lines, last, from, stop);
  const text = lines[last].text.replace(TRAILING_COLON, '');
  return makeHeading(lines, first, last, lines[last].start + text.length, { decision: null, decisionText: '', decisionRange: null });
}

/** A section heading: never part of an item heading. */
export function isSectionHeading(text: string): boolean {
  return Boolean(matchSectionHeading(text));
}

/**
 * The index of the first line after the introduction of the section whose body starts at line
 * `from`, or `from` when it has none. The introduction is found by its role, not its wording: the
 * sentence right after the section heading that ends in a colon ("The Final Determination was based
 * on decisions for the disputed items/services set forth" / "below:"), possibly wrapped. Without a
 * blank line after it (a dense extraction) it would otherwise open the first item's title. It is not
 * a heading: no line of it is a label, a section heading, a heading with its decision or the end of
 * a sentence; the line after its colon is neither a label nor a decision on its own (then the colon
 * ended a title); and it names no treatment (a first heading wrapped after a colon,
 * "Compounded topical cream:" / "Lidocaine 5% 120 grams: Upheld", does).
 */
export function introductionEnd(lines: readonly Line[], from: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): number {
  let first = -1;
  let count = 0;
  for (let j = from; j < to && count < MAX_INTRO_LINES; j++) {
    const l = lines[j];
    if (l.kind === 'skip' || (l.kind === 'blank' && first < 0)) continue;
    if (l.kind === 'blank' || labelAt.has(j) || isSectionHeading(l.text) || endsSentence(l.text) || decisionLine(lines, j, from, to, labelAt)) return from;
    if (first < 0) first = j;
    count++;
    if (!l.text.endsWith(':')) continue;
    const next = nextContent(lines, j, to);
    if (next < 0 || labelAt.has(next) || isLoneDecision(lines[next].text)) return from;
    const block = lines.slice(first, j + 1).filter((b) => b.kind === 'content');
    if (block.reduce((n, b) => n + b.text.length, 0) > MAX_INTRO_CHARS) return from;
    if (findTreatments(JoinedText.fromLines(block).text).length > 0) return from;
    return j + 1;
  }
  return from;
}

function nextContent(lines: readonly Line[], i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if (lines[j].kind === 'content') return j;
  return -1;
}

function isLoneDecision(text: string): boolean {
  const alone = text.length <= 16 ? DECISION_ALONE.exec(text) : null;
  return Boolean(alone && classifyDecisionWord(alone[2]));
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
    if (prev < 0 || labelAt.has(prev) || isSectionHeading(lines[prev].text)) return null;
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

function nextContentIsLabel(lines: readonly Line[], i: number, to: number, labelAt: ReadonlyMap<number, LabelAt>): boolean {
  const next = nextContent(lines, i, to);
  return next >= 0 && labelAt.has(next);
}

/**
 * Walks back over a wrapped heading's earlier lines, down to line `from` (after the section's
 * introduction). The heading starts after a blank line, a label, a section heading, another heading,
 * or the sentence that ended the previous rationale; a colon or an abbreviation's period inside the
 * heading does not stop it.
 */
function headingStart(lines: readonly Line[], last: number, from: number, stop: (j: number) => boolean): number {
  let first = last;
  let count = 1;
  for (let j = last - 1; j >= from && count < MAX_HEADING_LINES; j--) {
    const l = lines[j];
    if (l.kind === 'skip') continue;
    if (l.kind === 'blank' || stop(j) || isSectionHeading(l.text) || endsSentence(l.text)) break;
    first = j;
    count++;
  }
  return first;
}

/** True when the line ends a sentence (not merely an abbreviation). */
export function endsSentence(text: string): boolean {
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
function makeHeading(lines: readonly Line[], first: number, titleLast: number, titleEndChar: number, decision: HeadingDecision, last = titleLast): Heading {
  const parts = lines.slice(first, titleLast + 1).map((l) =>
    l.line === lines[titleLast].line ? { line: l.line, kind: l.kind, raw: l.raw, start: l.start, text: l.text.slice(0, Math.max(0, titleEndChar - l.start)) } : l,
  );
  // Fields written out: an object spread followed by more fields took a slow path in V8 (profiled).
  return { first, last, title: JoinedText.fromLines(parts), decision: decision.decision, decisionText: decision.decisionText, decisionRange: decision.decisionRange };
}
