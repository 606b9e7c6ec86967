// The decisions of many letters counted three ways: by treatment category (from the lexicon), by
// treatment and by the guideline source the reviewer relied on. Plain data for the editor's
// overview (and anything else that wants the totals).
import { CATEGORY_LABELS } from '../lexicon/categories';
import { itemTreatment } from '../lexicon/treatment';
import type { Item } from '../model';
import { addCounts, countReport, zeroCounts, type LetterReport } from './report';

export interface OverviewRow {
  key: string;
  upheld: number;
  overturned: number;
  undecided: number;
  total: number;
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

function tally(rows: Map<string, OverviewRow>, key: string, item: Item): void {
  const row = rows.get(key) ?? { key, upheld: 0, overturned: 0, undecided: 0, total: 0 };
  if (item.decision === 'Upheld') row.upheld++;
  else if (item.decision === 'Overturned') row.overturned++;
  else row.undecided++;
  row.total++;
  rows.set(key, row);
}

/** Most items first, then by name (code-unit order, so the result never depends on the locale). */
const byTotal = (a: OverviewRow, b: OverviewRow) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export function summarizeDecisions(reports: readonly LetterReport[]): DecisionsOverview {
  const category = new Map<string, OverviewRow>();
  const treatment = new Map<string, OverviewRow>();
  const source = new Map<string, OverviewRow>();
  for (const r of reports) {
    for (const item of r.letter.items) {
      const t = itemTreatment(item.title);
      tally(category, t.category ? CATEGORY_LABELS[t.category] : UNCATEGORISED, item);
      tally(treatment, t.name, item);
      for (const s of sourceGroups(item)) tally(source, s, item);
    }
  }
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
