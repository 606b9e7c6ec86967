// Edits of the `ignore` list in `.imr-review.json` with jsonc-parser, so the user's comments and
// formatting survive. Pure text in, text out.
import { applyEdits, modify, parse, type FormattingOptions, type ParseError } from 'jsonc-parser';
import { suppression, type Suppression } from '../core/index';

const FORMAT: FormattingOptions = { insertSpaces: true, tabSize: 2, eol: '\n' };

export interface ListedSuppression extends Suppression {
  /** Position in the file's `ignore` array (entries that are not valid suppressions count too). */
  index: number;
}

export const NEW_CONFIG_TEXT = '{\n  // IMR Review configuration, shared by the VS Code extension and the imr-review CLI.\n  "rules": {},\n  "ignore": []\n}\n';

function parseObject(text: string): Record<string, unknown> | undefined {
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  return raw as Record<string, unknown>;
}

/** Same rule, file and item; a letter-wide entry (no item) equals only another letter-wide one. */
export function sameSuppression(a: Suppression, b: Suppression): boolean {
  return a.rule === b.rule && a.file === b.file && a.item === b.item;
}

/** The valid suppressions in the file with their array positions; [] when the file has none. */
export function listSuppressions(text: string): ListedSuppression[] {
  const obj = parseObject(text);
  if (!obj || !Array.isArray(obj.ignore)) return [];
  const out: ListedSuppression[] = [];
  obj.ignore.forEach((e: unknown, index: number) => {
    const s = e as Partial<Record<keyof Suppression, unknown>> | null;
    if (s && typeof s.rule === 'string' && typeof s.file === 'string' && (s.item === undefined || typeof s.item === 'string')) {
      out.push({ ...suppression(s.rule, s.file, s.item), index });
    }
  });
  return out;
}

export class ConfigEditError extends Error {}

/**
 * Adds a suppression (no-op when an identical one exists). Throws ConfigEditError when the file is
 * not a valid JSON object, or when `ignore` is present but not an array: never guess and clobber.
 */
export function addSuppression(text: string, entry: Suppression): { text: string; added: boolean } {
  const source = text.trim() === '' ? NEW_CONFIG_TEXT : text;
  const obj = parseObject(source);
  if (!obj) throw new ConfigEditError('the file is not a valid JSON object; fix it first');
  if (obj.ignore !== undefined && !Array.isArray(obj.ignore)) throw new ConfigEditError('"ignore" is not an array; fix it first');
  if (listSuppressions(source).some((s) => sameSuppression(s, entry))) return { text: source, added: false };
  const value = suppression(entry.rule, entry.file, entry.item);
  const path = obj.ignore === undefined ? ['ignore'] : ['ignore', -1];
  const edits = modify(source, path, obj.ignore === undefined ? [value] : value, { formattingOptions: FORMAT, isArrayInsertion: true });
  return { text: applyEdits(source, edits), added: true };
}

/** Removes the entries equal to any of `entries`. Returns the new text and how many were removed. */
export function removeSuppressions(text: string, entries: readonly Suppression[]): { text: string; removed: number } {
  const targets = listSuppressions(text)
    .filter((s) => entries.some((e) => sameSuppression(s, e)))
    .map((s) => s.index)
    .sort((a, b) => b - a); // back to front so earlier indices stay valid
  let out = text;
  for (const index of targets) out = applyEdits(out, modify(out, ['ignore', index], undefined, { formattingOptions: FORMAT }));
  return { text: out, removed: targets.length };
}
