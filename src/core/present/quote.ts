// How a phrase quotes letter text. The words around a quotation are the same on every surface; only
// the marks differ: plain-text labels (the Outline's details) use straight quotes, Markdown
// documents may use curly ones and escape what they quote.

export type Quote = (text: string) => string;

export const straightQuote: Quote = (text) => `"${text}"`;

export const curlyQuote: Quote = (text) => `“${text}”`;

/** Where an excerpt leaves words out, as a quotation marks an omission. */
export const OMISSION = '[...]';

/** A message quotes a sentence of about this many characters at most. */
export const EXCERPT_LENGTH = 160;

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

/**
 * Letter text for a one-line message: line breaks and runs of spaces as one space; text longer than
 * `max` keeps its first third and its last two thirds (where a concluding sentence states its
 * verdict), cut at spaces, with OMISSION between. A run of text gone astray is read only at its ends.
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const window = 4 * max;
  const long = text.length > window;
  const start = oneLine(long ? text.slice(0, window) : text).trim();
  if (!long && start.length <= max) return start;
  const end = long ? oneLine(text.slice(-window)).trim() : start;
  const room = max - OMISSION.length - 2;
  const headLength = Math.floor(room / 3);
  return `${wordsFromStart(start, headLength)} ${OMISSION} ${wordsToEnd(end, room - headLength)}`;
}

/** The first `n` characters or fewer, ending at a space when one is in their second half. */
function wordsFromStart(s: string, n: number): string {
  const cut = s.slice(0, n);
  if (s.length <= n || s[n] === ' ') return cut.trimEnd();
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/** The last `n` characters or fewer, starting after a space when one is in their first half. */
function wordsToEnd(s: string, n: number): string {
  const cut = s.slice(-n);
  if (s.length <= n || s[s.length - n - 1] === ' ') return cut.trimStart();
  const space = cut.indexOf(' ');
  return (space >= 0 && space < n / 2 ? cut.slice(space + 1) : cut).trimStart();
}
