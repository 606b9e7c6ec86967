// Matching disputed items across letters by drug or treatment name (Ctrl+T "Norco").
// Case-insensitive: a substring match ranks first (earlier and at a word start is better), then a
// treatment the lexicon knows by another name ("hydrocodone" finds Norco, "gabapentin" Neurontin),
// then a fuzzy subsequence match (letters in order, e.g. "gbpn" for "Gabapentin").
import type { Decision, Range, TreatmentRef } from '../../../core/light';
import { engine } from '../../analysis/engine';

export interface IndexedItem {
  /** The letter's URI as a string. */
  uri: string;
  title: string;
  decision: Decision | null;
  range: Range;
  /** What the title names, from the treatment lexicon (treatmentRefs of the title). */
  treatments?: readonly TreatmentRef[];
}

/** Below any substring match, above any fuzzy one. */
const LEXICON_SCORE = 900;

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

export interface SearchHit extends IndexedItem {
  /** Set when the item was found through the lexicon: the query's name for its treatment ("hydrocodone"). */
  via?: string;
}

/** Items matching the query, best first, at most `limit`. */
export function searchItems(query: string, items: Iterable<IndexedItem>, limit = 500): SearchHit[] {
  const queried = engine().treatmentRefs(query);
  const scored: { item: SearchHit; score: number }[] = [];
  for (const item of items) {
    const score = matchScore(query, item.title);
    const via = (score === undefined || score < LEXICON_SCORE) && queried.length > 0 && item.treatments ? engine().matchingTreatment(queried, item.treatments) : undefined;
    if (via) scored.push({ item: { ...item, via: via.name }, score: LEXICON_SCORE });
    else if (score !== undefined) scored.push({ item, score });
  }
  scored.sort((a, b) => b.score - a.score || a.item.title.localeCompare(b.item.title) || a.item.uri.localeCompare(b.item.uri));
  return scored.slice(0, limit).map((s) => s.item);
}

/**
 * The symbol's name: the title, followed by the query's name when found through the lexicon, so
 * that VS Code's own fuzzy filter of the Ctrl+T list (on the name) keeps "Norco 10/325mg (hydrocodone)".
 */
export function hitName(hit: SearchHit): string {
  const title = hit.title || '(untitled item)';
  return hit.via ? `${title} (${hit.via})` : title;
}
