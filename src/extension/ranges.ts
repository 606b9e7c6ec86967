// Position helpers on the core's LSP-shaped ranges (the facade exports only compareRanges and
// containsPosition).
import type { Position } from '../core/index';

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
