// Counts as people read them, one wording everywhere (CLI totals, summaries, CSV TOTAL row, the
// tree, its badge, the status bar, the overview): "no decision" for an item whose heading has no
// decision word, and "info" as a mass noun ("3 info", never "3 infos").

/** "1 letter", "3 letters". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The term for an item without a decision, in lists and counts. */
export const NO_DECISION_TERM = 'no decision';

export interface DecisionTally {
  upheld: number;
  overturned: number;
  undecided: number;
}

/** How many items are Upheld, Overturned, and have no decision. */
export function tallyDecisions(items: readonly { decision: 'Upheld' | 'Overturned' | null }[]): DecisionTally {
  const upheld = items.filter((i) => i.decision === 'Upheld').length;
  const overturned = items.filter((i) => i.decision === 'Overturned').length;
  return { upheld, overturned, undecided: items.length - upheld - overturned };
}

/** "4 upheld, 2 overturned, 1 with no decision" (the last part only when there is one). */
export function decisionCounts(c: DecisionTally, separator = ', '): string {
  const parts = [`${c.upheld} upheld`, `${c.overturned} overturned`];
  if (c.undecided > 0) parts.push(`${c.undecided} with ${NO_DECISION_TERM}`);
  return parts.join(separator);
}

/** "1 error, 2 warnings, 0 info": every severity, zeros included (the totals of a check). */
export function severityText(c: { errors: number; warnings: number; infos: number }): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${c.infos} info`;
}

/** "2 errors, 1 info, 1 ignored": the severities present, then the ignored ('' when none). */
export function problemText(n: { errors: number; warnings: number; infos: number; ignored?: number }): string {
  const parts: string[] = [];
  if (n.errors) parts.push(plural(n.errors, 'error'));
  if (n.warnings) parts.push(plural(n.warnings, 'warning'));
  if (n.infos) parts.push(`${n.infos} info`);
  if (n.ignored) parts.push(`${n.ignored} ignored`);
  return parts.join(', ');
}
