// Lookups over the treatment lexicon: which treatments a text names, and which categories a
// guideline topic governs. Patterns are compiled once, at load; everything here is pure.
import type { TreatmentCategory } from './categories';
import { DRUGS, type DrugEntry } from './drugs';
import { SERVICES, type ServiceEntry } from './services';
import { CONTAINER_TOPICS, GENERIC_TOPICS, TOPICS } from './topics';

export interface TreatmentMention {
  /** [start, end) in the text searched. */
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** Set for medications. */
  drug?: DrugEntry;
  /** Set for non-drug treatments. */
  service?: ServiceEntry;
  categories: readonly TreatmentCategory[];
}

const WORD_BEFORE = '(?<![A-Za-z0-9])';
const WORD_AFTER = '(?![A-Za-z0-9])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A literal name as a pattern: any run of spaces matches any whitespace, slashes may be spaced. */
function nameSource(name: string): string {
  return escapeRegExp(name).replace(/\s+/g, '\\s+').replace(/\//g, '\\s*/\\s*');
}

/**
 * The key a written name is looked up by: lower case, single spaces, unspaced slashes. Spaces are
 * collapsed first: `\s*\/\s*` tried at each space of a long run (a name is matched across any run of
 * spaces) scanned the rest of the run every time.
 */
function nameKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/').trim();
}

/** Short capitalised abbreviations (APAP, MSIR) are only names when written in capitals. */
function isAbbreviation(name: string): boolean {
  return /^[A-Z0-9/-]{2,6}$/.test(name);
}

const DRUG_BY_KEY = new Map<string, { drug: DrugEntry; name: string }>();
for (const d of DRUGS) for (const n of d.names) DRUG_BY_KEY.set(nameKey(n), { drug: d, name: n });
const DRUG_NAMES = DRUGS.flatMap((d) => d.names);
const byLengthDesc = (a: string, b: string) => b.length - a.length;

// Rationales are long and the names many: instead of trying every name at every position, the text
// is scanned word by word and only a word that begins some name is tried, with a sticky regex that
// takes the longest name starting there.
const firstWord = (name: string) => (/^[A-Za-z][A-Za-z0-9-]*/.exec(name)?.[0] ?? '').toLowerCase();
/** For each word that begins a name: a sticky regex of the names it begins, longest first. */
const NAMES_AT = new Map<string, RegExp>();
{
  const groups = new Map<string, string[]>();
  for (const n of DRUG_NAMES) groups.set(firstWord(n), [...(groups.get(firstWord(n)) ?? []), n]);
  for (const [word, names] of groups) NAMES_AT.set(word, new RegExp(`(?:${names.sort(byLengthDesc).map(nameSource).join('|')})${WORD_AFTER}`, 'iy'));
}
// Words of other lengths begin no name: they are not lowered and looked up.
const MIN_FIRST_WORD = Math.min(...[...NAMES_AT.keys()].map((w) => w.length));
const MAX_FIRST_WORD = Math.max(...[...NAMES_AT.keys()].map((w) => w.length));

interface CompiledService {
  entry: ServiceEntry;
  res: RegExp[];
}

// One regex per entry for its case-insensitive patterns and one for its case-sensitive ones.
const SERVICE_RES: readonly CompiledService[] = SERVICES.map((entry) => ({
  entry,
  res: [
    new RegExp(`${WORD_BEFORE}(?:${entry.patterns.join('|')})${WORD_AFTER}`, 'gi'),
    ...(entry.caseSensitive?.length ? [new RegExp(`${WORD_BEFORE}(?:${entry.caseSensitive.join('|')})${WORD_AFTER}`, 'g')] : []),
  ],
}));

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}

/** Medications named in the text, in order, the longest name where names overlap. */
export function findDrugs(text: string): TreatmentMention[] {
  const found: TreatmentMention[] = [];
  // Words (a letter, then letters, digits and hyphens, not inside a longer word) found by hand: a
  // regex with a lookbehind tried at every character was the costliest part of reading a rationale.
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (isAlnum(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
    const at = j - i >= MIN_FIRST_WORD && j - i <= MAX_FIRST_WORD ? NAMES_AT.get(text.slice(i, j).toLowerCase()) : undefined;
    const m = at ? ((at.lastIndex = i), at.exec(text)) : null;
    const entry = m ? DRUG_BY_KEY.get(nameKey(m[0])) : undefined;
    // Abbreviations (APAP, MSIR) count only in capitals.
    if (!m || !entry || (isAbbreviation(entry.name) && m[0] !== entry.name)) {
      i = j;
      continue;
    }
    const drug = entry.drug;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], drug, categories: drug.categories });
    i = m.index + m[0].length;
  }
  return found;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAlnum(c: number): boolean {
  return isLetter(c) || (c >= 48 && c <= 57);
}

