// String.prototype.lastIndexOf in time linear in the text. V8 compares the needle afresh at each
// position going back, so a long needle in repetitive text (a concluding sentence of 80,000 letters
// "a" before a sentence of as many) took seconds; its indexOf does not, so the reversed strings are
// searched forward instead.

/** Needles up to this long are searched by lastIndexOf itself (at most this many comparisons a position). */
const SHORT_NEEDLE = 32;
/** Code units per String.fromCharCode call: its arguments live on the stack. */
const CHUNK = 8192;

/**
 * text.lastIndexOf(needle), searched forward in the reversed strings when the needle is long: first
 * in the text's last 2 needle lengths, then in suffixes twice as long, so a needle near the end (a
 * rationale's concluding sentence, usually its last) costs no reversal of the whole text.
 */
export function lastIndexOf(text: string, needle: string): number {
  const m = needle.length;
  if (m <= SHORT_NEEDLE || m > text.length) return text.lastIndexOf(needle);
  // The usual case, a rationale ending in its concluding sentence, without reversing anything.
  if (text.endsWith(needle)) return text.length - m;
  const back = reversed(needle);
  for (let window = 2 * m; ; window *= 2) {
    // Every occurrence starting in the suffix lies in it whole: the first one found reversed is the last.
    const from = Math.max(0, text.length - window);
    const k = reversed(text.slice(from)).indexOf(back);
    if (k >= 0) return text.length - k - m;
    if (from === 0) return -1;
  }
}

/** The code units of `s` in reverse order (a surrogate pair reversed too: only ever searched). */
function reversed(s: string): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(CHUNK, s.length));
  for (let end = s.length; end > 0; end -= CHUNK) {
    const n = Math.min(CHUNK, end);
    for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(end - 1 - i);
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, n) as unknown as number[]));
  }
  return parts.join('');
}
