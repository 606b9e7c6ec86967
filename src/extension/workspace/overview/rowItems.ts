// What a click on a row of the decisions overview lists: the row's items (all, or those of one
// decision), read from the rows summarizeDecisions counted, so a row lists exactly what it counts.
// The webview's message is checked here against the rows shown: it is never trusted. No `vscode`.
import { decisionCounts, NO_DECISION_TERM, plural, type Decision, type DecisionsOverview, type LetterReport, type OverviewRow, type Range } from '../../../core/light';
import { escapeIcons } from '../../shared/iconText';

/** The overview's tables, by the name the webview posts. */
export const OVERVIEW_TABLES = {
  category: { rows: 'byCategory', caption: 'By treatment category', name: 'treatment category' },
  treatment: { rows: 'byTreatment', caption: 'By treatment', name: 'treatment' },
  source: { rows: 'bySource', caption: 'By guideline source (MAXIMUS guideline)', name: 'guideline source' },
} as const;

export type OverviewTable = keyof typeof OVERVIEW_TABLES;

/** A decision a count stands for: 'none' for the items with no decision. */
export type DecisionChoice = 'Upheld' | 'Overturned' | 'none';

export const DECISION_CHOICES: readonly DecisionChoice[] = ['Upheld', 'Overturned', 'none'];

/** A row of a table, and the decision of the count clicked (none: the whole row). */
export interface RowChoice {
  table: OverviewTable;
  key: string;
  decision?: DecisionChoice;
}

/** What the overview keeps of an item to list and open it: no letter text beyond its title. */
export interface OverviewItem {
  /** The letter's workspace-relative path. */
  file: string;
  /** The document to open (URI string): a PDF's `imr-pdf` document, else the letter's file. */
  documentKey: string;
  index: number;
  title: string;
  decision: Decision | null;
  /** The heading, where the letter opens. */
  range: Range;
  page: number | null;
}

/** Per letter, in the order the reports were summarized (the rows' item references index it). */
export type OverviewLetters = readonly (readonly OverviewItem[])[];

export function overviewLettersOf(reports: readonly (LetterReport & { documentKey: string })[]): OverviewItem[][] {
  return reports.map((r) => r.letter.items.map((i) => ({
    file: r.file, documentKey: r.documentKey, index: i.index, title: i.title, decision: i.decision, range: i.range, page: i.page,
  })));
}

const isTable = (t: unknown): t is OverviewTable => typeof t === 'string' && Object.prototype.hasOwnProperty.call(OVERVIEW_TABLES, t);

export function rowOf(data: DecisionsOverview, table: OverviewTable, key: string): OverviewRow | undefined {
  return data[OVERVIEW_TABLES[table].rows].find((r) => r.key === key);
}

/**
 * The webview's message `{ type: 'showItems', table, key, decision? }` as a choice of a row shown,
 * or undefined: an unknown type, table, row or decision is ignored, whatever else it carries.
 */
export function readRowMessage(message: unknown, data: DecisionsOverview): RowChoice | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, table, key, decision } = message as Record<string, unknown>;
  if (type !== 'showItems' || !isTable(table) || typeof key !== 'string' || !rowOf(data, table, key)) return undefined;
  if (decision === undefined) return { table, key };
  return DECISION_CHOICES.includes(decision as DecisionChoice) ? { table, key, decision: decision as DecisionChoice } : undefined;
}

/** The row's items (of the chosen decision), in the letters' order. */
export function rowItems(data: DecisionsOverview, letters: OverviewLetters, choice: RowChoice): OverviewItem[] {
  const row = rowOf(data, choice.table, choice.key);
  if (!row) return [];
  const items = row.items.map((ref) => letters[ref.letter]?.[ref.item]).filter((i): i is OverviewItem => i !== undefined);
  return choice.decision ? items.filter((i) => (i.decision ?? 'none') === choice.decision) : items;
}

/** The decision as a list says it: "Upheld", "Overturned", "no decision". */
export const decisionTerm = (d: Decision | null): string => d ?? NO_DECISION_TERM;

/** "2 upheld items", "1 overturned item", "3 items with no decision". */
export function decisionItems(n: number, decision: DecisionChoice): string {
  return decision === 'none' ? `${plural(n, 'item')} with ${NO_DECISION_TERM}` : plural(n, `${decision.toLowerCase()} item`);
}

/** The count of a row for a decision. */
export function countOf(row: OverviewRow, decision: DecisionChoice): number {
  return decision === 'Upheld' ? row.upheld : decision === 'Overturned' ? row.overturned : row.undecided;
}

/** "Tramadol (treatment): 3 items, 2 upheld, 1 overturned", or "Tramadol (treatment): 1 overturned item". */
export function rowItemsTitle(choice: RowChoice, row: OverviewRow): string {
  const where = `${escapeIcons(choice.key)} (${OVERVIEW_TABLES[choice.table].name})`;
  if (!choice.decision) return `${where}: ${plural(row.total, 'item')}, ${decisionCounts(row)}`;
  return `${where}: ${decisionItems(countOf(row, choice.decision), choice.decision)}`;
}

/** A quick pick entry: the title (the treatment), the decision, the letter's file, item and page; `$(name)` in them shown as text. */
export function itemPickText(item: OverviewItem): { label: string; description: string; detail: string } {
  const where = [escapeIcons(item.file), `item ${item.index + 1}`, ...(item.page !== null ? [`page ${item.page}`] : [])];
  return { label: item.title ? escapeIcons(item.title) : `Item ${item.index + 1}`, description: decisionTerm(item.decision), detail: where.join(' · ') };
}
