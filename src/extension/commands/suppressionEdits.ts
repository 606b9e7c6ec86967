// Edits of the `ignore` list in `.imr-review.json` with jsonc-parser, so the user's comments and
// formatting survive. Pure text in, text out.
import { applyEdits, createScanner, modify, SyntaxKind, type FormattingOptions, type JSONPath, type Node } from 'jsonc-parser';
import { parseJsonTree, properties, readIgnoreEntry, suppression, type Property, type Suppression } from '../../core/light';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };
const BOM = '\ufeff';

export interface ListedSuppression extends Suppression {
  /** Position in the file's `ignore` array (entries that are not valid suppressions count too). */
  index: number;
}

export const NEW_CONFIG_TEXT = '{\n  // IMR Review configuration, shared by the VS Code extension and the imr-review CLI.\n  "rules": {},\n  "ignore": []\n}\n';

export class ConfigEditError extends Error {}

/** A config file read for editing: its text without a byte order mark, and its top-level "ignore" keys. */
interface Editable {
  bom: string;
  body: string;
  /** Every top-level "ignore" property in file order: the reader (parseConfig) uses the last. */
  ignores: Property[];
}

/** Undefined unless the text is a valid JSON object (the same reading as parseConfig's). */
function editable(text: string): Editable | undefined {
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const { root, error } = parseJsonTree(body);
  if (error || root?.type !== 'object') return undefined;
  return { bom, body, ignores: properties(root).filter((p) => p.key === 'ignore') };
}

/**
 * Applies jsonc-parser's `modify` to the "ignore" list the reader uses. `modify` follows the first
 * key of a name and the reader the last, so with several "ignore" keys the earlier ones are hidden
 * from it by same-length placeholders (offsets unchanged), then put back: formatting moves only
 * white space, never the text of a string.
 */
function modifyIgnore(e: Editable, path: JSONPath, value: unknown, isArrayInsertion = false): string {
  const options = { formattingOptions: FORMAT, isArrayInsertion };
  const hidden = e.ignores.slice(0, -1).map((p) => p.keyNode);
  if (hidden.length === 0) return e.bom + applyEdits(e.body, modify(e.body, path, value, options));
  const taken = `${e.body}${JSON.stringify(value) ?? ''}`;
  const marks: string[] = [];
  for (let c = 0xe000; marks.length < hidden.length && c <= 0xf8ff; c++) {
    if (!taken.includes(String.fromCharCode(c))) marks.push(String.fromCharCode(c));
  }
  if (marks.length < hidden.length) throw new ConfigEditError('the file repeats "ignore" too often to edit safely; remove the repeated keys first');
  const placeholders = hidden.map((k, i) => `"${marks[i].repeat(k.length - 2)}"`);
  let masked = e.body;
  hidden.forEach((k, i) => (masked = masked.slice(0, k.offset) + placeholders[i] + masked.slice(k.offset + k.length)));
  let out = applyEdits(masked, modify(masked, path, value, options));
  hidden.forEach((k, i) => {
    const at = out.indexOf(placeholders[i]);
    if (at < 0) throw new ConfigEditError('could not edit the file safely');
    out = out.slice(0, at) + e.body.slice(k.offset, k.offset + k.length) + out.slice(at + placeholders[i].length);
  });
  return e.bom + out;
}

/** The entries of the "ignore" list the reader uses, valid or not, in order; undefined when there is none. */
function ignoreEntries(e: Editable) {
  const last = e.ignores[e.ignores.length - 1];
  return last?.value.type === 'array' ? (last.value.children ?? []) : undefined;
}

/** Same rule, file and item; a letter-wide entry (no item) equals only another letter-wide one. */
export function sameSuppression(a: Suppression, b: Suppression): boolean {
  return a.rule === b.rule && a.file === b.file && a.item === b.item;
}

/** The valid suppressions in the file with their array positions; [] when the file has none. */
export function listSuppressions(text: string): ListedSuppression[] {
  const e = editable(text);
  const entries = e && ignoreEntries(e);
  if (!entries) return [];
  const out: ListedSuppression[] = [];
  entries.forEach((node, index) => {
    const read = readIgnoreEntry(node);
    if ('entry' in read) out.push({ ...read.entry, index });
  });
  return out;
}

/**
 * Adds a suppression (no-op when an identical one exists). Throws ConfigEditError when the file is
 * not a valid JSON object, or when `ignore` is present but not an array: never guess and clobber.
 */
export function addSuppression(text: string, entry: Suppression): { text: string; added: boolean } {
  const source = text.trim() === '' ? NEW_CONFIG_TEXT : text;
  const e = editable(source);
  if (!e) throw new ConfigEditError('the file is not a valid JSON object; fix it first');
  const absent = e.ignores.length === 0;
  if (!absent && !ignoreEntries(e)) throw new ConfigEditError('"ignore" is not an array; fix it first');
  if (listSuppressions(source).some((s) => sameSuppression(s, entry))) return { text: source, added: false };
  const value = suppression(entry.rule, entry.file, entry.item);
  if (absent) return { text: modifyIgnore(e, ['ignore'], [value]), added: true };
  const list = ignoreEntries(e)!;
  return { text: list.length ? e.bom + applyEdits(e.body, appendAfter(e.body, list[list.length - 1], value)) : modifyIgnore(e, ['ignore', -1], value, true), added: true };
}

