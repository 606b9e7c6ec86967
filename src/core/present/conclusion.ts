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

/** The short form (the Outline, hovers): 'not medically necessary · cue "medically necessary"', or "no clear conclusion". */
export function conclusionLabel(c: Conclusion, quote: Quote = straightQuote): string {
  if (c.necessity === 'unclear' || !c.cue) return NO_CLEAR_CONCLUSION;
  return `${necessityWords(c.necessity)} · cue ${quote(c.cue)}`;
}

/**
 * The table's form (the Markdown summary), with the cue and its negators:
 * 'not medically necessary (“medically necessary”, negated by “not”)'; "no clear conclusion", with the
 * cue when conflicting conclusions left it unclear.
 */
export function conclusionReading(c: Conclusion, quote: Quote = straightQuote): string {
  const reading = c.necessity === 'unclear' ? NO_CLEAR_CONCLUSION : necessityWords(c.necessity);
  if (!c.cue) return reading;
  return `${reading} (${[quote(c.cue), negationWords(c.negators, quote)].filter(Boolean).join(', ')})`;
}
