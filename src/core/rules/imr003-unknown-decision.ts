import { itemRule } from './rule';

export const unknownDecision = itemRule({
  id: 'IMR003',
  name: 'unknown-decision',
  description: 'A decision word that is neither "Upheld" nor "Overturned" (a misspelling such as "Uphled", or another word).',
  severity: 'error',
  tags: ['decision', 'structure'],
  docs: {
    why: 'IMR decisions are either Upheld or Overturned. Any other word leaves the outcome open to dispute, and a misspelling suggests the heading was typed by hand.',
    example: 'Omeprazole 20mg #60:  Uphled',
  },
  checkItem(item) {
    if (item.decision !== null || item.decisionText === '' || !item.decisionRange) return [];
    return [{ message: `The decision of "${item.title}" reads "${item.decisionText}", which is neither "Upheld" nor "Overturned".`, range: item.decisionRange, item: item.index }];
  },
});
