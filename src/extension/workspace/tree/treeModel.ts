// The "IMR Decisions" tree as plain data: letters with their items, the filters, and the counts
// shown in the view's description. No `vscode` here, so it is unit-tested directly.
import { compareLetterPaths, decisionCounts, plural, problemText, tallyDecisions, type Decision, type LetterReport, type Range, type TreatmentRef } from '../../../core/light';
import { engine } from '../../analysis/engine';
import type { ProblemsScope } from '../../features/diagnostics/workspaceProblems';

export type DecisionFilter = 'Upheld' | 'Overturned' | 'none';

export interface TreeFilter {
  decisions?: readonly DecisionFilter[];
  /** A case-insensitive substring of the item title, or a treatment the lexicon knows by another name ("hydrocodone" finds Norco). */
  treatment?: string;
}

export interface ItemNode {
  kind: 'item';
  /** The letter's key (its URI string in the editor). */
  letterKey: string;
  /** The document a click opens (its URI string): a PDF's `imr-pdf` document, else the letter's file. */
  documentKey: string;
  index: number;
  title: string;
  decision: Decision | null;
  /** The decision word as written ("Uphled" when misspelled, '' when absent). */
  decisionText: string;
  range: Range;
  /** What the title names, from the treatment lexicon (brand and generic alike). */
  treatments: TreatmentRef[];
  errors: number;
  warnings: number;
  infos: number;
}

export interface LetterNode {
  kind: 'letter';
  key: string;
  /** The document a click opens (its URI string): a PDF's `imr-pdf` document, else the key. */
  documentKey: string;
  /** Workspace-relative path, forward slashes. */
  file: string;
  name: string;
  folder: string;
  items: ItemNode[];
  /** Findings of the whole letter (items and letter-level). */
  errors: number;
  warnings: number;
  infos: number;
  /** Findings silenced by suppressions in .imr-review.json. */
  ignored?: number;
}

export interface KeyedReport extends LetterReport {
  key: string;
  /** The document users see (URI string) when it is not the file itself: a PDF's `imr-pdf` document. */
  documentKey?: string;
  ignored?: number;
}

/** One letter's node: kept instead of the report, so the tree holds titles and counts, not models. */
export function buildLetterNode(r: KeyedReport): LetterNode {
  const slash = r.file.lastIndexOf('/');
  // One pass over the findings: the letter's counts, and each item's by its index.
  const letter = { error: 0, warning: 0, info: 0 };
  const byItem = new Map<number, { error: number; warning: number; info: number }>();
  for (const f of r.findings) {
    letter[f.severity]++;
    if (f.item === undefined) continue;
    const c = byItem.get(f.item) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    byItem.set(f.item, c);
  }
  const count = (item: number | undefined, s: 'error' | 'warning' | 'info') => (item === undefined ? letter : byItem.get(item))?.[s] ?? 0;
  const documentKey = r.documentKey ?? r.key;
  return {
    kind: 'letter',
    key: r.key,
    documentKey,
    file: r.file,
    name: r.file.slice(slash + 1),
    folder: slash < 0 ? '' : r.file.slice(0, slash),
    errors: count(undefined, 'error'),
    warnings: count(undefined, 'warning'),
    infos: count(undefined, 'info'),
    ...(r.ignored ? { ignored: r.ignored } : {}),
    items: r.letter.items.map((i) => ({
      kind: 'item',
      letterKey: r.key,
      documentKey,
      index: i.index,
      title: i.title,
      decision: i.decision,
      decisionText: i.decisionText,
      range: i.range,
      treatments: engine().treatmentRefs(i.title),
      errors: count(i.index, 'error'),
      warnings: count(i.index, 'warning'),
      infos: count(i.index, 'info'),
    })),
  };
}

export function sortLetterNodes(nodes: LetterNode[]): LetterNode[] {
  return nodes.sort((a, b) => compareLetterPaths(a.file, b.file));
}

export function buildLetterNodes(reports: readonly KeyedReport[]): LetterNode[] {
  return sortLetterNodes(reports.map(buildLetterNode));
}

export function isFilterActive(filter: TreeFilter): boolean {
  return (filter.decisions !== undefined && filter.decisions.length < 3) || !!filter.treatment?.trim();
}

/** `queried`: the treatments the filter text names (computed once per filter by applyFilter). */
export function itemMatches(item: ItemNode, filter: TreeFilter, queried: readonly TreatmentRef[] = engine().treatmentRefs(filter.treatment ?? '')): boolean {
  if (filter.decisions && !filter.decisions.includes(item.decision ?? 'none')) return false;
  const t = filter.treatment?.trim().toLowerCase();
  return !t || item.title.toLowerCase().includes(t) || engine().treatmentsMatch(queried, item.treatments);
}

/** Letters with their matching items; a letter none of whose items match is left out while filtering. */
export function applyFilter(letters: readonly LetterNode[], filter: TreeFilter): LetterNode[] {
  if (!isFilterActive(filter)) return [...letters];
  const queried = engine().treatmentRefs(filter.treatment ?? '');
  return letters
    .map((l) => ({ ...l, items: l.items.filter((i) => itemMatches(i, filter, queried)) }))
    .filter((l) => l.items.length > 0);
}

/**
 * The view's badge: the letters with problems in the whole workspace (whatever the filter), with a
 * tooltip saying so, and, when the Problems panel lists only open letters (`scope`), that too;
 * undefined when none has any.
 */
export function treeBadge(letters: readonly LetterNode[], scope: ProblemsScope = 'workspace'): { value: number; tooltip: string } | undefined {
  const flagged = letters.filter((l) => l.errors + l.warnings + l.infos > 0);
  if (flagged.length === 0) return undefined;
  const total = flagged.reduce((t, l) => ({ errors: t.errors + l.errors, warnings: t.warnings + l.warnings, infos: t.infos + l.infos }), { errors: 0, warnings: 0, infos: 0 });
  const panel = scope === 'openLetters' ? '; the Problems panel lists those of open letters only' : '';
  return { value: flagged.length, tooltip: `${plural(flagged.length, 'letter')} with problems in the workspace (${problemText(total)})${panel}` };
}

/** A letter row's tooltip: "2 items · 1 error, 1 ignored", "1 item · no problems · 1 ignored". */
export function letterSummary(node: LetterNode): string {
  const found = node.errors + node.warnings + node.infos > 0;
  const ignored = node.ignored ? ` · ${problemText({ errors: 0, warnings: 0, infos: 0, ignored: node.ignored })}` : '';
  return `${plural(node.items.length, 'item')} · ${found ? problemText(node) : `no problems${ignored}`}`;
}

/** "12 letters · 30 upheld · 4 overturned · 1 with no decision", prefixed with the filter when one is on. */
export function describeTree(shown: readonly LetterNode[], filter: TreeFilter): string {
  const items = shown.flatMap((l) => l.items);
  const counts = tallyDecisions(items);
  const parts = `${plural(shown.length, 'letter')} · ${decisionCounts(counts, ' · ')}`;
  const label = filterLabel(filter);
  return label ? `${label}: ${parts}` : parts;
}

export function filterLabel(filter: TreeFilter): string {
  const bits: string[] = [];
  if (filter.decisions && filter.decisions.length < 3) bits.push(filter.decisions.map((d) => (d === 'none' ? 'no decision' : d)).join('/') || 'no decisions');
  if (filter.treatment?.trim()) bits.push(`"${filter.treatment.trim()}"`);
  return bits.length ? `Filtered by ${bits.join(' and ')}` : '';
}

