// Property test of LetterAnalyzer: whatever sequence of edits a document goes through (keystrokes,
// pasted fragments, deleted and swapped lines, changed line endings), analysing each version with
// the one analyzer gives exactly what a fresh analyze() gives. Reuse must never change a result.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, LetterAnalyzer } from '../../src/core';
import { corpusLetters, params } from './helpers';
import { applyMutation, fraction, mutation, type Mutation } from './mutations';


type Edit = { kind: 'type'; at: number; text: string } | { kind: 'erase'; at: number; length: number } | Mutation;

/** What a person does at the keyboard: a character, a word, a line break, a decision word typed over. */
const keystroke: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fraction, fc.constantFrom('e', ' ', ':', '.', '\n', '\n\n', 'Upheld', 'Overturned', 'not ', ' medically necessary.', 'MTUS', '5%', '#60')).map(([at, text]) => ({ kind: 'type' as const, at, text })),
  fc.tuple(fraction, fc.integer({ min: 1, max: 12 })).map(([at, length]) => ({ kind: 'erase' as const, at, length })),
);

function applyEdit(text: string, e: Edit): string {
  if (e.kind === 'type') {
    const at = Math.floor(e.at * (text.length + 1));
    return text.slice(0, at) + e.text + text.slice(at);
  }
  if (e.kind === 'erase') {
    const at = Math.floor(e.at * text.length);
    return text.slice(0, at) + text.slice(at + e.length);
  }
  return applyMutation(text, e);
}

const letters = corpusLetters().map((l) => l.text);

describe('fuzz: re-analysis after edits equals a fresh analysis', function () {
  this.timeout(120000);

  it('has letters to edit', () => {
    assert.ok(letters.length >= 10, `expected the fixture and example letters, found ${letters.length}`);
  });

  it('keystrokes and damaged lines, one analyzer across every version', () => {
    fc.assert(
      fc.property(fc.constantFrom(...letters), fc.array(fc.oneof({ weight: 3, arbitrary: keystroke }, { weight: 1, arbitrary: mutation }), { minLength: 1, maxLength: 8 }), (first, edits) => {
        const analyzer = new LetterAnalyzer();
        let text = first;
        assert.deepStrictEqual(analyzer.analyze(text), analyze(text));
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepStrictEqual(analyzer.analyze(text), analyze(text), `after ${JSON.stringify(e)}`);
        }
      }),
      params(400),
    );
  });

  it('the same configuration and file reach both (suppressions and severities apply to reused reports)', () => {
    const config = { rules: { IMR011: 'error' as const, IMR013: 'off' as const }, ignore: [{ rule: 'IMR010', file: 'a.txt' }] };
    fc.assert(
      fc.property(fc.constantFrom(...letters), fc.array(keystroke, { minLength: 1, maxLength: 4 }), (first, edits) => {
        const analyzer = new LetterAnalyzer();
        let text = first;
        analyzer.analyze(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepStrictEqual(analyzer.analyze(text, { config, file: 'a.txt' }), analyze(text, { config, file: 'a.txt' }));
        }
      }),
      params(150),
    );
  });
});
