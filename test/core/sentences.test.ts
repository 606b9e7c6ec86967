import * as assert from 'assert';
import { insideSpans, quotedSpans } from '../../src/core/text/sentences';

/** The quoted passages of a text, as strings. */
function quoted(text: string): string[] {
  return quotedSpans(text).map(([s, e]) => text.slice(s, e));
}

describe('quoted spans', () => {
  it('keeps a closed quote of several sentences whole', () => {
    assert.deepStrictEqual(quoted('Per the MTUS, "Opioids are continued if pain is relieved. Function must improve." No relief is noted.'), [
      '"Opioids are continued if pain is relieved. Function must improve."',
    ]);
    assert.deepStrictEqual(quoted('The “4 As” are not documented.'), ['“4 As”']);
  });

  it('ends an unclosed straight quote with its sentence', () => {
    const text = 'Per the MTUS, "opioids are continued if pain is relieved. No relief is noted. Therefore, the request is not medically necessary.';
    assert.deepStrictEqual(quoted(text), ['"opioids are continued if pain is relieved.']);
    assert.ok(!insideSpans(quotedSpans(text), text.indexOf('Therefore')));
  });

  it('ends an unclosed quote at the end of the text when no sentence ends after it', () => {
    assert.deepStrictEqual(quoted('The guideline says "therapy is indicated for'), ['"therapy is indicated for']);
  });

  it('ends an unclosed curly quote with its sentence when another quote opens', () => {
    assert.deepStrictEqual(quoted('It reads “a trial is indicated. It also reads “no more than six visits.” Six were given.'), [
      '“a trial is indicated.',
      '“no more than six visits.”',
    ]);
  });

  it('starts a new quote at an opening mark while one is open', () => {
    // The first passage lost its closing mark: the second pair is still a pair.
    assert.deepStrictEqual(quoted('It reads "a trial is indicated. It also reads "no more than six visits." Six were given.'), [
      '"a trial is indicated.',
      '"no more than six visits."',
    ]);
  });

  it('ignores a stray closing mark when no quote is open', () => {
    assert.deepStrictEqual(quoted('No more than six visits." Six were given. The request is "not" supported.'), ['"not"']);
  });
});
