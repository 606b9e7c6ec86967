import { itemRule } from './rule';

export const missingRationale = itemRule({
  id: 'IMR004',
  name: 'missing-rationale',
  description: 'An item has no decision rationale.',
  severity: 'error',
  tags: ['rationale', 'structure'],
  docs: {
    why: 'The law requires the reviewer to explain each decision. An item without a rationale cannot be checked against the guidelines and may be incomplete or cut off.',
    example: 'Ketoprofen 75mg #60:  Upheld\n\nClaims Administrator guideline: ...\n\nMAXIMUS guideline: ...\n\n(no "Decision rationale:" follows)',
  },
  checkItem(item) {
    if (item.rationale && item.rationale.text.trim() !== '') return [];
    return [
      {
        message: item.rationale ? `"${item.title}" has an empty decision rationale.` : `"${item.title}" has no decision rationale.`,
        range: item.range,
        item: item.index,
      },
    ];
  },
});
