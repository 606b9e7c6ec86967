// The "IMR Decisions" tree as plain data: letters with their items, the filters, and the counts
// shown in the view's description. No `vscode` here, so it is unit-tested directly.
import type { Decision, LetterReport, Range } from '../../core/index';
import { compareCliPaths } from './order';

export type DecisionFilter = 'Upheld' | 'Overturned' | 'none';

export interface TreeFilter {
  decisions?: readonly DecisionFilter[];
  /** Case-insensitive substring of the item title. */
  treatment?: string;
}

export interface ItemNode {
  kind: 'item';
  /** The letter's key (its URI string in the editor). */
  letterKey: string;
  index: number;
  title: string;
  decision: Decision | null;
  /** The decision word as written ("Uphled" when misspelled, '' when absent). */
  decisionText: string;
  range: Range;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LetterNode {
  kind: 'letter';
  key: string;
  /** Workspace-relative path, forward slashes. */
  file: string;
  name: string;
  folder: string;
  items: ItemNode[];
  /** Findings of the whole letter (items and letter-level). */
  errors: number;
  warnings: number;
  infos: number;
}

export interface KeyedReport extends LetterReport {
  key: string;
}

export function buildLetterNodes(reports: readonly KeyedReport[]): LetterNode[] {
  const nodes = reports.map((r): LetterNode => {
    const slash = r.file.lastIndexOf('/');
    const count = (item: number | undefined, s: string) => r.findings.filter((f) => (item === undefined || f.item === item) && f.severity === s).length;
    return {
      kind: 'letter',
      key: r.key,
      file: r.file,
      name: r.file.slice(slash + 1),
      folder: slash < 0 ? '' : r.file.slice(0, slash),
      errors: count(undefined, 'error'),
      warnings: count(undefined, 'warning'),
      infos: count(undefined, 'info'),
      items: r.letter.items.map((i) => ({
        kind: 'item',
        letterKey: r.key,
        index: i.index,
        title: i.title,
        decision: i.decision,
        decisionText: i.decisionText,
        range: i.range,
        errors: count(i.index, 'error'),
        warnings: count(i.index, 'warning'),
        infos: count(i.index, 'info'),
      })),
    };
  });
  return nodes.sort((a, b) => compareCliPaths(a.file, b.file));
}

export function isFilterActive(filter: TreeFilter): boolean {
  return (filter.decisions !== undefined && filter.decisions.length < 3) || !!filter.treatment?.trim();
}

export function itemMatches(item: ItemNode, filter: TreeFilter): boolean {
  if (filter.decisions && !filter.decisions.includes(item.decision ?? 'none')) return false;
  const t = filter.treatment?.trim().toLowerCase();
  return !t || item.title.toLowerCase().includes(t);
}

/** Letters with their matching items; a letter none of whose items match is left out while filtering. */
export function applyFilter(letters: readonly LetterNode[], filter: TreeFilter): LetterNode[] {
  if (!isFilterActive(filter)) return [...letters];
  return letters
    .map((l) => ({ ...l, items: l.items.filter((i) => itemMatches(i, filter)) }))
    .filter((l) => l.items.length > 0);
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

/** "12 letters · 30 upheld · 4 overturned · 1 undecided", prefixed with the filter when one is on. */
export function describeTree(shown: readonly LetterNode[], filter: TreeFilter): string {
  const items = shown.flatMap((l) => l.items);
  const parts = [plural(shown.length, 'letter'), `${items.filter((i) => i.decision === 'Upheld').length} upheld`, `${items.filter((i) => i.decision === 'Overturned').length} overturned`];
  const undecided = items.filter((i) => i.decision === null).length;
  if (undecided) parts.push(`${undecided} undecided`);
  const label = filterLabel(filter);
  return label ? `${label}: ${parts.join(' · ')}` : parts.join(' · ');
}

export function filterLabel(filter: TreeFilter): string {
  const bits: string[] = [];
  if (filter.decisions && filter.decisions.length < 3) bits.push(filter.decisions.map((d) => (d === 'none' ? 'no decision' : d)).join('/') || 'no decisions');
  if (filter.treatment?.trim()) bits.push(`"${filter.treatment.trim()}"`);
  return bits.length ? `Filtered by ${bits.join(' and ')}` : '';
}

/** "2 errors, 1 warning" ('' when none). */
export function problemText(n: { errors: number; warnings: number; infos: number }): string {
  const parts: string[] = [];
  if (n.errors) parts.push(plural(n.errors, 'error'));
  if (n.warnings) parts.push(plural(n.warnings, 'warning'));
  if (n.infos) parts.push(plural(n.infos, 'info'));
  return parts.join(', ');
}
