// The decisions of many letters counted three ways: by treatment category (from the lexicon), by
// treatment and by the guideline source the reviewer relied on. Plain data for the editor's
// overview (and anything else that wants the totals). Each row names its items, so what a row
// lists is what it counted.
import { CATEGORY_LABELS } from '../lexicon/categories';
import { itemTreatment } from '../lexicon/treatment';
import type { Item } from '../model';
import { addCounts, countReport, zeroCounts, type LetterReport } from './report';

/** An item of a row: the letter's position in the reports summarized, the item's in its letter. */
export interface OverviewItemRef {
  letter: number;
  item: number;
}

export interface OverviewRow {
  key: string;
  upheld: number;
  overturned: number;
  undecided: number;
  total: number;
  /** The row's items, in the reports' order. */
  items: OverviewItemRef[];
}

export interface DecisionsOverview {
  letters: number;
  items: number;
  upheld: number;
  overturned: number;
  undecided: number;
  byCategory: OverviewRow[];
  byTreatment: OverviewRow[];
  bySource: OverviewRow[];
}

const UNCATEGORISED = 'not in the treatment lexicon';

/** The guideline sources the reviewer (MAXIMUS guideline) relied on; "None cited" when none. */
function sourceGroups(item: Item): string[] {
  const sources = item.guidelines.maximus?.citation.sources ?? [];
  return sources.length ? sources.map((s) => (s === 'other' ? 'Other' : s)) : ['None cited'];
}

function tally(rows: Map<string, OverviewRow>, key: string, item: Item, ref: OverviewItemRef): void {
  const row = rows.get(key) ?? { key, upheld: 0, overturned: 0, undecided: 0, total: 0, items: [] };
  if (item.decision === 'Upheld') row.upheld++;
  else if (item.decision === 'Overturned') row.overturned++;
  else row.undecided++;
  row.total++;
  row.items.push(ref);
  rows.set(key, row);
}

/** Most items first, then by name (code-unit order, so the result never depends on the locale). */
const byTotal = (a: OverviewRow, b: OverviewRow) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function summarizeDecisions(reports: readonly LetterReport[]): DecisionsOverview {
  const category = new Map<string, OverviewRow>();
  const treatment = new Map<string, OverviewRow>();
  const source = new Map<string, OverviewRow>();
  reports.forEach((r, letter) => {
    r.letter.items.forEach((item, i) => {
      const ref = { letter, item: i };
      const t = itemTreatment(item.title);
      tally(category, t.category ? CATEGORY_LABELS[t.category] : UNCATEGORISED, item, ref);
      tally(treatment, t.name, item, ref);
      for (const s of sourceGroups(item)) tally(source, s, item, ref);
    });
  });
  // The same tally as the JSON and CSV totals.
  const total = reports.reduce((t, r) => addCounts(t, countReport(r)), zeroCounts());
  return {
    letters: reports.length,
    items: total.items,
    upheld: total.upheld,
    overturned: total.overturned,
    undecided: total.undecided,
    byCategory: [...category.values()].sort(byTotal),
    byTreatment: [...treatment.values()].sort(byTotal),
    bySource: [...source.values()].sort(byTotal),
  };
}
