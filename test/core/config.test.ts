// `.imr-review.json` as hostile input: deep nesting, a byte order mark, prototype keys, repeated
// keys. parseConfig must answer each with its problems named and never throw.
import * as assert from 'assert';
import { analyze, MAX_NESTING, parseConfig } from '../../src/core';
import { syntheticLetter } from './helpers';

const CONTRADICTORY = syntheticLetter([
  { heading: 'Lidoderm 5% patch #30:  Overturned', rationale: 'No neuropathic pain is documented. Therefore, the request is not medically necessary.' },
]);
const rulesReported = (config: string, file = 'a.txt') => analyze(CONTRADICTORY, { config: parseConfig(config).config, file }).findings.map((f) => f.rule);

describe('configuration as hostile input', () => {
  describe('deep nesting', () => {
    it('refuses 8,000 "[" (16 KB) with one error instead of overflowing the stack', () => {
      for (const text of ['['.repeat(8000), '{"a":'.repeat(8000), `{"rules": ${'['.repeat(100000)}`]) {
        const r = parseConfig(text);
        assert.strictEqual(r.errors.length, 1, r.errors.join('\n'));
        assert.match(r.errors[0], /^nested too deeply \(more than 64 levels, at offset \d+\): nothing in the file applies$/);
        assert.strictEqual(r.unused, true);
        assert.deepStrictEqual(r.config, { rules: {}, ignore: [] });
      }
    });

    it('reads 64 levels and refuses 65', () => {
      assert.strictEqual(MAX_NESTING, 64);
      const nested = (levels: number) => `{"rules": {"IMR001": "off"}, "x": ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;
      const ok = parseConfig(nested(64));
      assert.deepStrictEqual(ok.config.rules, { IMR001: 'off' });
      assert.deepStrictEqual(ok.errors, ['unknown key "x" (expected "rules" or "ignore")']);
      assert.match(parseConfig(nested(65)).errors[0], /^nested too deeply/);
    });

    it('does not count brackets inside strings and comments, and counts mismatched closers as no closers', () => {
      const brackets = `{ "rules": { "IMR001": "off" }, "$schema": "${'['.repeat(500)}" // ${'{'.repeat(500)}\n /* ${'['.repeat(500)} */ }`;
      assert.deepStrictEqual(parseConfig(brackets).errors, []);
      // "}" does not close a "[": the parser skips it, so the nesting still grows.
      assert.match(parseConfig('[}'.repeat(100)).errors[0], /^nested too deeply/);
      // An escaped quote does not end a string.
      assert.deepStrictEqual(parseConfig(`{ "$schema": "\\"${'['.repeat(200)}" }`).errors, []);
    });
  });

  describe('byte order mark', () => {
    it('reads a config that starts with a UTF-8 BOM, as the editor does', () => {
      const r = parseConfig('\ufeff{ "rules": { "IMR001": "off" } }');
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.config.rules, { IMR001: 'off' });
      assert.deepStrictEqual(parseConfig('\ufeff{}'), parseConfig('{}'));
    });

    it('gives error offsets into the text as given, BOM included', () => {
      const plain = parseConfig('{ "rules": nope }').errors;
      const bom = parseConfig('\ufeff{ "rules": nope }').errors;
      assert.deepStrictEqual(plain, ['InvalidSymbol at offset 11 (and 1 more syntax error)']);
      assert.deepStrictEqual(bom, ['InvalidSymbol at offset 12 (and 1 more syntax error)']);
    });

    it('does not accept a BOM anywhere else', () => {
      assert.match(parseConfig('{ \ufeff"rules": {} }').errors[0], /^InvalidSymbol at offset 2/);
    });
  });

  describe('prototype keys', () => {
    it('reports "__proto__" at the top level as an unknown key and never reads through it', () => {
      const text = '{"__proto__": {"rules": {"IMR001": "off"}, "ignore": [{"rule": "IMR001", "file": "a.txt"}]}}';
      const r = parseConfig(text);
      assert.deepStrictEqual(r.errors, ['unknown key "__proto__" (expected "rules" or "ignore")']);
      assert.deepStrictEqual(r.config, { rules: {}, ignore: [] });
      assert.deepStrictEqual(rulesReported(text), ['IMR001'], 'the rule is still on');
    });

    it('reports "__proto__", "constructor" and "prototype" as unknown keys at every level', () => {
      const r = parseConfig(JSON.stringify({ constructor: 1, prototype: 2 }));
      assert.deepStrictEqual(r.errors, ['unknown key "constructor" (expected "rules" or "ignore")', 'unknown key "prototype" (expected "rules" or "ignore")']);
      const rules = parseConfig('{"rules": {"__proto__": {"IMR001": "off"}, "constructor": "off", "prototype": "off", "IMR002": "info"}}');
      assert.deepStrictEqual(rules.errors, ['unknown rule "__proto__"', 'unknown rule "constructor"', 'unknown rule "prototype"']);
      assert.deepStrictEqual(rules.config.rules, { IMR002: 'info' });
      assert.strictEqual(Object.getPrototypeOf(rules.config.rules), Object.prototype);
    });

    it('does not read an ignore entry\'s keys through "__proto__", and does not use the entry', () => {
      const text = '{"ignore": [{"__proto__": {"rule": "IMR001", "file": "a.txt"}}, {"rule": "IMR001", "file": "b.txt", "__proto__": {"item": "X"}}]}';
      const r = parseConfig(text);
      assert.deepStrictEqual(r.errors, [
        'ignore[0]: unknown key "__proto__" (expected {"rule", "file"} strings and an optional "item" string); the entry is not used',
        'ignore[1]: unknown key "__proto__" (expected {"rule", "file"} strings and an optional "item" string); the entry is not used',
      ]);
      assert.deepStrictEqual(r.config.ignore, []);
      assert.deepStrictEqual(rulesReported(text), ['IMR001']);
    });

    it('does not use an ignore entry with a misspelled key (it would cover the whole letter)', () => {
      const r = parseConfig('{"ignore": [{"rule": "IMR001", "file": "a.txt", "itme": "Lidoderm 5% patch #30"}]}');
      assert.match(r.errors[0], /^ignore\[0\]: unknown key "itme"/);
      assert.deepStrictEqual(r.config.ignore, []);
    });
  });

  describe('duplicate keys', () => {
    it('warns about a repeated "ignore" or "rules" key, naming it, and uses the last one', () => {
      const r = parseConfig('{"ignore": [{"rule": "IMR001", "file": "a.txt"}], "rules": {"IMR002": "off"}, "ignore": [{"rule": "IMR003", "file": "b.txt"}], "rules": {"IMR004": "info"}}');
      assert.deepStrictEqual(r.errors, ['duplicate key "ignore": the last one is used', 'duplicate key "rules": the last one is used']);
      assert.deepStrictEqual(r.config.ignore, [{ rule: 'IMR003', file: 'b.txt' }]);
      assert.deepStrictEqual(r.config.rules, { IMR004: 'info' });
      // As JSON.parse reads it.
      assert.deepStrictEqual(JSON.parse('{"a": 1, "a": 2}'), { a: 2 });
    });

    it('warns about a rule named twice and uses the last, even when the last is invalid', () => {
      const r = parseConfig('{"rules": {"IMR001": "off", "IMR002": "info", "IMR001": "warning"}}');
      assert.deepStrictEqual(r.errors, ['duplicate key "IMR001" in "rules": the last one is used']);
      assert.deepStrictEqual(r.config.rules, { IMR001: 'warning', IMR002: 'info' });
      const invalid = parseConfig('{"rules": {"IMR001": "off", "IMR001": "loud"}}');
      assert.deepStrictEqual(invalid.config.rules, {});
      assert.strictEqual(invalid.errors.length, 2);
    });

    it('does not use an ignore entry with a repeated key', () => {
      const r = parseConfig('{"ignore": [{"rule": "IMR001", "file": "a.txt", "file": "b.txt"}]}');
      assert.deepStrictEqual(r.errors, ['ignore[0]: duplicate key "file"; the entry is not used']);
      assert.deepStrictEqual(r.config.ignore, []);
    });
  });

  describe('size of the report', () => {
    it('reports syntax errors in one line, however many', () => {
      const r = parseConfig(`{ ${'@ '.repeat(5000)}}`);
      assert.strictEqual(r.errors.length, 1);
      const more = /^InvalidSymbol at offset 2 \(and (\d+) more syntax errors\)$/.exec(r.errors[0]);
      assert.ok(more && Number(more[1]) >= 4999, r.errors[0]);
    });

    it('lists at most 20 problems, cuts long keys and keeps each message on one line', () => {
      const rules: Record<string, string> = {};
      for (let i = 0; i < 1000; i++) rules[`NOPE${i}`] = 'off';
      const many = parseConfig(JSON.stringify({ rules }));
      assert.strictEqual(many.errors.length, 20);
      assert.strictEqual(many.errors[19], 'and 981 more problems');
      const long = parseConfig(JSON.stringify({ [`${'k'.repeat(100000)}\n`]: 1 }));
      assert.strictEqual(long.errors.length, 1);
      assert.ok(long.errors[0].length < 200, long.errors[0].slice(0, 200));
      assert.ok(!long.errors[0].includes('\n'));
    });
  });
});
