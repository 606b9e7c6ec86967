import { itemRule } from './rule';

export const inconclusiveRationale = itemRule({
  id: 'IMR006',
  name: 'inconclusive-rationale',
  description: 'A rationale states no conclusion about medical necessity, or states conflicting ones.',
  severity: 'warning',
  tags: ['rationale', 'conclusion'],
  docs: {
    why: 'A rationale should end by saying whether the request is medically necessary. Without that statement, or with two that disagree, the decision rests on the heading alone.',
    example: 'Decision rationale: ... Therefore, the request is medically necessary. ... Therefore, the request is not medically necessary.',
  },
  checkItem(item) {
    if (!item.rationale || item.rationale.text.trim() === '' || item.conclusion.necessity !== 'unclear') return [];
    return [
      {
        message: item.conclusion.range
          ? `The rationale for "${item.title}" states conflicting conclusions. ${item.conclusion.explanation}`
          : `The rationale for "${item.title}" does not conclude whether the request is medically necessary.`,
        range: item.range,
        item: item.index,
        related: item.conclusion.range ? [{ message: 'Last concluding sentence', range: item.conclusion.range }] : undefined,
      },
    ];
  },
});
