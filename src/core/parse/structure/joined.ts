// Joins wrapped lines into one string for sentence-level analysis while remembering where every
// character came from, so a match in the joined text maps back to an exact original range.
import type { Position, Range, TextSegment } from '../../model';
import type { Line } from './lines';
import { exact } from '../../text/compact';
import { isEnglishWord } from '../../lexicon/dictionary';
import { isKnownWord } from '../../lexicon/spelling';

type Segment = TextSegment;

/** A word hyphenated at the end of a line: the next line continues it without a space. */
const HYPHENATED_END = /[A-Za-z0-9]-$/;
/** Longest part of a word looked at on either side of a line-end hyphen. */
const MAX_PART = 40;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isWord(w: string): boolean {
  return isEnglishWord(w) || isKnownWord(w);
}

/**
 * True when a line ending in `before` (its hyphen included) and the next beginning with `after`
 * split one word at a syllable ("neces-" / "sary"), so the hyphen goes: the joined form is a word
 * and the parts are not both words. A compound ("follow-" / "up", "long-" / "term") keeps its hyphen.
 */
export function isSplitWord(before: string, after: string): boolean {
  let i = before.length - 1; // the hyphen
  while (i > 0 && before.length - 1 - i < MAX_PART && isLetter(before.charCodeAt(i - 1))) i--;
  if (i > 0 && isLetter(before.charCodeAt(i - 1))) return false;
  let j = 0;
  while (j < after.length && j <= MAX_PART && isLetter(after.charCodeAt(j))) j++;
  if (j > MAX_PART || (j < after.length && /[0-9-]/.test(after[j]))) return false;
  const left = before.slice(i, -1);
  const right = after.slice(0, j);
  if (left.length === 0 || right.length === 0 || !isWord(left + right)) return false;
  return !(isWord(left) && isWord(right));
}

export class JoinedText {
  readonly text: string;
  private readonly segments: Segment[];

  constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  /**
   * Joins content lines with single spaces; a word hyphenated across a line break is rejoined,
   * without its hyphen when the hyphen only split it (isSplitWord).
   */
  static fromLines(lines: readonly Line[], firstCharacter = 0): JoinedText {
    // Parts joined once at the end, and the hyphen test on the last two characters only: testing
    // a regex against the growing string flattened it on every line (quadratic in a long paragraph).
    const parts: string[] = [];
    let length = 0;
    let tail = '';
    const segments: Segment[] = [];
    let first = true;
    for (const l of lines) {
      if (l.kind !== 'content') continue;
      let t = l.text;
      let character = l.start;
      if (first && firstCharacter > l.start) {
        const cut = firstCharacter - l.start;
        t = t.slice(cut).trimStart();
        character = l.start + (l.text.length - t.length);
        if (t.length === 0) {
          first = false;
          continue;
        }
      }
      if (length > 0 && !HYPHENATED_END.test(tail)) {
        parts.push(' ');
        length += 1;
        tail = tail.slice(-1) + ' ';
      } else if (length > 0 && isSplitWord(parts[parts.length - 1], t)) {
        // The hyphen leaves the joined text (its segment ends before it): the word reads whole
        // and its range still runs from the first line to the second.
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
        segments[segments.length - 1].length -= 1;
        length -= 1;
      }
      segments.push({ offset: length, line: l.line, character, length: t.length });
      parts.push(t);
      length += t.length;
      tail = t.length >= 2 ? t.slice(-2) : (tail + t).slice(-2);
      first = false;
    }
    return new JoinedText(parts.join(''), exact(segments));
  }

  /** The offset map, as plain data for the model (shared, not copied: neither side changes it). */
  get segmentList(): TextSegment[] {
    return this.segments;
  }

  /** The offset map of [start, start + length) only, with offsets relative to `start`. */
  segmentsOf(start: number, length: number): TextSegment[] {
    // The whole text (an item title, mostly): its own map, shared as segmentList is.
    if (start === 0 && length === this.text.length) return this.segments;
    const end = start + length;
    const out: TextSegment[] = [];
    for (const g of this.segments) {
      const a = Math.max(g.offset, start);
      const b = Math.min(g.offset + g.length, end);
      if (b <= a) continue;
      out.push({ offset: a - start, line: g.line, character: g.character + (a - g.offset), length: b - a });
    }
    return exact(out);
  }

  /** A joined text rebuilt from model data (`text` + `segments`), e.g. in a rule. */
  static fromModel(text: string, segments: readonly TextSegment[]): JoinedText {
    return new JoinedText(text, [...segments]);
  }

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  /** Original position of a joined-text offset. Offsets on a joining space map to the end of the line before. */
  positionAt(offset: number): Position {
    const s = this.segmentAt(offset);
    if (!s) return { line: 0, character: 0 };
    const within = Math.max(0, Math.min(offset - s.offset, s.length));
    return { line: s.line, character: s.character + within };
  }

  /** Original position just after the character at `end - 1`. */
  endPositionAt(end: number): Position {
    const s = this.segmentAt(Math.max(0, end - 1));
    if (!s) return { line: 0, character: 0 };
    const within = Math.max(0, Math.min(end - s.offset, s.length));
    return { line: s.line, character: s.character + within };
  }

  private segmentAt(offset: number): Segment | undefined {
    const segs = this.segments;
    if (segs.length === 0) return undefined;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].offset <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo];
  }

  /** Original range of [start, end) in the joined text; the end is mapped as the end of its last character. */
  rangeOf(start: number, end: number): Range {
    const startPos = this.positionAt(start);
    if (end <= start) return { start: startPos, end: startPos };
    return { start: startPos, end: this.endPositionAt(end) };
  }

  /** The whole joined text's range. */
  fullRange(): Range {
    return this.rangeOf(0, this.text.length);
  }
}
