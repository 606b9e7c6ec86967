// Ordinary English words (the Hunspell en_US list, generated into english.ts), for telling a word
// that is spelled right from a misspelled domain word, and a word hyphenated across a line break
// from a hyphenated compound. The list stays front coded in one string: on first use it is scanned
// once for a sparse index (the words written whole, sharing nothing with the one before: every
// 32nd and the first of each letter), and a look-up is a binary search of the index and the
// decoding of one block. No Set of ninety thousand strings is ever built.
import { ENGLISH_WORDS } from './english';

/** A word written whole: it shares no letters with the word before. */
const WHOLE = '0';
const A = 97;
const Z = 122;

interface Index {
  data: string;
  /** The first word of each block, and where the block begins in `data`. */
  heads: string[];
  offsets: number[];
}

let index: Index | undefined;

function isLower(c: number): boolean {
  return c >= A && c <= Z;
}

/** Scans the list once for the words written whole. */
function buildIndex(): Index {
  const data = ENGLISH_WORDS;
  const heads: string[] = [];
  const offsets: number[] = [];
  // indexOf is native: the list is not walked character by character in JavaScript.
  for (let i = data.indexOf(WHOLE); i >= 0; i = data.indexOf(WHOLE, i + 1)) {
    let j = i + 1;
    while (j < data.length && isLower(data.charCodeAt(j))) j++;
    heads.push(data.slice(i + 1, j));
    offsets.push(j);
  }
  return { data, heads, offsets };
}

/** True when `word` (any case, letters only) is an English word of the list. */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > 45) return false;
  for (let k = 0; k < w.length; k++) if (!isLower(w.charCodeAt(k))) return false;
  index ??= buildIndex();
  const { data, heads, offsets } = index;
  // The last block whose head is <= w.
  let lo = 0;
  let hi = heads.length - 1;
  if (hi < 0 || w < heads[0]) return false;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (heads[mid] <= w) lo = mid;
    else hi = mid - 1;
  }
  let current = heads[lo];
  if (current === w) return true;
  let i = offsets[lo];
  while (i < data.length && data[i] !== WHOLE) {
    const shared = data.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < data.length && isLower(data.charCodeAt(j))) j++;
    current = current.slice(0, shared) + data.slice(i + 1, j);
    if (current === w) return true;
    if (current > w) return false;
    i = j;
  }
  return false;
}
