// The grammar file itself: every regex compiles in Oniguruma (vscode-textmate compiles a rule only
// when a line first reaches it, so a broken rare rule would otherwise fail in a user's editor),
// and every scope it gives belongs to this grammar.
import * as assert from 'assert';
import * as fs from 'fs';
import * as oniguruma from 'vscode-oniguruma';
import { IMR_GRAMMAR_PATH, IMR_SCOPE, loadImrGrammar } from './load-grammar';

interface Rule {
  [key: string]: unknown;
}

/** [where, key, value] for every string under the given keys anywhere in the grammar. */
function collect(node: unknown, keys: ReadonlySet<string>, where = ''): [string, string, string][] {
  if (Array.isArray(node)) return node.flatMap((n, i) => collect(n, keys, `${where}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Rule).flatMap(([k, v]) => (keys.has(k) && typeof v === 'string' ? [[where, k, v] as [string, string, string]] : collect(v, keys, `${where}/${k}`)));
}

describe('IMR grammar file', () => {
  const raw = JSON.parse(fs.readFileSync(IMR_GRAMMAR_PATH, 'utf8')) as Rule;

  before(async () => {
    await loadImrGrammar(); // loads the Oniguruma WASM once for this process
  });

  it('is text.imr', () => {
    assert.strictEqual(raw.scopeName, IMR_SCOPE);
  });

  it('has regexes that all compile', () => {
    const regexes = collect(raw, new Set(['match', 'begin', 'end']));
    assert.ok(regexes.length > 10, `found ${regexes.length} regexes`); // the walk reached the rules (families are merged, so few)
    for (const [where, key, source] of regexes) {
      // vscode-textmate substitutes \G and \A before compiling; these rules use neither.
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}.${key}: ${source}`);
    }
  });

  it('names only scopes of this grammar', () => {
    for (const [where, key, names] of collect(raw, new Set(['name', 'contentName']))) {
      if (where === '' && key === 'name') continue; // the grammar's display name
      for (const scope of names.split(' ')) assert.match(scope, /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.imr$/, `${where}.${key}`);
    }
  });

  it('splits the line kinds by first character without losing the item heading', () => {
    const repository = raw.repository as Record<string, Rule>;
    const lineKind = String(repository['line-kind'].match);
    const itemOnly = String(repository['line-kind-item'].match);
    // The two lookaheads are complements, so every line reaches exactly one of the rules.
    const blankOrCapital = '^(?=[\\t\\f A-Z])(?:';
    const other = '^(?=[^\\t\\f A-Z])';
    assert.ok(lineKind.startsWith(blankOrCapital), lineKind.slice(0, 40));
    assert.ok(itemOnly.startsWith(other), itemOnly.slice(0, 40));
    const itemHeading = itemOnly.slice(other.length);
    assert.ok(lineKind.endsWith(`|${itemHeading})`), 'line-kind ends with the item-heading alternative of line-kind-item');
    const before = lineKind.slice(0, lineKind.length - itemHeading.length - 1);
    const groupsBefore = (before.match(/(?<!\\)\((?!\?)/g) ?? []).length;
    const lineCaptures = repository['line-kind'].captures as Record<string, unknown>;
    const ownCaptures = repository['line-kind-item'].captures as Record<string, unknown>;
    const expected = Object.fromEntries(Object.entries(lineCaptures).flatMap(([k, v]) => (Number(k) > groupsBefore ? [[String(Number(k) - groupsBefore), v]] : [])));
    assert.deepStrictEqual(ownCaptures, expected);
  });

  it('includes only rules it defines', () => {
    const repository = raw.repository as Record<string, unknown>;
    for (const [where, , include] of collect(raw, new Set(['include']))) {
      assert.ok(include.startsWith('#') && include.slice(1) in repository, `${where}: ${include}`);
    }
  });
});
