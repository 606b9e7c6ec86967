// LetterAnalyzer reuses what an edit did not touch; the fuzz suite (test/fuzz/incremental.test.ts)
// checks that its results always equal analyze()'s. These tests check that reuse really happens.
import * as assert from 'assert';
import { analyze, LetterAnalyzer } from '../../src/core';
import { syntheticLetter } from './helpers';

const LETTER = syntheticLetter([
  { heading: 'Lidoderm 5% patch #30:  Overturned', rationale: 'No neuropathic pain is documented. Therefore, the request is not medically necessary.' },
  { heading: 'Naproxen 550mg #60:  Upheld' },
  { heading: 'Physical therapy 2x4 for the lumbar spine:  Upheld' },
]);

/** The letter with `from` replaced by `to` once. */
function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

describe('LetterAnalyzer', () => {
  it('rebuilds only the item an edit falls in; the others are the same objects', () => {
    const analyzer = new LetterAnalyzer();
    const before = analyzer.analyze(LETTER);
    const after = analyzer.analyze(edit(LETTER, 'Naproxen 550mg', 'Naproxen 500mg'));
    assert.strictEqual(after.letter.items.length, 3);
    assert.strictEqual(after.letter.items[0], before.letter.items[0]);
    assert.notStrictEqual(after.letter.items[1], before.letter.items[1]);
    assert.strictEqual(after.letter.items[1].title, 'Naproxen 500mg #60');
    assert.strictEqual(after.letter.items[2], before.letter.items[2]);
    assert.strictEqual(analyzer.cachedItems, 3);
  });

  it('keeps the findings of reused items and finds those of the edited one', () => {
    const analyzer = new LetterAnalyzer();
    assert.deepStrictEqual(analyzer.analyze(LETTER).findings.map((f) => `${f.rule}@${f.item}`), ['IMR001@0']);
    // Overturned -> Upheld on the first item mends IMR001; a misspelling in the third adds IMR011.
    const mended = edit(edit(LETTER, '#30:  Overturned', '#30:  Upheld'), 'Physical therapy', 'Physical theraphy');
    const { findings } = analyzer.analyze(mended);
    assert.deepStrictEqual(findings, analyze(mended).findings);
    assert.deepStrictEqual(findings.map((f) => `${f.rule}@${f.item}`), ['IMR011@2']);
  });

  it('builds every item again when an edit shifts the lines below it', () => {
    const analyzer = new LetterAnalyzer();
    const before = analyzer.analyze(LETTER);
    const text = edit(LETTER, 'Naproxen 550mg #60:  Upheld', 'Naproxen 550mg #60:  Upheld\n');
    const after = analyzer.analyze(text);
    assert.strictEqual(after.letter.items[0], before.letter.items[0]);
    assert.notStrictEqual(after.letter.items[2], before.letter.items[2]);
    assert.strictEqual(after.letter.items[2].titleRange.start.line, before.letter.items[2].titleRange.start.line + 1);
    assert.deepStrictEqual(after, analyze(text));
  });

  it('applies the configuration of each call to reused reports', () => {
    const analyzer = new LetterAnalyzer();
    analyzer.analyze(LETTER);
    const config = { rules: { IMR001: 'warning' as const }, ignore: [] };
    assert.deepStrictEqual(analyzer.analyze(LETTER, { config }).findings.map((f) => f.severity), ['warning']);
    const off = { rules: { IMR001: 'off' as const }, ignore: [] };
    assert.deepStrictEqual(analyzer.analyze(LETTER, { config: off }).findings, []);
    assert.deepStrictEqual(analyzer.analyze(LETTER).findings.map((f) => f.severity), ['error']);
  });

  it('holds only the items of the last version', () => {
    const analyzer = new LetterAnalyzer();
    analyzer.analyze(LETTER);
    analyzer.analyze('Not a letter at all.');
    assert.strictEqual(analyzer.cachedItems, 0);
    analyzer.clear();
    assert.strictEqual(analyzer.cachedItems, 0);
  });
});
