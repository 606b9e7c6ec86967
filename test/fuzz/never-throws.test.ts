// Property tests: whatever text arrives (random, binary, damaged letters, headings only, every
// line-ending mix), parseLetter and analyze return a model, never throw, and every range they give
// lies inside the document with start <= end. fast-check prints the seed and the shrunk input of
// any failure; re-run one with `FC_SEED=<seed> npx mocha --no-config out/test/fuzz`.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, looksLikeLetter, parseConfig, parseLetter, rules } from '../../src/core';
import { badRanges, corpusLetters, params } from './helpers';
import { FRAGMENTS, applyMutations, codeUnits, fragmentText, mutation } from './mutations';


/** Analyses the text and fails with the offending ranges (or the exception) described. */
function assertSound(text: string): void {
  looksLikeLetter(text);
  parseLetter(text);
  const a = analyze(text, { file: 'fuzz.txt' });
  const bad = badRanges(text, a);
  assert.deepStrictEqual(bad, [], `out-of-range or reversed ranges for input ${JSON.stringify(text.length > 600 ? `${text.slice(0, 600)}…` : text)}`);
}

const letters = corpusLetters();
const letterTexts = letters.map((l) => l.text);

describe('fuzz: the core never throws and keeps ranges inside the document', function () {
  this.timeout(120000);

  it('has fixture letters to mutate', () => {
    assert.ok(letters.length >= 10, `expected the fixture and example letters, found ${letters.length}`);
  });

  it('every fixture letter as it is', () => {
    for (const l of letters) assertSound(l.text);
  });

  it('random text built from letter fragments, words and line breaks', () => {
    fc.assert(fc.property(fragmentText, assertSound), params(4000));
  });

  it('random UTF-16 code units (binary, lone surrogates, control characters)', () => {
    fc.assert(fc.property(codeUnits, assertSound), params(2000));
  });

  it('fixture letters with lines deleted, duplicated, swapped, cut, corrupted, long lines and mixed line endings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...letterTexts), fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, ms) => assertSound(applyMutations(text, ms))),
      params(3000),
    );
  });

  it('only headings, only decisions, nested headings', () => {
    const headingLine = fc.oneof(
      fc.constantFrom(...FRAGMENTS.filter((f) => /^[A-Z(]/.test(f) && f === f.toUpperCase())),
      fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('Upheld', 'Overturned', 'Uphled', 'Modified', 'upheld', '')).map(([t, d]) => `${t}:  ${d}`),
      fc.constantFrom('Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:', ':', ':  Upheld', 'Upheld'),
    );
    const doc = fc.tuple(fc.array(headingLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n \n')).map(([ls, eol]) => ls.join(eol));
    fc.assert(fc.property(doc, assertSound), params(3000));
  });

  it('whole letters re-encoded: PDF double spacing, CRLF, CR only, form feeds, NBSP', () => {
    const transform = fc.constantFrom(
      (t: string) => t.replace(/\r?\n/g, '\n\n'),
      (t: string) => t.replace(/\r?\n/g, '\r\n'),
      (t: string) => t.replace(/\r?\n/g, '\r'),
      (t: string) => t.replace(/\r?\n/g, '\r\n\r\n'),
      (t: string) => t.replace(/ /g, '\u00a0'),
      (t: string) => t.replace(/\n/g, '\n\f'),
      (t: string) => t.replace(/\n/g, '\u2028'),
      (t: string) => `\ufeff${t}`,
      (t: string) => t.toUpperCase(),
      (t: string) => t.toLowerCase(),
    );
    fc.assert(fc.property(fc.constantFrom(...letterTexts), fc.array(transform, { minLength: 1, maxLength: 3 }), (text, ts) => assertSound(ts.reduce((t, f) => f(t), text))), params(1000));
  });

  it('the empty text and whitespace-only texts', () => {
    for (const t of ['', ' ', '\n', '\r\n', '\r', '\f', '\u00a0', ' \n \n ', '\n'.repeat(1000), '\ufeff']) assertSound(t);
  });
});

