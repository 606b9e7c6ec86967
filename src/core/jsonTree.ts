// Reading `.imr-review.json` as untrusted input: a JSON-with-comments syntax tree that is never
// turned into JavaScript objects (so "__proto__" is a key like any other), that sees duplicate keys,
// and whose parse never throws: jsonc-parser recurses once per nesting level, so 8,000 "[" overflow
// the stack. A linear pre-scan with jsonc-parser's own scanner refuses deep nesting first.
import { createScanner, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';

/** Far above any real configuration (3 levels: file, ignore, entry), far below the stack's limit. */
export const MAX_NESTING = 64;

export interface JsonTree {
  /** Absent for empty text or text that was refused. */
  root?: Node;
  /** One line at most: the first syntax error (and how many followed), or why the text was refused. */
  error?: string;
  /** Set when the text was refused as a whole (too deeply nested, or the parser failed): no tree. */
  refused?: true;
}

/**
 * Where the nesting first exceeds `max` levels, or -1. Uses the scanner the parser uses, so strings
 * and comments are skipped exactly as it skips them. A closer pops only a matching opener: the
 * parser skips a mismatched one too, so this depth is never below the parser's.
 */
export function tooDeepAt(text: string, max = MAX_NESTING): number {
  const scanner = createScanner(text, true);
  const open: SyntaxKind[] = [];
  for (let token = scanner.scan(); token !== SyntaxKind.EOF; token = scanner.scan()) {
    if (token === SyntaxKind.OpenBraceToken || token === SyntaxKind.OpenBracketToken) {
      if (open.push(token) > max) return scanner.getTokenOffset();
    } else if (token === SyntaxKind.CloseBraceToken || token === SyntaxKind.CloseBracketToken) {
      if (open[open.length - 1] === token - 1) open.pop();
    }
  }
  return -1;
}

/**
 * The syntax tree of JSON-with-comments text. Never throws. A leading byte order mark counts as
 * white space (replaced by a space, so every offset is still one into `text`).
 */
export function parseJsonTree(text: string): JsonTree {
  try {
    const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
    const deep = tooDeepAt(source);
    if (deep >= 0) return { refused: true, error: `nested too deeply (more than ${MAX_NESTING} levels, at offset ${deep}): nothing in the file applies` };
    const errors: ParseError[] = [];
    const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length === 0) return { root };
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more syntax error${errors.length === 2 ? '' : 's'})` : '';
    return { root, error: `${printParseErrorCode(first.error)} at offset ${first.offset}${more}` };
  } catch (e) {
    // A last guard: a bug or a resource limit of the parser must cost this file, not the run.
    return { refused: true, error: `could not be parsed (${e instanceof Error ? e.name : 'error'}): nothing in the file applies` };
  }
}

export interface Property {
  key: string;
  /** The key's string token, quotes included. */
  keyNode: Node;
  value: Node;
}

/** An object node's properties in file order, duplicates included; those without a value are left out. */
export function properties(object: Node): Property[] {
  const out: Property[] = [];
  for (const p of object.children ?? []) {
    const [keyNode, value] = p.children ?? [];
    if (p.type === 'property' && keyNode?.type === 'string' && value) out.push({ key: String(keyNode.value), keyNode, value });
  }
  return out;
}

export interface ObjectProperties {
  /** Every property in file order, repeated keys included. */
  all: Property[];
  /** The property each key stands for: the last one, as in JSON.parse and jsonc-parser's parse (its `modify` edits the first). */
  byKey: Map<string, Property>;
  /** Each repeated key once. */
  duplicates: string[];
}

export function lastProperties(object: Node): ObjectProperties {
  const all = properties(object);
  const byKey = new Map<string, Property>();
  const duplicates = new Set<string>();
  for (const p of all) {
    if (byKey.has(p.key)) duplicates.add(p.key);
    byKey.set(p.key, p);
  }
  return { all, byKey, duplicates: [...duplicates] };
}

/** A key or value for a message: quoted and escaped (one line), cut to `max` characters. */
export function quote(s: string, max = 60): string {
  return JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
}
