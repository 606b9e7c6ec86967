// The three labels inside an item and the decision words after a heading (spelled in ../vocabulary.ts).
import { editDistance } from '../../text/distance';
import type { Decision } from '../../model';
import { DECISION_TYPO_EDITS, DECISION_WORDS, ITEM_LABELS, OTHER_DECISION_WORDS, type LabelKind } from '../../vocabulary';

export type { LabelKind };

interface LabelPattern {
  kind: LabelKind;
  re: RegExp;
  /** The short spelling needs its colon; the earlier layout's wording may run into its text. */
  colonOptional: boolean;
}

const LABELS: readonly LabelPattern[] = ITEM_LABELS.map((l) => ({
  kind: l.kind,
  re: new RegExp(String.raw`^(?:${l.tolerant}|${l.earlier})\s*${l.earlierNeedsColon ? ':' : ':?'}`, 'i'),
  colonOptional: !l.earlierNeedsColon,
}));

// Every spelling's first letter, both cases: the regexes are skipped for lines starting otherwise.
const INITIALS = new Set(ITEM_LABELS.flatMap((l) => [l.tolerant, l.earlier]).flatMap((s) => [s[0].toLowerCase(), s[0].toUpperCase()]).map((c) => c.charCodeAt(0)));

export interface LabelMatch {
  kind: LabelKind;
  /** Length of the label text, colon included. */
  length: number;
}

export function matchLabel(text: string): LabelMatch | null {
  if (!INITIALS.has(text.charCodeAt(0))) return null;
  for (const { kind, re, colonOptional } of LABELS) {
    const m = re.exec(text);
    if (m) {
      // Only the earlier layout's long wording ("The ...") may go without its colon.
      if (colonOptional && !/:\s*$/.test(m[0]) && /^The/i.test(m[0]) === false) continue;
      return { kind, length: m[0].length };
    }
  }
  return null;
}

export type DecisionWord = { decision: Decision | null; known: boolean };

const DECISIONS = new Map(DECISION_WORDS.map((d) => [d.toLowerCase(), d]));
const OTHER_WORDS = new Set(OTHER_DECISION_WORDS);

/**
 * Classifies the word after a heading's colon: a decision, a misspelt or unknown decision word
 * (`known: false`), or null when the word is not decision-like at all.
 */
export function classifyDecisionWord(word: string): DecisionWord | null {
  const w = word.toLowerCase();
  const decision = DECISIONS.get(w);
  if (decision) return { decision, known: true };
  if (OTHER_WORDS.has(w)) return { decision: null, known: false };
  for (const d of DECISIONS.keys()) if (editDistance(w, d, DECISION_TYPO_EDITS) <= DECISION_TYPO_EDITS) return { decision: null, known: false };
  return null;
}
