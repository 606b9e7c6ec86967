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
    assert.ok(regexes.length > 20, `found ${regexes.length} regexes`);
    for (const [where, key, source] of regexes) {
      // vscode-textmate substitutes \G where it cannot match; Oniguruma compiles the \G rules as they are.
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${where}.${key}: ${source}`);
    }
  });

  it('names only scopes of this grammar', () => {
    for (const [where, key, names] of collect(raw, new Set(['name', 'contentName']))) {
      if (where === '' && key === 'name') continue; // the grammar's display name
      for (const scope of names.split(' ')) assert.match(scope, /^[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.imr$/, `${where}.${key}`);
    }
  });

  it('keeps each *-at-line-start rule the same as its ^ rule but for the anchor', () => {
    const repository = raw.repository as Record<string, Rule>;
    const copies = Object.keys(repository).filter((k) => k.endsWith('-at-line-start'));
    assert.ok(copies.length > 0, 'the grammar has line-start copies');
    const withoutComment = ({ comment: _comment, ...rule }: Rule): Rule => rule;
    for (const name of copies) {
      const copy = repository[name];
      const original = repository[name.slice(0, -'-at-line-start'.length)];
      assert.ok(original, `${name} copies a rule that exists`);
      assert.match(String(copy.match), /^\\G/, `${name} starts with \\G`);
      assert.match(String(original.match), /^\^/, `the rule ${name} copies starts with ^`);
      assert.deepStrictEqual(withoutComment({ ...copy, match: `^${String(copy.match).slice(2)}` }), withoutComment(original), name);
    }
  });

  it('includes only rules it defines', () => {
    const repository = raw.repository as Record<string, unknown>;
    for (const [where, , include] of collect(raw, new Set(['include']))) {
      assert.ok(include.startsWith('#') && include.slice(1) in repository, `${where}: ${include}`);
    }
  });
});
