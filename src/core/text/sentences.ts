// Sentence splitting for rationales, the spans of quoted guideline text inside them, and the memo
// through which the conclusion reader (parse) and the rules (IMR008, IMR014) share both: each
// rationale is split once per analysis.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** [start, end) of a quoted passage. */
export type Span = [number, number];

// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'no', 'nos', 'approx', 'p', 'pp', 'st', 'jr', 'al', 'fig', 'ca', 'u.s', 'c.c.r', 'r', 'c', 'sec', 'ref', 'vol', 'inc', 'max', 'min', 'hrs', 'mg']);

// A sentence ends at terminal punctuation (and closing quotes or brackets) before a capital, a digit or the end.
// Tried only from the start of a run of punctuation (the look-behind): a match from inside the run
// would end where one from its start does, and trying each position of a run of 10,000 periods
// scanned the rest of the run every time (quadratic: 22 s for a rationale of periods).
const SENTENCE_END = /(?<![.!?])[.!?]+["”’')\]]*(?=\s+["“'(]?[A-Z0-9]|\s*$)/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = skipSpaces(text, 0);
  const re = new RegExp(SENTENCE_END);
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

/**
 * [start, end) spans of text inside double quotes (straight or curly), in order and disjoint.
 *
 * A quote left open (its closing mark lost in the PDF text) ends with the sentence it opens in. Run
 * to the end of the rationale, it hid everything after it, the reviewer's conclusion included. The
 * sentence is the nearest bound there is: a rationale is joined from its lines with single spaces, so
 * no paragraph break survives to end the quote at. The cost is small: when a quoted passage of
 * several sentences loses its closing mark, its later sentences are read as the reviewer's, which
 * at worst adds sentences to weigh; the reviewer's own concluding sentence still comes last.
 *
 * Straight quotes pair in turn, except that one shaped like an opener (after a space, before a word)
 * while a quote is open starts a new quote (the open one lost its closing mark), and one shaped like a
 * closer (after a word, before a space) while none is open is a stray mark, not an opening.
 * `sentences` gives splitSentences(text), asked for only when a quote is left open.
 */
export function quotedSpans(text: string, sentences: () => readonly Sentence[] = () => splitSentences(text)): Span[] {
  const spans: Span[] = [];
  // Most rationales quote nothing: two indexOf calls settle that without a character loop.
  if (text.indexOf('"') < 0 && text.indexOf('“') < 0) return spans;
  let ends: number[] | null = null;
  // Where the sentence holding `open` ends, at most `limit`: sentence ends are found once, then searched.
  const bound = (open: number, limit: number): number => {
    ends ??= sentences().map((s) => s.end);
    const e = firstAbove(ends, open);
    return e < 0 ? limit : Math.min(e, limit);
  };
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) {
      if (open >= 0) spans.push([open, bound(open, i)]);
      open = i;
    } else if (c === 0x201d && open >= 0) {
      spans.push([open, i + 1]);
      open = -1;
    } else if (c === 0x22) {
      if (open < 0) {
        if (!closerShaped(text, i)) open = i;
      } else if (openerShaped(text, i)) {
        spans.push([open, bound(open, i)]);
        open = i;
      } else {
        spans.push([open, i + 1]);
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push([open, bound(open, text.length)]);
  return spans;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0;
}

/** After a space or an opening bracket (or at the start) and before a word. */
function openerShaped(text: string, i: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  return (isSpace(before) || before === 0x28 || before === 0x5b) && !isSpace(after) && !/[.,;:)\]!?"]/.test(text[i + 1]);
}

/** After a word or punctuation and before a space, closing punctuation or the end. */
function closerShaped(text: string, i: number): boolean {
  const before = i === 0 ? 32 : text.charCodeAt(i - 1);
  if (isSpace(before) || before === 0x28 || before === 0x5b) return false;
  return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)) || /[.,;:)\]!?]/.test(text[i + 1]);
}

/** The first value above `at` in an ascending list, or -1. */
function firstAbove(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] > at) {
      found = sorted[mid];
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}

/**
 * True when `at` lies in one of the spans. The spans are quotedSpans' output, sorted and disjoint,
 * so a binary search finds the only candidate (a linear scan per cue was quadratic in a rationale
 * full of quotes).
 */
export function insideSpans(spans: readonly Span[], at: number): boolean {
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

/** A model text: a rationale, a guideline. Its object is the key, so it is split once however often asked. */
export interface TextHolder {
  readonly text: string;
}

interface Entry {
  sentences?: readonly Sentence[];
  quotes?: readonly Span[];
}

/**
 * A rationale's sentences and quoted spans, split once. One per analysis (analyze and LetterAnalyzer
 * hand the parse's to the rules; parseLetter and runRules make their own when not given one), so
 * what it holds goes with the analysis: kept in the model, with every item, it would grow the
 * model's memory, which is near its target (docs/benchmarks.md).
 */
export class SentenceMemo {
  // A Map, not a WeakMap: the memo lives for one analysis, and weak keys cost the collector more.
  private readonly entries = new Map<TextHolder, Entry>();

  private entry(holder: TextHolder): Entry {
    let e = this.entries.get(holder);
    if (!e) this.entries.set(holder, (e = {}));
    return e;
  }

  /** splitSentences(holder.text), once. */
  sentences(holder: TextHolder): readonly Sentence[] {
    const e = this.entry(holder);
    return (e.sentences ??= splitSentences(holder.text));
  }

  /** quotedSpans(holder.text), once; it reuses the sentences when it needs them. */
  quotes(holder: TextHolder): readonly Span[] {
    const e = this.entry(holder);
    return (e.quotes ??= quotedSpans(holder.text, () => this.sentences(holder)));
  }
}
