// Letter text and file names reach spreadsheets, Markdown previews and terminals, and each of them
// has syntax that acts: a formula runs, markup loads an image or makes a link, an escape sequence
// retitles the terminal. These helpers make such text inert there while it still reads as itself.

/**
 * Characters a terminal or a log reader acts on, or that hide or reorder what follows: C0 controls
 * (tab and line breaks included), DEL, C1 controls, the line and paragraph separators, and the
 * bidirectional marks, embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text for one line of a terminal or a CI log: each control character becomes a visible escape
 * (`\n`, `\t`, `\x1b`, `\u202e`), so a file name or letter text can neither start a line of its
 * own (a CI log would read it as a workflow command) nor send an escape sequence.
 */
export function escapeControls(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const code = c.charCodeAt(0);
    return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/**
 * A CSV cell a spreadsheet shows as text. A cell starting with `=`, `+`, `-` or `@` (or a tab or a
 * carriage return, which some spreadsheets skip before those) is run as a formula when the file is
 * opened, `=HYPERLINK(...)` included; the usual remedy (OWASP, "CSV injection") is a leading `'`,
 * which spreadsheets show or drop but never run. Numbers are the caller's to keep as numbers.
 */
export function neutralizeCsvCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/**
 * Text for the inside of a Markdown line (a table cell, a list item after its marker, a heading
 * after its `#`) that renders as itself: backslash escapes (CommonMark renders `\x` as `x` for
 * any ASCII punctuation) for HTML (`<`, `>`, `&` entities), links and images (`[`, `]`, `!`),
 * code, emphasis and strikethrough, table pipes and math (`$`), and breaks in the shapes that
 * renderers link without markup: `https://…` and `//host` (the second slash), `www.` (its dot)
 * and e-mail addresses (the `@`). Line breaks are the caller's: this text is one line.
 */
export function escapeMarkdownInline(s: string): string {
  return s
    .replace(/[\\`*_[\]<>!|~&$@]/g, '\\$&')
    .replace(/\/(?=\/)/g, '/\\')
    .replace(/\b(www)\./gi, '$1\\.');
}
