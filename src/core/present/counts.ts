// Decision totals as people read them: the summaries' totals and the CSV's TOTAL row. (The
// findings' totals, "1 error, 2 warnings, 0 info", and `plural` are summary/text.ts's severityText.)

/** "4 upheld, 2 overturned, 1 without a decision". */
export function decisionCounts(c: { upheld: number; overturned: number; undecided: number }): string {
  return `${c.upheld} upheld, ${c.overturned} overturned, ${c.undecided} without a decision`;
}
