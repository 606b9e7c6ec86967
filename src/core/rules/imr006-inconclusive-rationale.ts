import type { Item, Necessity } from '../model';
import { excerpt, straightQuote } from '../present/quote';
import { comparePositions } from '../text/ranges';
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
          ? conflictMessage(item)
          : `The rationale for "${item.title}" does not conclude whether the request is medically necessary.`,
        range: item.range,
        item: item.index,
        related: item.conclusion.range ? [{ message: 'Last concluding sentence', range: item.conclusion.range }] : undefined,
      },
    ];
  },
});

// The reason the conclusion reader gives a sentence that concludes but is followed by a later
// conclusion; sentences set aside for other reasons (quoted guidelines, an earlier review's finding)
// are not the rationale's own conclusions.
const LATER_CONCLUDES = 'a later sentence concludes';

/**
 * Both conclusions, quoted: the last concluding sentence and the latest earlier one concluding the
 * other way. The last one's reading is its negators' parity (the model's rule); the other is among
 * the sentences the reader considered and set aside for it. Without it, the last one alone.
 */
function conflictMessage(item: Item): string {
  const c = item.conclusion;
  const last: Necessity = c.negators.length % 2 === 1 ? 'not-necessary' : 'necessary';
  const earlier = c.range
    ? c.considered.filter((s) => s.reason === LATER_CONCLUDES && s.necessity !== null && s.necessity !== last && comparePositions(s.range.start, c.range!.start) < 0).at(-1)
    : undefined;
  const ends = straightQuote(excerpt(c.text));
  return earlier
    ? `The rationale for "${item.title}" concludes both ways: it says ${straightQuote(excerpt(earlier.text))}, then ${ends}`
    : `The rationale for "${item.title}" states conflicting conclusions; the last one reads ${ends}`;
}