// `.imr-review.json` is input too: a file of 8,000 "[" once overflowed jsonc-parser's recursion and
// stopped the whole run. parseConfig answers any text with a config and one-line problems.
describe('fuzz: parseConfig never throws, whatever the configuration file holds', function () {
  this.timeout(120000);

  function assertConfigSound(text: string): void {
    let r: ReturnType<typeof parseConfig>;
    try {
      r = parseConfig(text);
    } catch (e) {
      assert.fail(`parseConfig threw ${String(e)} for ${JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text)}`);
    }
    const ids = new Set(rules.map((rule) => rule.id));
    assert.ok(r.errors.length <= 20, `${r.errors.length} errors`);
    for (const e of r.errors) assert.ok(typeof e === 'string' && !/[\r\n]/.test(e) && e.length < 500, `not one short line: ${JSON.stringify(e.slice(0, 300))}`);
    assert.strictEqual(Object.getPrototypeOf(r.config.rules), Object.prototype);
    for (const [id, setting] of Object.entries(r.config.rules)) assert.ok(ids.has(id) && ['error', 'warning', 'info', 'off'].includes(setting), `${id}: ${setting}`);
    for (const s of r.config.ignore) assert.ok(ids.has(s.rule) && typeof s.file === 'string' && (s.item === undefined || typeof s.item === 'string'), JSON.stringify(s));
    // A leading byte order mark changes nothing but the offsets.
    if (text.charCodeAt(0) !== 0xfeff) assert.deepStrictEqual(parseConfig(`\ufeff${text}`).config, r.config);
  }

  /** Pieces of configuration files, for texts that are nearly valid, nearly deep, nearly closed. */
  const CONFIG_TOKENS = ['{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', '//', '/*', '*/', '"rules"', '"ignore"', '"__proto__"', '"constructor"', '"prototype"',
    '"IMR001"', '"misspelled-term"', '"off"', '"warning"', 'true', 'false', 'null', '1e999', '-0', '"rule"', '"file"', '"item"', '"a.txt"', '\ufeff', '\u2028', '\\u0000'];
  const tokenSoup = fc.array(fc.constantFrom(...CONFIG_TOKENS), { maxLength: 400 }).map((ts) => ts.join(''));
  const opener = fc.constantFrom('[', '{"a":', '{"rules":', '{"ignore":[', '[{"rule":', '["[",', '/* [ */[', '{"__proto__":');

  it('random pieces of configuration files', () => {
    fc.assert(fc.property(tokenSoup, assertConfigSound), params(4000));
  });

  it('random UTF-16 code units and random bytes read as UTF-8', () => {
    fc.assert(fc.property(codeUnits, assertConfigSound), params(2000));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => assertConfigSound(new TextDecoder().decode(bytes))), params(1000));
  });

  it('deep nesting, up to 200,000 levels, closed or not, with a valid config around it', () => {
    const deep = fc.tuple(opener, fc.integer({ min: 1, max: 200000 }), fc.boolean(), fc.boolean()).map(([open, n, close, wrap]) => {
      const body = open.repeat(n) + (close ? (open.startsWith('{') ? '1}' : ']').repeat(n) : '');
      return wrap ? `{"rules": {"IMR001": "off"}, "x": ${body}}` : body;
    });
    fc.assert(fc.property(deep, assertConfigSound), params(60));
  });

  it('huge keys and strings, closed or not', () => {
    const huge = fc.tuple(fc.integer({ min: 0, max: 1000000 }), fc.constantFrom('x', '\\"', '[', '\\u12', '\u00e9', '\ud800'), fc.constantFrom(
      (s: string) => `{"rules": {"${s}": "off"}}`,
      (s: string) => `{"${s}": 1}`,
      (s: string) => `{"ignore": [{"rule": "IMR001", "file": "${s}", "item": "${s}"}]}`,
      (s: string) => `{"rules": {"IMR001": "${s}`,
      (s: string) => `// ${s}`,
      (s: string) => `{ /* ${s}`,
    )).map(([n, unit, wrap]) => wrap(unit.repeat(Math.ceil(n / unit.length))));
    fc.assert(fc.property(huge, assertConfigSound), params(40));
  });

  it('valid configurations with their characters damaged', () => {
    const valid = fc.record({
      rules: fc.dictionary(fc.constantFrom('IMR001', 'IMR011', 'misspelled-term', '__proto__', 'NOPE'), fc.constantFrom<unknown>('off', 'info', true, 1, null, {})),
      ignore: fc.array(fc.record({ rule: fc.constantFrom('IMR001', 'IMR007', 'nope'), file: fc.string({ maxLength: 12 }), item: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }) }), { maxLength: 5 }),
    }).map((c) => JSON.stringify(c, null, 2));
    const damaged = fc.tuple(valid, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...CONFIG_TOKENS)), { maxLength: 6 })).map(([text, edits]) =>
      edits.reduce((t, [at, cut, insert]) => {
        const i = at % (t.length + 1);
        return t.slice(0, i) + insert + t.slice(i + cut);
      }, text),
    );
    fc.assert(fc.property(damaged, assertConfigSound), params(3000));
  });
});
