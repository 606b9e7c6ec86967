// An item's decision as people read it.
import type { Decision, Item } from '../model';
import { straightQuote, type Quote } from './quote';

export const NO_DECISION = 'no decision';

/** "Upheld", "Overturned", 'no decision ("Uphled")' quoting an unreadable word, or "no decision". */
export function decisionLabel(item: Pick<Item, 'decision' | 'decisionText'>, quote: Quote = straightQuote): string {
  if (item.decision) return item.decision;
  return item.decisionText ? `${NO_DECISION} (${quote(item.decisionText)})` : NO_DECISION;
}

/** What a decision means for the treatment, in one sentence. */
export function decisionMeaning(decision: Decision): string {
  return decision === 'Upheld'
    ? 'Upheld: the utilization-review denial stands; the treatment is found not medically necessary.'
    : 'Overturned: the denial is reversed; the treatment is found medically necessary.';
}
