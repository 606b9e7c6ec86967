// Joins wrapped lines into one string for sentence-level analysis while remembering where every
// character came from, so a match in the joined text maps back to an exact original range.
import type { Position, Range, TextSegment } from '../../model';
import type { Line } from './lines';
import { exact } from '../../text/compact';

type Segment = TextSegment;

/** A word hyphenated at the end of a line: the next line continues it without a space. */
const HYPHENATED_END = /[A-Za-z0-9]-$/;

export class JoinedText {
  readonly text: string;
  private readonly segments: Segment[];

  constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  /** Joins content lines with single spaces; a word hyphenated across a line break is rejoined. */
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
