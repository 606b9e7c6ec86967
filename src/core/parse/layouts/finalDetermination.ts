// Items of the final-determination layout (the samples'): a heading ending in ": Upheld" (possibly
// wrapped over several lines, possibly without a decision), then the Claims Administrator
// guideline, the MAXIMUS guideline and the decision rationale.
import type { Item } from '../../model';
import { buildItems, type ItemBuild } from '../items/build';
import { collectLabels, decisionHeadings, endsSentence, headingWithoutDecision, introductionEnd, isSectionHeading, type LabelAt } from '../structure/headings';
import type { LabelKind } from '../structure/labels';
import type { Line } from '../structure/lines';

/** Items between line indices [from, to). */
export function parseFinalDeterminationItems(lines: readonly Line[], from: number, to: number, build: ItemBuild): Item[] {
  const labels = collectLabels(lines, from, to);
  const labelAt = new Map<number, LabelAt>(labels.map((l) => [l.index, l]));
  // No heading reaches back into the section's introduction (found by its role: see introductionEnd).
  const start = introductionEnd(lines, from, to, labelAt);
  // 1. Headings that carry a decision word (known, misspelt or unknown).
  const headings = decisionHeadings(lines, from, to, labelAt);
  // 2. Label groups with no heading since the previous group: the text block before them is a heading without a decision.
  const withDecision = headings.length;
  const decisionAt = new Set(headings.map((d) => d.last));
  // Text without a single blank line (pdftotext writes none) cannot show one before a heading.
  const dense = !hasBlankBetween(lines, start - 1, previousContent(lines, to, start));
  let h = 0;
  let previousGroup = start - 1;
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
    const last = previousContent(lines, lab.index, start);
    if (last < 0 || labelAt.has(last) || isSectionHeading(lines[last].text)) continue;
    // A finished sentence, or (where blank lines are written) a line without a blank line or a colon
    // before the labels, is more likely the end of the previous rationale than a heading.
    if (endsSentence(lines[last].text) || (!dense && !hasBlankBetween(lines, last, lab.index) && !/:$/.test(lines[last].text))) continue;
    headings.push(headingWithoutDecision(lines, last, start, (j) => labelAt.has(j) || decisionAt.has(j)));
  }
  headings.sort((a, b) => a.first - b.first);
  return buildItems(lines, headings, labels, to, build);
}

/** A new group starts at a Claims Administrator label, or when a label kind repeats or goes backwards. */
function startsNewGroup(prev: LabelAt, cur: LabelAt): boolean {
  const order: Record<LabelKind, number> = { claimsAdministrator: 0, maximus: 1, rationale: 2 };
  return order[cur.kind] <= order[prev.kind];
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
