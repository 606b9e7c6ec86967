// Spelling suggestions for heading and label words, against the domain vocabulary and the drug
// names. Conservative: words of 6+ letters only, one edit below 10 letters and two from 10 on
// (ordinary words two edits from a domain word are common: "treating"/"testing"), the same first
// letter, and a single best candidate; anything the vocabulary knows in an inflected form
// ("injections", "compounded") is not a misspelling, and neither is an ordinary English word
// ("device" one edit from "devices"): only a word in neither list is compared with the vocabulary.
import { editDistance } from '../text/distance';
import { isEnglishWord } from './dictionary';
import { drugNames } from './lookup';
import { CITATION_WORDS, HEADING_WORDS } from './words';

/** Correct spellings by lower-case key, each as it should be written (drug brands keep their capitals). */
const CORRECT = new Map<string, string>();
for (const w of [...HEADING_WORDS, ...CITATION_WORDS]) CORRECT.set(w, w);
for (const n of drugNames()) for (const w of n.split(/[\s/]+/)) if (/^[A-Za-z-]+$/.test(w)) CORRECT.set(w.toLowerCase(), w);

/**
 * Candidates for suggestions by first letter and length (only words long enough to be checked): a
 * word is compared only with the words whose length is within its allowed edits.
 */
const CANDIDATES = new Map<string, [string, string][]>();
for (const [key, written] of CORRECT) {
  if (key.length < 5) continue;
  const bucketKey = `${key[0]}${key.length}`;
  const bucket = CANDIDATES.get(bucketKey) ?? [];
  bucket.push([key, written]);
  CANDIDATES.set(bucketKey, bucket);
}

const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'al', 'ly', 'ies'];

/** True when the word (any case) is in the vocabulary, directly or as a simple inflection. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  if (CORRECT.has(w)) return true;
  for (const s of SUFFIXES) {
    if (w.length > s.length + 2 && w.endsWith(s)) {
      const stem = w.slice(0, -s.length);
      if (CORRECT.has(stem) || CORRECT.has(`${stem}e`) || (s === 'ies' && CORRECT.has(`${stem}y`))) return true;
    }
  }
  return false;
}

/** Minimum word length checked, and the edits allowed by length. */
export const MIN_CHECKED_LENGTH = 6;
function allowedEdits(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** Casing of `model` applied to `word`: UPPER, Title or as written in the vocabulary. */
function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase() && /[A-Z]/.test(model)) return word.toUpperCase();
  if (model[0] === model[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The correction for a misspelled word, or null when it is spelled right, too short, or unclear. */
export function suggestSpelling(word: string): string | null {
  if (word.length < MIN_CHECKED_LENGTH || !/^[A-Za-z][A-Za-z-]*$/.test(word)) return null;
  if (isKnownWord(word) || isEnglishWord(word)) return null;
  const w = word.toLowerCase();
  const max = allowedEdits(w.length);
  let best: string | null = null;
  let bestDistance = max + 1;
  let tie = false;
  for (let length = w.length - max; length <= w.length + max; length++) {
    for (const [key, written] of CANDIDATES.get(`${w[0]}${length}`) ?? []) {
      const d = editDistance(w, key, max);
      if (d > max) continue;
      if (d < bestDistance) {
        bestDistance = d;
        best = written;
        tie = false;
      } else if (d === bestDistance && best !== null && best.toLowerCase() !== key) {
        tie = true;
      }
    }
  }
  if (best === null || tie) return null;
  // Brand names keep their own capitals (Zanaflex); vocabulary words follow the word's casing.
  if (best !== best.toLowerCase()) return word === word.toUpperCase() ? best.toUpperCase() : best;
  return matchCase(word, best);
}

/** Longest fragment taken for a cut-off word: longer unknown words are more likely whole terms. */
const MAX_FRAGMENT = 3;

/** Every proper prefix (up to MAX_FRAGMENT letters) of a known word. */
const PREFIXES = new Set<string>();
for (const key of CORRECT.keys()) for (let n = 1; n <= MAX_FRAGMENT && n < key.length; n++) PREFIXES.add(key.slice(0, n));

/** True when `fragment` is not a word but begins a longer known word ("Te" of "Tendon"). */
export function isCutOffWord(fragment: string): boolean {
  const f = fragment.toLowerCase();
  if (f.length === 0 || f.length > MAX_FRAGMENT || !/^[a-z]+$/.test(f) || isKnownWord(f)) return false;
  return PREFIXES.has(f);
}

// Known words of five or more letters (topics, headings, drug names), sorted, so the words a
// fragment begins are found by binary search: one look-up per fragment.
const LONG_WORDS: readonly string[] = [...CORRECT.keys()].filter((w) => /^[a-z][a-z-]{4,}$/.test(w)).sort();

/** True when `f` (lower case) is the start of a longer known word of five or more letters ("opio" of "opioids"). */
export function beginsLongerKnownWord(f: string): boolean {
  let lo = 0;
  let hi = LONG_WORDS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (LONG_WORDS[mid] < f) lo = mid + 1;
    else hi = mid;
  }
  // Words with the prefix f sort right after f itself.
  for (let i = lo; i < Math.min(lo + 2, LONG_WORDS.length); i++) if (LONG_WORDS[i].length > f.length && LONG_WORDS[i].startsWith(f)) return true;
  return false;
}
