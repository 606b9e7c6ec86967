import type { Guideline, Item } from '../model';
import { isCutOffWord } from '../lexicon/spelling';
import { rangeInBlock } from '../text/locate';
import type { Rule, RuleReport } from './rule';

// An opening parenthesis never closed before the end, the text ending in "." right after a digit
// or letter: "(Effective July 18, 20." or "(Effective July 1.".
const UNCLOSED_PAREN_AT_END = /\([^()]*[A-Za-z0-9]\.?\s*$/;
// The last word before the final period, preceded by a space: "... Chronic Flexor Te."
const LAST_WORD = /\s([A-Za-z]{1,3})\.\s*$/;

interface Truncation {
  start: number;
  end: number;
  what: string;
}

export function findTruncation(text: string): Truncation | null {
  const trimmed = text.trimEnd();
  const paren = UNCLOSED_PAREN_AT_END.exec(trimmed);
  if (paren) {
    return { start: paren.index, end: trimmed.length, what: `"${trimmed.slice(paren.index)}" is cut off: its parenthesis is never closed` };
  }
  const word = LAST_WORD.exec(trimmed);
  // In mixed-case text a short word in capitals is an abbreviation ("AC", "SI"), not a cut-off word.
  const abbreviation = word !== null && word[1].length > 1 && word[1] === word[1].toUpperCase() && /[a-z]/.test(trimmed);
  if (word && !abbreviation && isCutOffWord(word[1])) {
    const start = word.index + 1;
    return { start, end: trimmed.length, what: `"${trimmed.slice(start)}" is not a word: the citation seems cut off mid-word` };
  }
  return null;
}

export const truncatedCitation: Rule = {
  id: 'IMR010',
  name: 'truncated-citation',
  description: 'A guideline citation is cut off mid-word or mid-date.',
  severity: 'info',
  tags: ['guideline', 'citation', 'formatting'],
  docs: {
    why: 'A citation that stops mid-word or mid-date ("(Effective July 18, 20.") cannot be looked up, so the reader cannot check the guideline the decision rests on.',
    example: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines: 8 C.C.R. 9792.20 - 9792.26 (Effective July 18, 20.',
  },
  check(letter) {
    const reports: RuleReport[] = [];
    const visit = (item: Item, guideline: Guideline | null, label: string) => {
      if (!guideline) return;
      const t = findTruncation(guideline.text);
      if (!t) return;
      reports.push({
        message: `${label} citation: ${t.what}.`,
        range: rangeInBlock(guideline, t.start, t.end),
        item: item.index,
      });
    };
    for (const item of letter.items) {
      visit(item, item.guidelines.claimsAdministrator, 'Claims Administrator guideline');
      visit(item, item.guidelines.maximus, 'MAXIMUS guideline');
    }
    return reports;
  },
};
