// The cover page as people read it: the overall determination and what its sentence says, the
// injury as a date or a period, and the treatments in dispute; for the Outline and the summaries.
import type { CoverPage, OverallDetermination } from '../model';

export const NO_OVERALL_DETERMINATION = 'no overall determination';

/** "UPHOLD", "OVERTURN", or that the cover page states none. */
export function overallDeterminationLabel(cover: Pick<CoverPage, 'determination'>): string {
  return cover.determination?.value ?? NO_OVERALL_DETERMINATION;
}

/** What an overall determination means, in one sentence. */
export function overallDeterminationMeaning(value: OverallDetermination): string {
  return value === 'UPHOLD'
    ? 'UPHOLD: every utilization-review denial stands; no disputed treatment is found medically necessary.'
    : 'OVERTURN: at least one denial is reversed; a disputed treatment is found medically necessary.';
}

/** The determination sentence's scope in a few words: "none of the items necessary". */
export function scopeWords(scope: 'all' | 'none' | 'some'): string {
  return `${scope} of the items necessary`;
}

/** The Outline's detail for the cover page: "UPHOLD · none of the items necessary". */
export function coverDetail(cover: Pick<CoverPage, 'determination' | 'determinationSentence'>): string {
  const scope = cover.determinationSentence ? scopeWords(cover.determinationSentence.scope) : '';
  return [overallDeterminationLabel(cover), scope].filter(Boolean).join(' · ');
}

/** The injury as written into ISO: "2013-09-23", or a cumulative-trauma period "CT 2012-01 to 2014-06-30". */
export function injuryText(injury: CoverPage['injury']): string {
  if (!injury) return '';
  if (!injury.cumulative) return injury.from ?? '';
  return `CT ${injury.from ?? '?'} to ${injury.to ?? 'not stated'}`;
}

/** The treatments in dispute on one line, separated by semicolons. */
export function treatmentsText(cover: Pick<CoverPage, 'treatmentsInDispute'>): string {
  return cover.treatmentsInDispute.map((t) => t.text).join('; ');
}
