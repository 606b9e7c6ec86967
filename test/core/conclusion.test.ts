import * as assert from 'assert';
import { parseLetter, type Necessity } from '../../src/core';
import { syntheticLetter, textAt } from './helpers';

// Each rationale is synthetic; the expectation is what a careful reader concludes.
const CASES: [string, Necessity, string][] = [
  ['This request for Lyrica is medically necessary.', 'necessary', 'medically necessary'],
  ['The records are thin. Therefore, the request is not medically necessary or appropriate.', 'not-necessary', 'medically necessary or appropriate'],
  ['Improvement was not shown. Medical necessity cannot be affirmed. Therefore, the request is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['Given the lack of benefit, there does not appear to be any clinical indication or medical necessity for ongoing use.', 'not-necessary', 'medical necessity'],
  ['Therefore, the criteria for continued opioid use were not met.', 'not-necessary', 'criteria for continued opioid use were not met'],
  ['Guidelines support a short course only. Therefore, this request is not recommended.', 'not-necessary', 'not recommended'],
  ['Therefore, the request is medically necessary and appropriate.', 'necessary', 'medically necessary and appropriate'],
  ['Therefore, it cannot be said that the request is not medically necessary.', 'necessary', 'medically necessary'],
  ['The request is not only medically necessary but also overdue.', 'necessary', 'medically necessary'],
  ['Since the worker has not improved with therapy, the request is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['Records show no relief. Medical necessity has not been established.', 'not-necessary', 'medical necessity'],
  // Quoted guideline text and distractors are not conclusions.
  ['Per the guideline "the treatment is medically necessary when pain persists." No relief is documented. Therefore, the request is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['Screening is required to establish medical necessity. Considering this, the request for Celebrex is medically necessary.', 'necessary', 'medically necessary'],
  ['The previous UR reviewer found the request not medically necessary. The worker improved by 40%. As such, this request for Lidoderm is medically necessary.', 'necessary', 'medically necessary'],
  ['The notes do not establish medical necessity. Therefore the request is not medically necessary.', 'not-necessary', 'medically necessary'],
];

function rationaleOf(r: string) {
  const text = syntheticLetter([{ heading: 'Test item 10mg #30:  Upheld', rationale: r }]);
  const letter = parseLetter(text);
  assert.strictEqual(letter.items.length, 1);
  return { text, conclusion: letter.items[0].conclusion };
}

describe('conclusions', () => {
  for (const [rationale, expected, cue] of CASES) {
    it(`${expected}: ${rationale.slice(0, 70)}`, () => {
      const { text, conclusion } = rationaleOf(rationale);
      assert.strictEqual(conclusion.necessity, expected, conclusion.explanation);
      assert.strictEqual(conclusion.cue.toLowerCase(), cue);
      assert.ok(conclusion.range && conclusion.cueRange);
      assert.strictEqual(textAt(text, conclusion.range), conclusion.text);
      assert.strictEqual(textAt(text, conclusion.cueRange), conclusion.cue);
    });
  }

  it('is unclear when no sentence concludes', () => {
    const { conclusion } = rationaleOf('The worker reports pain. Guidelines recommend a trial of therapy first.');
    assert.strictEqual(conclusion.necessity, 'unclear');
    assert.strictEqual(conclusion.range, null);
  });

  it('is unclear when concluding sentences conflict, and says why', () => {
    const { conclusion } = rationaleOf('Therefore, the request is medically necessary. Relief was partial. Therefore, the request is not medically necessary.');
    assert.strictEqual(conclusion.necessity, 'unclear');
    assert.match(conclusion.explanation, /Conflicting/);
  });

  it('records the sentences it did not take, with reasons', () => {
    const { conclusion } = rationaleOf('Testing is needed to establish medical necessity. Therefore, the request is not medically necessary.');
    assert.strictEqual(conclusion.considered.length, 1);
    assert.match(conclusion.considered[0].reason, /purpose/);
    assert.deepStrictEqual(conclusion.negators, ['not']);
  });

  it('reads a conclusion wrapped over a page footer and a form feed', () => {
    const text = syntheticLetter([{ heading: 'Test item 10mg #30:  Upheld', rationale: 'No relief. Therefore, the request is not\nPage 2 of 3\n\f\nmedically necessary.' }]);
    const c = parseLetter(text).items[0].conclusion;
    assert.strictEqual(c.necessity, 'not-necessary');
    assert.strictEqual(c.text, 'Therefore, the request is not medically necessary.');
  });
});
