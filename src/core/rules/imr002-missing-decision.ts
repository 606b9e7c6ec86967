import { itemRule } from './rule';

export const missingDecision = itemRule({
  id: 'IMR002',
  name: 'missing-decision',
  description: 'An item heading has no decision (Upheld or Overturned).',
  severity: 'error',
  tags: ['decision', 'structure'],
  docs: {
    why: 'Without a decision the letter does not say whether the worker gets the treatment; the determination is incomplete.',
    example: 'Lyrica 75mg #60:\n\nClaims Administrator guideline: ...',
  },
  checkItem(item, letter) {
    // Only the seed layout writes a decision after each heading; the others state it elsewhere.
    if (letter.layout === 'professional-review' || item.decision !== null || item.decisionText !== '') return [];
    return [{ message: `"${item.title}" has no decision: expected "Upheld" or "Overturned" after the heading.`, range: item.range, item: item.index }];
  },
});
