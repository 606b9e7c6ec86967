import type { Position, Range } from '../model';

export const pos = (line: number, character: number): Position => ({ line, character });
export const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: pos(sl, sc), end: pos(el, ec) });

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function compareRanges(a: Range, b: Range): number {
  return comparePositions(a.start, b.start) || comparePositions(a.end, b.end);
}

export function containsPosition(r: Range, p: Position): boolean {
  return comparePositions(r.start, p) <= 0 && comparePositions(p, r.end) <= 0;
}
