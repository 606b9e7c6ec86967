// What a rationale concludes, as people read it.
import type { Conclusion, Necessity } from '../model';
import { straightQuote, type Quote } from './quote';

export const NO_CLEAR_CONCLUSION = 'no clear conclusion';

/** "medically necessary", "not medically necessary", "unclear"; for a sentence without necessity language (null), "no necessity language". */
export function necessityWords(n: Necessity | null): string {
  if (n === 'necessary') return 'medically necessary';
  if (n === 'not-necessary') return 'not medically necessary';
  if (n === 'unclear') return 'unclear';
  return 'no necessity language';
}

/** 'negated by "not", "fails to"'; '' without negators. */
export function negationWords(negators: readonly string[], quote: Quote = straightQuote): string {
  return negators.length ? `negated by ${negators.map(quote).join(', ')}` : '';
}

/**
 * The short form (the Outline's detail of a rationale), in plain words: "not medically necessary",
 * "medically necessary" or "no clear conclusion". The cue it was read from is the hover's "How this
 * was read" and the JSON's, not a reader's.
 */
export function conclusionLabel(c: Conclusion): string {
  if (c.necessity === 'unclear' || !c.cue) return NO_CLEAR_CONCLUSION;
  return necessityWords(c.necessity);
}

/** An item whose letter has no decision rationale for it. */
export const NO_RATIONALE = 'no decision rationale';

/**
 * What the rationale concludes, in plain words that quote its concluding sentence (the Markdown
 * summary): 'not medically necessary — “Therefore, the request … is not medically necessary.”';
 * "no clear conclusion" when it has none. The technical reading (the cue and its negators) is the
 * JSON's and the hover's, not a reader's.
 */
export function conclusionSummary(c: Conclusion, quote: Quote = straightQuote): string {
  const reading = c.necessity === 'unclear' ? NO_CLEAR_CONCLUSION : necessityWords(c.necessity);
  return c.text ? `${reading} — ${quote(c.text)}` : reading;
}