/**
 * The edits that add `value` after the last entry of a list, leaving every other character where
 * it was. Not jsonc-parser's `modify`: it reformatted the last entry and moved the comment ending
 * its line onto the new one. The new entry takes the last one's shape: on a line of its own when
 * the last entry ends its line (one line or indented like it), else after it on the same line.
 */
function appendAfter(text: string, last: Node, value: unknown): Edit[] {
  const end = last.offset + last.length;
  // What follows the last entry up to the "]": white space, comments, maybe a comma, line breaks.
  const scanner = createScanner(text, false);
  scanner.setPosition(end);
  let comma: number | undefined;
  let lineBreak: { offset: number; eol: string } | undefined;
  for (let t = scanner.scan(); t !== SyntaxKind.CloseBracketToken && t !== SyntaxKind.EOF && !lineBreak; t = scanner.scan()) {
    if (t === SyntaxKind.CommaToken) comma = scanner.getTokenOffset() + 1;
    else if (t === SyntaxKind.LineBreakTrivia) lineBreak = { offset: scanner.getTokenOffset(), eol: scanner.getTokenValue() };
  }
  const lineStart = Math.max(text.lastIndexOf('\n', last.offset - 1), text.lastIndexOf('\r', last.offset - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, last.offset))![0];
  const own = text.slice(last.offset, end);
  const multiLine = /[\r\n]/.test(own);
  const oneLine = JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  if (!lineBreak) {
    // The last entry shares its line with the "]": the new one follows it on that line.
    return comma === undefined ? [{ offset: end, length: 0, content: `, ${oneLine}` }] : [{ offset: comma, length: 0, content: ` ${oneLine}` }];
  }
  const eol = lineBreak.eol;
  const unit = multiLine ? (/\r?\n([ \t]*)/.exec(own)?.[1] ?? indent).slice(indent.length) || '  ' : '';
  const shaped = multiLine ? JSON.stringify(value, null, unit).replace(/\n/g, eol + indent) : oneLine;
  const edits: Edit[] = [];
  // The comma goes right after the entry, before a comment ending its line, which stays there.
  if (comma === undefined) edits.push({ offset: end, length: 0, content: ',' });
  edits.push({ offset: lineBreak.offset, length: 0, content: `${eol}${indent}${shaped}` });
  return edits;
}

/** Removes the entries equal to any of `entries`. Returns the new text and how many were removed. */
export function removeSuppressions(text: string, entries: readonly Suppression[]): { text: string; removed: number } {
  const targets = listSuppressions(text)
    .filter((s) => entries.some((e) => sameSuppression(s, e)))
    .map((s) => s.index)
    .sort((a, b) => b - a); // back to front so earlier indices stay valid
  let out = text;
  let removed = 0;
  for (const index of targets) {
    const e = editable(out);
    const list = e && ignoreEntries(e);
    if (!e || !list) break; // not expected: each removal leaves a valid object
    out = e.bom + applyEdits(e.body, removal(e.body, list, index));
    removed++;
  }
  return { text: out, removed };
}

type Edit = { offset: number; length: number; content: string };

/**
 * The edits that remove one entry of the list with its comma and a comment ending its line,
 * leaving every other comment and line as it was. Not jsonc-parser's `modify`: for the last entry
 * it assumes one character between the entry and "]", so `[{...},{...}]` lost its "]".
 */
function removal(text: string, list: readonly Node[], index: number): Edit[] {
  const node = list[index];
  const array = node.parent!;
  if (list.length === 1) return [{ offset: array.offset + 1, length: array.length - 2, content: '' }];
  const end = node.offset + node.length;
  if (index < list.length - 1) {
    // A middle entry: with its comma, a comment ending its line and the line break, up to what
    // follows (a comment above the next entry stays). Anything unusual between them goes too.
    const after = /[ \t]*,[ \t]*(?:\/\/[^\r\n]*)?(?:\r?\n[ \t]*)?/y;
    after.lastIndex = end;
    return [{ offset: node.offset, length: (after.exec(text) ? after.lastIndex : list[index + 1].offset) - node.offset, content: '' }];
  }
  // The last entry: the comma after the previous one, then the entry's own line (or the entry alone
  // when it shares its line), with a comment ending it.
  const previousEnd = list[index - 1].offset + list[index - 1].length;
  const comma = /[ \t]*,/y;
  comma.lastIndex = previousEnd;
  if (!comma.exec(text)) return [{ offset: previousEnd, length: end - previousEnd, content: '' }];
  const trailing = /[ \t]*(?:\/\/[^\r\n]*)?/y;
  trailing.lastIndex = end;
  trailing.exec(text);
  const lineStart = /(?:\r?\n)[ \t]*$/.exec(text.slice(comma.lastIndex, node.offset));
  const start = lineStart ? comma.lastIndex + lineStart.index : node.offset;
  return [
    { offset: comma.lastIndex - 1, length: 1, content: '' },
    { offset: start, length: trailing.lastIndex - start, content: '' },
  ];
}
