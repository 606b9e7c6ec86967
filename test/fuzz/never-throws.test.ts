// Property tests: whatever text arrives (random, binary, damaged letters, headings only, every
// line-ending mix), parseLetter and analyze return a model, never throw, and every range they give
// lies inside the document with start <= end. fast-check prints the seed and the shrunk input of
// any failure; re-run one with `FC_SEED=<seed> npx mocha --no-config out/test/fuzz`.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, looksLikeLetter, parseLetter } from '../../src/core';
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
