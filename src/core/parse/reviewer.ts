// The expert reviewer's specialty and licensure, from the prose form ("Board Certified in X, has a
// subspecialty in Y and is licensed to practice in Z") or the label form ("State(s) of Licensure:").
import type { Reviewer } from '../model';
import { detach, exact } from '../text/compact';
import type { JoinedText } from './joined';

const PROSE = /Board[- ]Certified in ([^.;]+?)(?:,?\s+(?:and\s+)?(?:has|with) a sub-?specialty in ([^.;]+?))?,?\s+and\s+(?:is\s+)?licensed to practice in ([^.;]+?)(?=\.|;|\s+He\/she|$)/i;
// The label form's values run to the other label, a sentence end or the end of the section.
const UNTIL_NEXT = String.raw`(?=\s+(?:State\(s\) of Licensure|Certification\(s\)\/Specialty)\s*:|\.\s|\.?$)`;
const LICENSURE_LABEL = new RegExp(String.raw`State\(s\) of Licensure:\s*([^:]+?)` + UNTIL_NEXT);
const SPECIALTY_LABEL = new RegExp(String.raw`Certification\(s\)\/Specialty:\s*([^:]+?)` + UNTIL_NEXT);

function splitList(s: string): string[] {
  return s
    .split(/\s*(?:,|;|\band\b(?! Rehabilitation))\s*/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter((x) => x.length > 0);
}

function splitSpecialties(s: string): string[] {
  // "Physical Medicine and Rehabilitation" is one specialty: split only on commas and semicolons.
  return s
    .split(/\s*[,;]\s*/)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter((x) => x.length > 0);
}

export function parseReviewer(texts: readonly JoinedText[]): Reviewer {
  const specialties: string[] = [];
  const licensure: string[] = [];
  let range: Reviewer['range'] = null;
  for (const t of texts) {
    const prose = PROSE.exec(t.text);
    if (prose) {
      specialties.push(...splitSpecialties(prose[1]));
      if (prose[2]) specialties.push(...splitSpecialties(prose[2]));
      licensure.push(...splitList(prose[3]));
      range ??= t.rangeOf(prose.index, prose.index + prose[0].length);
    }
    const lic = LICENSURE_LABEL.exec(t.text);
    if (lic) {
      licensure.push(...splitList(lic[1]));
      range ??= t.rangeOf(lic.index, lic.index + lic[0].length);
    }
    const spec = SPECIALTY_LABEL.exec(t.text);
    if (spec) {
      specialties.push(...splitSpecialties(spec[1]));
      const r = t.rangeOf(spec.index, spec.index + spec[0].length);
      if (!range) range = r;
      else if (r.end.line > range.end.line) range = { start: range.start, end: r.end };
    }
  }
  return { specialties: unique(specialties), licensure: unique(licensure), range };
}

/** Distinct values, detached from the section text they were cut from (the model does not keep it). */
function unique(xs: string[]): string[] {
  return exact([...new Set(xs)].map(detach));
}
