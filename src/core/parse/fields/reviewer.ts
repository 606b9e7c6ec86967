// The expert reviewer's specialty and licensure, from the prose form ("Board Certified in X, has a
// subspecialty in Y and is licensed to practice in Z") or the label form ("State(s) of Licensure:").
import type { Reviewer } from '../../model';
import { detach, exact } from '../../text/compact';
import type { JoinedText } from '../structure/joined';
import { LICENSURE_LABEL, matchLabelValue, matchProse, SPECIALTY_LABEL } from './reviewerPatterns';

// Separators are tried from the start of a run of spaces only (`(?:(?<!\s)\s+)?` for `\s*`): split
// tries every position, and from each space of a long run `\s*` scanned the rest of the run.
// A separator's own trailing `\s*` takes the whole run after it, so no split resumes inside one.
const LIST_SEPARATOR = /(?:(?<!\s)\s+)?(?:,|;|\band\b(?! Rehabilitation))\s*/;
const SPECIALTY_SEPARATOR = /(?:(?<!\s)\s+)?[,;]\s*/;

function splitList(s: string): string[] {
  return s
    .split(LIST_SEPARATOR)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter((x) => x.length > 0);
}

function splitSpecialties(s: string): string[] {
  // "Physical Medicine and Rehabilitation" is one specialty: split only on commas and semicolons.
  return s
    .split(SPECIALTY_SEPARATOR)
    .map((x) => x.trim().replace(/\.$/, ''))
    .filter((x) => x.length > 0);
}

export function parseReviewer(texts: readonly JoinedText[]): Reviewer {
  const specialties: string[] = [];
  const licensure: string[] = [];
  let range: Reviewer['range'] = null;
  for (const t of texts) {
    const prose = matchProse(t.text);
    if (prose) {
      add(specialties, splitSpecialties(prose[1]));
      if (prose[2]) add(specialties, splitSpecialties(prose[2]));
      add(licensure, splitList(prose[3]));
      range ??= t.rangeOf(prose.index, prose.index + prose[0].length);
    }
    const lic = matchLabelValue(t.text, LICENSURE_LABEL);
    if (lic) {
      add(licensure, splitList(lic.value));
      range ??= t.rangeOf(lic.index, lic.end);
    }
    const spec = matchLabelValue(t.text, SPECIALTY_LABEL);
    if (spec) {
      add(specialties, splitSpecialties(spec.value));
      const r = t.rangeOf(spec.index, spec.end);
      if (!range) range = r;
      else if (r.end.line > range.end.line) range = { start: range.start, end: r.end };
    }
  }
  return { specialties: unique(specialties), licensure: unique(licensure), range };
}

/** Appends `xs` to `into` (a loop: a list of 200,000 states overflowed the stack as push(...xs)). */
function add(into: string[], xs: readonly string[]): void {
  for (const x of xs) into.push(x);
}

/** Distinct values, detached from the section text they were cut from (the model does not keep it). */
function unique(xs: string[]): string[] {
  return exact([...new Set(xs)].map(detach));
}
