import { itemRule, type RuleReport } from './rule';

export const missingGuideline = itemRule({
  id: 'IMR005',
  name: 'missing-guideline',
  description: 'The Claims Administrator guideline or the MAXIMUS guideline of an item is absent.',
  severity: 'warning',
  tags: ['guideline', 'structure'],
  docs: {
    why: 'Each decision must say which guideline the claims administrator relied on and which the expert reviewer applied; without them the decision cannot be checked against the MTUS.',
    example: 'Naproxen 550mg #60:  Upheld\n\nClaims Administrator guideline: ...\n\nDecision rationale: ...  (no "MAXIMUS guideline:")',
  },
  checkItem(item, letter) {
    // Only the seed layout gives both guidelines under each item.
    if (letter.layout !== 'final-determination' && letter.layout !== 'unknown') return [];
    const out: RuleReport[] = [];
    if (!item.guidelines.claimsAdministrator) {
      out.push({ message: `"${item.title}" has no Claims Administrator guideline.`, range: item.range, item: item.index });
    }
    if (!item.guidelines.maximus) {
      out.push({ message: `"${item.title}" has no MAXIMUS guideline.`, range: item.range, item: item.index });
    }
    return out;
  },
});
