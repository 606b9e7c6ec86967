import type { Guideline } from '../model';
import { beginsLongerKnownWord, isCutOffWord, isKnownWord } from '../lexicon/spelling';
import { CITATION_ABBREVIATIONS } from '../lexicon/words';
import { rangeInBlock } from '../text/locate';
import { itemRule, type RuleReport } from './rule';

// An opening parenthesis never closed before the end, the text ending in "." right after a digit
// or letter: "(Effective July 18, 20." or "(Effective July 1.".
const UNCLOSED_PAREN_AT_END = /\([^()]*[A-Za-z0-9]\.?\s*$/;
// The last word before the final period, preceded by a space: "... Chronic Flexor Te.", "... Opio."
const LAST_WORD = /\s([A-Za-z]{1,30})\.\s*$/;
const SHORT_FRAGMENT = 3;

const ABBREVIATIONS: ReadonlySet<string> = new Set(CITATION_ABBREVIATIONS);
// A literature reference ("Clin J Pain.", "Smith et al. Spine.") ends in journal abbreviations.
const JOURNAL = /\bet al\b|(?<![A-Za-z])J(?![A-Za-z])/;

/**
 * A last word cut off mid-word: a short fragment of a known word ("Te"), or a longer one that is not
 * a word or an abbreviation itself but begins a known topic word or drug name ("Opio", "Antiepil").
 */
function isCutOff(word: string, before: string): boolean {
  const f = word.toLowerCase();
  if (ABBREVIATIONS.has(f)) return false;
  if (word.length <= SHORT_FRAGMENT) return isCutOffWord(word);
  if (isKnownWord(f) || JOURNAL.test(before.slice(-60))) return false;
  return beginsLongerKnownWord(f);
}

interface Truncation {
  start: number;
  end: number;
  what: string;
}

export function findTruncation(text: string): Truncation | null {
  const trimmed = text.trimEnd();
  const paren = UNCLOSED_PAREN_AT_END.exec(trimmed);
  if (paren) {
    return { start: paren.index, end: trimmed.length, what: `it ends "${trimmed.slice(paren.index)}", with its parenthesis never closed` };
  }
  // Only the tail can hold the last word: the pattern is not tried at every space of a long line.
  const tailAt = Math.max(0, trimmed.length - 40);
  const tail = LAST_WORD.exec(trimmed.slice(tailAt));
  const word = tail ? { text: tail[1], index: tailAt + tail.index } : null;
  // In mixed-case text a short word in capitals is an abbreviation ("AC", "SI"), not a cut-off word.
  const abbreviation = word !== null && word.text.length > 1 && word.text === word.text.toUpperCase() && /[a-z]/.test(trimmed);
  if (word && !abbreviation && isCutOff(word.text, trimmed.slice(0, word.index))) {
    const start = word.index + 1;
    return { start, end: trimmed.length, what: `it ends "${trimmed.slice(start)}", which is not a whole word` };
  }
  return null;
}

export const truncatedCitation = itemRule({
  id: 'IMR010',
  name: 'truncated-citation',
  description: 'A guideline citation is cut off mid-word or mid-date.',
  severity: 'info',
  tags: ['guideline', 'citation', 'formatting'],
  docs: {
    why: 'A citation that stops mid-word or mid-date ("(Effective July 18, 20.") cannot be looked up, so the reader cannot check the guideline the decision rests on.',
    example: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines: 8 C.C.R. 9792.20 - 9792.26 (Effective July 18, 20.',
  },
  checkItem(item) {
    const reports: RuleReport[] = [];
    const visit = (guideline: Guideline | null, label: string) => {
      if (!guideline) return;
      const t = findTruncation(guideline.text);
      if (!t) return;
      reports.push({
        message: `The ${label}'s citation seems cut off: ${t.what}.`,
        range: rangeInBlock(guideline, t.start, t.end),
        item: item.index,
      });
    };
    visit(item.guidelines.claimsAdministrator, 'Claims Administrator guideline');
    visit(item.guidelines.maximus, 'MAXIMUS guideline');
    return reports;
  },
});
