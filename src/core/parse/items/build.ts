// An item built from its heading and the labels under it: the guideline blocks with their
// citations, the rationale and the conclusion read from it. Every layout that has labels builds
// its items here (parse/layouts/).
import type { Guideline, Item, Range } from '../../model';
import type { SentenceMemo } from '../../text/sentences';
import { parseCitation } from '../fields/citation';
import { findConclusion } from '../rationale/conclusion';
import type { Heading, LabelAt } from '../structure/headings';
import { JoinedText } from '../structure/joined';
import type { LabelKind } from '../structure/labels';
import type { Line } from '../structure/lines';
import type { ItemReuse } from './cache';
import type { PageBreaks } from './pages';

// Where a title's trailing colon and the spaces around it start; the look-behind tries the pattern
// only from the start of a run of spaces (from inside one it scanned to the run's end: quadratic).
const TRAILING_COLON_AND_SPACES = /(?<!\s)\s*:\s*$/;

/** What the items of one parse share. */
export interface ItemBuild {
  /** Each rationale split into sentences once, for the conclusion reader and then the rules. */
  sentences: SentenceMemo;
  /** The previous parse's items (LetterAnalyzer). */
  reuse?: ItemReuse;
  /** The text's page breaks: each item's page. */
  pages: PageBreaks;
}

/** Builds items from headings in order; each item runs to the next heading, the last to line `to`. */
export function buildItems(lines: readonly Line[], headings: readonly Heading[], labels: readonly LabelAt[], to: number, build: ItemBuild): Item[] {
  const { reuse, sentences, pages } = build;
  const items: Item[] = [];
  let k = 0;
  for (let h = 0; h < headings.length; h++) {
    const head = headings[h];
    const end = h + 1 < headings.length ? headings[h + 1].first : to;
    while (k < labels.length && labels[k].index <= head.last) k++;
    const own: LabelAt[] = [];
    for (let j = k; j < labels.length && labels[j].index < end; j++) own.push(labels[j]);
    const index = items.length;
    // The page the heading starts on; a page break inserted above an item moves it without changing its lines.
    const page = pages.pageAt(head.title.rangeOf(0, 0).start);
    items.push(
      reuse
        ? reuse.cache.item(reuse.layout, lines, head, end, own, index, page, () => buildItem(lines, head, end, own, index, page, sentences))
        : buildItem(lines, head, end, own, index, page, sentences),
    );
  }
  return items;
}

function buildItem(lines: readonly Line[], head: Heading, end: number, own: readonly LabelAt[], index: number, page: number | null, sentences: SentenceMemo): Item {
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
  if (rationaleLabel) {
    const last = lastContent(lines, rationaleLabel.index, end);
    const rationaleText = JoinedText.fromLines(lines.slice(rationaleLabel.index, last + 1), lines[rationaleLabel.index].start + rationaleLabel.length);
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
  const conclusion = findConclusion(rationale, sentences);
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
    page,
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
