// A guideline as people read it: its sources, what it says it is based on, topics and pages. The
// Outline's detail, the hovers and the Markdown summary's cells show guidelineLabel; the CSV's basis
// columns basisText; the guideline hover lists the same pieces one per line.
import type { Citation, Guideline } from '../model';
import { pagesLabel } from './pages';

type CitationOf = Pick<Guideline, 'citation'>;

/** Where a guideline line is absent (a hover's list, a summary's cell). */
export const NO_GUIDELINE = 'no guideline line';

/** A guideline that names no source, topic or page. */
export const NO_SOURCE = 'no source named';

/** The reviewer's "did not cite any medical evidence". */
export const NO_EVIDENCE = 'no medical evidence cited';

/** "MTUS, ODG"; '' when none is named. */
export function sourcesText(c: Pick<Citation, 'sources'>): string {
  return c.sources.join(', ');
}

/** "Opioids; Weaning": topics, regulations and other lists of names. */
export function namesText(names: readonly string[]): string {
  return names.join('; ');
}

/** What the letter says of the MTUS as the basis: "based on the MTUS", "not based on the MTUS", or null when it says nothing. */
export function mtusBasisWords(c: Pick<Citation, 'mtusBasis'>): string | null {
  if (c.mtusBasis === 'based') return 'based on the MTUS';
  if (c.mtusBasis === 'not-based') return 'not based on the MTUS';
  return null;
}

/**
 * What the guideline rests on: its sources, "not based on the MTUS" when the letter says so (that
 * an MTUS source is MTUS-based goes without saying), and "no medical evidence cited"; '' for none
 * or for an absent guideline.
 */
export function basisText(g: CitationOf | null): string {
  if (!g) return '';
  const c = g.citation;
  const parts = [sourcesText(c)];
  if (c.mtusBasis === 'not-based') parts.push(mtusBasisWords(c) ?? '');
  if (c.noEvidenceCited) parts.push(NO_EVIDENCE);
  return parts.filter(Boolean).join(', ');
}

/** "MTUS · Opioids · pp. 74-78": basis, topics and pages; NO_SOURCE when it names none. */
export function guidelineLabel(g: CitationOf): string {
  const c = g.citation;
  return [basisText(g), namesText(c.topics), pagesLabel(c.pages)].filter(Boolean).join(' · ') || NO_SOURCE;
}