// Two combined patterns answer "does any service occur at all?" in one pass each; most texts (drug
// headings, topics) name none, and then the per-entry patterns are never run.
const ANY_SERVICE = new RegExp(`${WORD_BEFORE}(?:${SERVICES.flatMap((e) => e.patterns).join('|')})${WORD_AFTER}`, 'i');
const ANY_SERVICE_CASED = new RegExp(`${WORD_BEFORE}(?:${SERVICES.flatMap((e) => e.caseSensitive ?? []).join('|') || '(?!)'})${WORD_AFTER}`);

/** Non-drug treatments named in the text (every pattern that matches; overlaps kept). */
export function findServices(text: string): TreatmentMention[] {
  const found: TreatmentMention[] = [];
  if (!ANY_SERVICE.test(text) && !ANY_SERVICE_CASED.test(text)) return found;
  for (const { entry, res } of SERVICE_RES) {
    for (const re of res) {
      for (const m of allMatches(re, text)) {
        found.push({ start: m.index, end: m.index + m[0].length, text: m[0], service: entry, categories: entry.categories });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every treatment the text names: medications and services. */
export function findTreatments(text: string): TreatmentMention[] {
  return [...findDrugs(text), ...findServices(text)].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A pure string lookup with its results kept for strings seen before: guideline topics and item
 * titles repeat across letters, and the lexicon scan is what IMR009 and IMR014 spend most on.
 * Bounded (cleared when full) and only for short strings, so a huge input is never held.
 */
function remembered<T>(lookup: (s: string) => T, max = 4096, maxKey = 512): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (s.length > maxKey) return lookup(s);
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= max) cache.clear();
    const v = lookup(s);
    cache.set(s, v);
    return v;
  };
}

/** The categories of all treatments a text names (empty when it names none the lexicon knows). */
export const categoriesOf: (text: string) => ReadonlySet<TreatmentCategory> = remembered((text) => {
  const out = new Set<TreatmentCategory>();
  for (const m of findTreatments(text)) for (const c of m.categories) out.add(c);
  return out;
});

export function ingredientsOf(drug: DrugEntry): readonly string[] {
  return drug.ingredients ?? [drug.id];
}

/** Same product for dose comparisons: identical active ingredients (Zanaflex = tizanidine; Norco != hydrocodone). */
export function equivalentDrugs(a: DrugEntry, b: DrugEntry): boolean {
  if (a.id === b.id) return true;
  const ia = new Set(ingredientsOf(a));
  const ib = ingredientsOf(b);
  return ia.size === ib.length && ib.every((x) => ia.has(x));
}

/** At least one active ingredient in common (Norco and hydrocodone; Terocin and lidocaine). */
export function relatedDrugs(a: DrugEntry, b: DrugEntry): boolean {
  if (a.id === b.id) return true;
  const ia = new Set(ingredientsOf(a));
  return ingredientsOf(b).some((x) => ia.has(x));
}

export type TopicClass =
  | { kind: 'generic' }
  | { kind: 'container' }
  | { kind: 'specific'; categories: ReadonlySet<TreatmentCategory> }
  | { kind: 'unknown' };

const GENERIC_RES = GENERIC_TOPICS.map((p) => new RegExp(p, 'i'));
const CONTAINER_RES = CONTAINER_TOPICS.map((p) => new RegExp(p, 'i'));
const TOPIC_RES = TOPICS.map((t) => ({ re: new RegExp(t.pattern, 'i'), categories: t.categories }));

/**
 * What a guideline topic is about: generic (fits anything), a container (a chapter: fits anything
 * unless a specific topic is cited with it), specific categories, or unknown.
 */
export const classifyTopic: (topic: string) => TopicClass = remembered((topic) => {
  const t = topic.trim();
  if (GENERIC_RES.some((re) => re.test(t))) return { kind: 'generic' };
  if (CONTAINER_RES.some((re) => re.test(t))) return { kind: 'container' };
  const categories = new Set(categoriesOf(t));
  for (const { re, categories: cs } of TOPIC_RES) if (re.test(t)) for (const c of cs) categories.add(c);
  return categories.size > 0 ? { kind: 'specific', categories } : { kind: 'unknown' };
});

/** Every name in the drug lexicon, as written there (for spelling suggestions). */
export function drugNames(): readonly string[] {
  return DRUG_NAMES;
}
