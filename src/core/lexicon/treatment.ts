// What an item is, for grouping decisions: the treatment its title names and the category it
// belongs to ("Norco 10/325mg #60" -> hydrocodone/acetaminophen, opioids). Used by the decisions
// overview; the rules use the finer lookups in lookup.ts.
import type { TreatmentCategory } from './categories';
import { findTreatments } from './lookup';

export interface ItemTreatment {
  /** The drug (generic, so brand and generic group together) or the service, as a short name. */
  name: string;
  /** The main category, or undefined when the lexicon knows nothing the title names. */
  category: TreatmentCategory | undefined;
}

function sentenceCase(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t ? t[0].toUpperCase() + t.slice(1) : t;
}

/** A name as written, in sentence case unless it holds capitals past its first letter (MRI, TENS). */
function asName(written: string): string {
  return /[A-Z]/.test(written.slice(1)) ? written.replace(/\s+/g, ' ').trim() : sentenceCase(written.toLowerCase());
}

// The trailing run of punctuation, tried only from its start (the look-behind): from each position of
// a run of 100,000 periods it scanned the rest of the run (quadratic).
const TRAILING_PUNCTUATION = /(?<![^\p{L}\p{N}-])[^\p{L}\p{N}-]+$/u;

/** The title's first word without trailing punctuation: the fallback name of an unknown treatment. */
function firstWord(title: string): string {
  return title.trim().split(/\s+/, 1)[0]?.replace(TRAILING_PUNCTUATION, '') ?? '';
}

export function itemTreatment(title: string): ItemTreatment {
  const mentions = findTreatments(title);
  const drugs = [...new Set(mentions.flatMap((m) => (m.drug ? [m.drug.id] : [])))];
  // A cream or patch is a topical analgesic whatever it contains; otherwise the first thing named.
  const topical = mentions.some((m) => m.categories.includes('topical-analgesic'));
  const category = topical ? 'topical-analgesic' : mentions[0]?.categories[0];
  if (drugs.length > 0) return { name: sentenceCase(drugs.join(' + ')), category };
  if (mentions.length > 0) return { name: asName(mentions[0].text), category };
  const word = firstWord(title);
  return { name: word ? asName(word) : '(untitled)', category: undefined };
}
