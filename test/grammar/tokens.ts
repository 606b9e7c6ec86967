// Tokenizing helpers for the grammar tests: lines in, scopes at a substring out.
import * as assert from 'assert';
import { INITIAL, type IGrammar, type IToken } from './load-grammar';

export interface TokenizedLine {
  line: string;
  tokens: IToken[];
}

/** Tokenizes lines in order, carrying the rule stack from one line to the next as the editor does. */
export function tokenizeLines(grammar: IGrammar, lines: readonly string[]): TokenizedLine[] {
  let state = INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return { line, tokens: r.tokens };
  });
}

/** Splits text the way VS Code splits a document into lines. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * The scopes of every character of `substring` (its first occurrence at or after `from`) when all
 * of them agree, else an assertion error naming the tokens it spans.
 */
export function scopesIn(t: TokenizedLine, substring: string, from = 0): string[] {
  const at = t.line.indexOf(substring, from);
  assert.ok(at >= 0, `"${substring}" is not on the line "${t.line}"`);
  const end = at + substring.length;
  const spanned = t.tokens.filter((tok) => tok.startIndex < end && at < tok.endIndex);
  assert.ok(spanned.length > 0, `no token covers "${substring}"`);
  const first = spanned[0].scopes.join(' ');
  for (const tok of spanned) {
    assert.strictEqual(tok.scopes.join(' '), first, `"${substring}" spans tokens with different scopes: ${spanned.map((s) => `[${t.line.slice(s.startIndex, s.endIndex)}] ${s.scopes.join(' ')}`).join(' | ')}`);
  }
  return spanned[0].scopes;
}

/** Tokenizes one line from the initial state and returns the scopes over `substring`. */
export function scopesAt(grammar: IGrammar, line: string, substring: string): string[] {
  return scopesIn(tokenizeLines(grammar, [line])[0], substring);
}

/** Asserts that one of `scopes` is `expected` or starts with `expected.` (a scope family). */
export function assertHasScope(scopes: readonly string[], expected: string, what: string): void {
  assert.ok(
    scopes.some((s) => s === expected || s.startsWith(`${expected}.`)),
    `${what}: expected a scope in the ${expected} family, got ${scopes.join(' ')}`,
  );
}

/** Asserts that no scope of `scopes` is in the `family`. */
export function assertLacksScope(scopes: readonly string[], family: string, what: string): void {
  const found = scopes.filter((s) => s === family || s.startsWith(`${family}.`));
  assert.deepStrictEqual(found, [], `${what}: expected no ${family} scope, got ${scopes.join(' ')}`);
}
