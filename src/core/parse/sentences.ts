// Sentence splitting for rationales, and the spans of quoted guideline text inside them.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'no', 'nos', 'approx', 'p', 'pp', 'st', 'jr', 'al', 'fig', 'ca', 'u.s', 'c.c.r', 'r', 'c', 'sec', 'ref', 'vol', 'inc', 'max', 'min', 'hrs', 'mg']);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpaces(text, 0);
  const re = /[.!?]+["”’')\]]*(?=\s+["“'(]?[A-Z0-9]|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && isAbbreviation(text, m.index)) continue;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
    start = skipSpaces(text, end);
  }
  if (start < text.length) {
    const end = text.trimEnd().length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

function isWordOrDot(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isWordOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 0) return false;
  // A single capital letter ("J. Smith") or a known abbreviation.
  return ABBREVIATIONS.has(word) || (word.length === 1 && /[A-Z]/.test(text[i]));
}

/** [start, end) spans of text inside double quotes (straight or curly), in order and disjoint. Unclosed quotes run to the end. */
export function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  // Most rationales quote nothing: two indexOf calls settle that without a character loop.
  if (text.indexOf('"') < 0 && text.indexOf('“') < 0) return spans;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = i;
    else if (c === 0x201d && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (c === 0x22) {
      if (open >= 0) {
        spans.push([open, i + 1]);
        open = -1;
      } else open = i;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/**
 * True when `at` lies in one of the spans. The spans are quotedSpans' output, sorted and disjoint,
 * so a binary search finds the only candidate (a linear scan per cue was quadratic in a rationale
 * full of quotes).
 */
export function insideSpans(spans: readonly [number, number][], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let candidate = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= at) {
      candidate = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return candidate >= 0 && at < spans[candidate][1];
}
