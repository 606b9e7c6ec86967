// The three labels inside an item and the decision words after a heading.
import { editDistance } from '../../text/distance';

export type LabelKind = 'claimsAdministrator' | 'maximus' | 'rationale';

// Tolerant of the typos PDF letters carry ("guidline", "Rationle") and of the earlier layout's wording.
const LABELS: readonly [LabelKind, RegExp][] = [
  ['claimsAdministrator', /^(?:Claims\s+Administrator(?:'s|’s)?\s+guid\w*lines?|The\s+Claims\s+Administrator\s+based\s+its\s+decision\s+on(?:\s+the)?)\s*:?/i],
  ['maximus', /^(?:MAXIMUS\s+guid\w*lines?|The\s+Expert\s+Reviewer\s+based\s+(?:his\/her|his|her|their)\s+decision\s+on(?:\s+the)?)\s*:?/i],
  ['rationale', /^(?:Decision\s+rati\w*|The\s+Expert\s+Reviewer(?:'s|’s)\s+decision\s+rationale)\s*:/i],
];

export interface LabelMatch {
  kind: LabelKind;
  /** Length of the label text, colon included. */
  length: number;
}

export function matchLabel(text: string): LabelMatch | null {
  const c = text.charCodeAt(0);
  // Labels start with C, M, D or T (any case): skip the regexes for every other line.
  if (!(c === 67 || c === 77 || c === 68 || c === 84 || c === 99 || c === 109 || c === 100 || c === 116)) return null;
  for (const [kind, re] of LABELS) {
    const m = re.exec(text);
    if (m) {
      // The long earlier-layout forms must be followed by a colon or the text, not be mid-sentence words.
      if (kind !== 'rationale' && !/:\s*$/.test(m[0]) && /^The/i.test(m[0]) === false) continue;
      return { kind, length: m[0].length };
    }
  }
  return null;
}

export type DecisionWord = { decision: 'Upheld' | 'Overturned' | null; known: boolean };

const OTHER_DECISION_WORDS = new Set(['modified', 'certified', 'denied', 'approved', 'withdrawn', 'partially', 'uphold', 'overturn', 'overruled', 'reversed', 'affirmed', 'granted', 'noncertified', 'non-certified', 'pending', 'dismissed']);

/**
 * Classifies the word after a heading's colon: a decision, a misspelt or unknown decision word
 * (`known: false`), or null when the word is not decision-like at all.
 */
export function classifyDecisionWord(word: string): DecisionWord | null {
  const w = word.toLowerCase();
  if (w === 'upheld') return { decision: 'Upheld', known: true };
  if (w === 'overturned') return { decision: 'Overturned', known: true };
  if (OTHER_DECISION_WORDS.has(w)) return { decision: null, known: false };
  if (editDistance(w, 'upheld', 2) <= 2 || editDistance(w, 'overturned', 2) <= 2) return { decision: null, known: false };
  return null;
}
