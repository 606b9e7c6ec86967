// Matching disputed items across letters by drug or treatment name (Ctrl+T "Norco").
// Case-insensitive: a substring match ranks first (earlier and at a word start is better), then a
// fuzzy subsequence match (letters in order, e.g. "gbpn" for "Gabapentin").
import type { Decision, Range } from '../core/index';

export interface IndexedItem {
  /** The letter's URI as a string. */
  uri: string;
  title: string;
  decision: Decision | null;
  range: Range;
}

/** Higher is better; undefined when the query does not match. */
export function matchScore(query: string, text: string): number | undefined {
  const q = query.trim().toLowerCase();
  if (q === '') return 0;
  const t = text.toLowerCase();
  const at = t.indexOf(q);
  if (at >= 0) {
    const wordStart = at === 0 || !/[a-z0-9]/.test(t[at - 1]);
    return 1000 + (wordStart ? 500 : 0) - Math.min(at, 400);
  }
  // Subsequence: every query character, in order; tighter spans score higher.
  let pos = -1;
  let first = -1;
  for (const ch of q) {
    if (ch === ' ') continue;
    pos = t.indexOf(ch, pos + 1);
    if (pos < 0) return undefined;
    if (first < 0) first = pos;
  }
  const span = pos - first + 1;
  return Math.max(1, 500 - span - first);
}

/** Items matching the query, best first, at most `limit`. */
export function searchItems(query: string, items: Iterable<IndexedItem>, limit = 500): IndexedItem[] {
  const scored: { item: IndexedItem; score: number }[] = [];
  for (const item of items) {
    const score = matchScore(query, item.title);
    if (score !== undefined) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title) || a.item.uri.localeCompare(b.item.uri));
  return scored.slice(0, limit).map((s) => s.item);
}
