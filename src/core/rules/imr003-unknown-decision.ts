import type { Rule } from './rule';

export const unknownDecision: Rule = {
  id: 'IMR003',
  name: 'unknown-decision',
  description: 'A decision word that is neither "Upheld" nor "Overturned" (a misspelling such as "Uphled", or another word).',
  severity: 'error',
  tags: ['decision', 'structure'],
  docs: {
    why: 'IMR decisions are either Upheld or Overturned. Any other word leaves the outcome open to dispute, and a misspelling suggests the heading was typed by hand.',
    example: 'Omeprazole 20mg #60:  Uphled',
  },
  check(letter) {
    return letter.items
      .filter((item) => item.decision === null && item.decisionText !== '' && item.decisionRange)
      .map((item) => ({
        message: `"${item.decisionText}" is not a decision: expected "Upheld" or "Overturned".`,
        range: item.decisionRange ?? item.range,
        item: item.index,
      }));
  },
};
