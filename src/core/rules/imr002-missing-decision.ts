import type { Rule } from './rule';

export const missingDecision: Rule = {
  id: 'IMR002',
  name: 'missing-decision',
  description: 'An item heading has no decision (Upheld or Overturned).',
  severity: 'error',
  tags: ['decision', 'structure'],
  docs: {
    why: 'Without a decision the letter does not say whether the worker gets the treatment; the determination is incomplete.',
    example: 'Lyrica 75mg #60:\n\nClaims Administrator guideline: ...',
  },
  check(letter) {
    // Only the seed layout writes a decision after each heading; the others state it elsewhere.
    if (letter.layout === 'professional-review') return [];
    return letter.items
      .filter((item) => item.decision === null && item.decisionText === '')
      .map((item) => ({
        message: `"${item.title}" has no decision: expected "Upheld" or "Overturned" after the heading.`,
        range: item.range,
        item: item.index,
      }));
  },
};
