// White space as a regex's `\s` and String.prototype.trim see it, for the scans written by hand
// where a pattern would backtrack over long runs of it.

/** True when the UTF-16 code unit is matched by `\s` (the same set `trim` removes). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of the run of white space starting at `i` (i itself when there is none). */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

// Runs of white space other than a lone space: replacing these by one space gives what /\s+/g does,
// without replacing each lone space by itself (a million matches for a line of words slowed down
// steeply, the replacements' bookkeeping outgrowing the young generation).
const SPACE_RUNS = / \s+|[^\S ]\s*/g;

/** `s.replace(/\s+/g, ' ')`: every run of white space as one space. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUNS, ' ');
}
