// Maps offsets in a model text (a rationale, a guideline, a title: lines joined with single
// spaces) back to ranges in the original letter. The model gives each block's text and range;
// when it also carries `segments` (where each joined line came from) the mapping is exact.
// Without them only what can be proven is mapped: offsets on a block's last line, counted back
// from the block's end. Callers fall back to the whole block's range when this returns null, and
// only ever build an edit (a quick fix) from an exact mapping.
import type { Range } from '../model';

/** One original line's piece of a joined text. */
export interface TextSegment {
  /** Offset of the piece in the joined text. */
  offset: number;
  line: number;
  character: number;
  length: number;
}

export interface TextBlock {
  text: string;
  /** Ends where the text's last character ends. */
  range: Range;
  segments?: readonly TextSegment[];
}

export interface Located {
  range: Range;
  /** True when the range is certain (edits may be built from it). */
  exact: boolean;
}

function fromSegments(segments: readonly TextSegment[], start: number, end: number): Range | null {
  // The last segment starting at or before the offset (before it, for an end), by binary search: a
  // scan per span was quadratic in a rationale of many lines with many findings.
  const at = (offset: number, isEnd: boolean) => {
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (isEnd ? segments[mid].offset < offset : segments[mid].offset <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return null;
    const s = segments[found];
    const within = Math.min(offset - s.offset, s.length);
    return { line: s.line, character: s.character + within };
  };
  const a = at(start, false);
  const b = end > start ? at(end, true) : a;
  return a && b ? { start: a, end: b } : null;
}

/**
 * The original range of text[start, end) in the block. Exact with segments; otherwise counted back
 * from the block's end, which is right when the span lies on the block's last line: certainly so
 * for a one-line block, and taken to be so when the tail from `start` is no longer than the last
 * line can be (an indented last line could hold less: such a range starts a little late).
 */
export function locateInBlock(block: TextBlock, start: number, end: number): Located | null {
  if (start < 0 || end > block.text.length || end < start) return null;
  if (block.segments && block.segments.length > 0) {
    const r = fromSegments(block.segments, start, end);
    return r ? { range: r, exact: true } : null;
  }
  const { range, text } = block;
  const tail = text.length - start;
  const endChar = range.end.character;
  const singleLine = range.start.line === range.end.line;
  if (singleLine ? endChar - range.start.character < text.length : tail > endChar) return null;
  const line = range.end.line;
  const toEnd = text.length - end;
  return {
    range: { start: { line, character: endChar - tail }, end: { line, character: endChar - toEnd } },
    // Exact only when the block's range is the text itself: a label before it, or spaces the model
    // collapsed, would make the count from the end uncertain.
    exact: singleLine && endChar - range.start.character === text.length,
  };
}

/** The located range, or the whole block's range when the span cannot be placed. */
export function rangeInBlock(block: TextBlock, start: number, end: number): Range {
  return locateInBlock(block, start, end)?.range ?? block.range;
}

/**
 * Like rangeInBlock, but first tries smaller blocks inside the outer one whose ranges the model
 * knows exactly (a rationale's concluding and considered sentences): a span inside one of them
 * is placed from that sentence's own start and end rather than from the end of the whole block,
 * and when it cannot be placed within the sentence, the sentence's range stands for it.
 */
export function rangeWithAnchors(outer: TextBlock, anchors: readonly TextBlock[], start: number, end: number): Range {
  return anchoredRanges(outer, anchors)(start, end);
}

/**
 * rangeWithAnchors for many spans of one block: each anchor is found in the block once, not once
 * per span (a rule placing thousands of spans searched the whole block thousands of times).
 */
export function anchoredRanges(outer: TextBlock, anchors: readonly TextBlock[]): (start: number, end: number) => Range {
  let offsets: number[] | null = null;
  return (start, end) => {
    offsets ??= anchors.map((a) => (a.text.length === 0 ? -1 : outer.text.indexOf(a.text)));
    for (let i = 0; i < anchors.length; i++) {
      const a = anchors[i];
      const k = offsets[i];
      if (k < 0 || start < k || end > k + a.text.length) continue;
      // The sentence holding the span is a tighter fallback than the whole block.
      return locateInBlock(a, start - k, end - k)?.range ?? a.range;
    }
    return rangeInBlock(outer, start, end);
  };
}
