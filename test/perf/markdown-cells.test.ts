// The Markdown summary's table cells cost time linear in their length: the former
// /\s*[\r\n]+\s*/ replace took seconds on 50,000 spaces. Moved here from core/outputEscaping.test.ts
// with the other timing tests (npm run test:perf).
import * as assert from 'assert';
import { analyze, renderMarkdown, type LetterReport } from '../../src/core';
import { syntheticLetter } from '../core/helpers';

describe('Markdown summary in linear time', () => {
  it('Markdown cells cost time linear in their length, long blank runs included', () => {
    const text = syntheticLetter([{ heading: 'Norco:  Upheld' }]);
    const base: LetterReport = { file: 'a.txt', ...analyze(text, { file: 'a.txt' }) };
    const timed = (title: string) => {
      const r = { ...base, letter: { ...base.letter, items: base.letter.items.map((i) => ({ ...i, title })) } };
      const t0 = process.hrtime.bigint();
      renderMarkdown(r);
      return Number(process.hrtime.bigint() - t0) / 1e6;
    };
    const n = 80_000;
    timed('warm up');
    // A run of letters is the yardstick.
    const letters = timed(`a${'x'.repeat(n)}b`);
    const spaces = timed(`a${' '.repeat(n)}b`);
    assert.ok(spaces < 20 * Math.max(letters, 5), `${spaces.toFixed(1)} ms for spaces, ${letters.toFixed(1)} ms for letters`);
  });
});
