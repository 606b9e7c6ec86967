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
  // A negator belongs to the predicate it stands in: two joined negative predicates do not cancel.
  ['The request is not recommended and is therefore not medically necessary.', 'not-necessary', 'medically necessary'],
  ['The request does not meet guideline criteria and is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['The request is not supported by guidelines and is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['The worker has not improved and therefore continued use is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['The documentation is not sufficient and does not establish medical necessity.', 'not-necessary', 'medical necessity'],
  ['The request is not recommended, nor is it medically necessary.', 'not-necessary', 'medically necessary'],
  ['The request is neither recommended nor medically necessary.', 'not-necessary', 'medically necessary'],
  // ... but a predicate without a verb of its own shares the negation before it.
  ['The request is not reasonable and medically necessary.', 'not-necessary', 'medically necessary'],
  // Only the clause that reports an earlier review is set aside.
  ['Although the utilization review determined the request was not medically necessary, the request is medically necessary given these findings.', 'necessary', 'medically necessary'],
  ['I disagree with the prior UR decision; the request is medically necessary.', 'necessary', 'medically necessary'],
  ['The prior UR denial is upheld and the request is not medically necessary.', 'not-necessary', 'medically necessary'],
  ['The request is medically necessary, although the UR reviewer found it not medically necessary.', 'necessary', 'medically necessary'],
  ['Contrary to the prior UR decision, the request is medically necessary.', 'necessary', 'medically necessary'],
  // Failing to establish necessity is a finding, not a purpose clause.
  ['The documentation fails to establish medical necessity.', 'not-necessary', 'medical necessity'],
  ['The documentation does not establish medical necessity.', 'not-necessary', 'medical necessity'],
  ['The documentation has not established the medical necessity.', 'not-necessary', 'medical necessity'],
  ['The records fail to show that the request is medically necessary.', 'not-necessary', 'medically necessary'],
  ['The worker failed to improve with therapy and the request is medically necessary.', 'necessary', 'medically necessary'],
  // An embedding clause's own negation: a denying verb, negated or not.
  ['I do not disagree that the request is medically necessary.', 'necessary', 'medically necessary'],
  ['I disagree that the request is medically necessary.', 'not-necessary', 'medically necessary'],
  ['There is no doubt that the request is medically necessary.', 'necessary', 'medically necessary'],
  ['There is no evidence that the request is medically necessary.', 'not-necessary', 'medically necessary'],
  ['I do not find the request medically necessary.', 'not-necessary', 'medically necessary'],
  ['The worker has not improved so it cannot be said that the request is not medically necessary.', 'necessary', 'medically necessary'],
  // An unclosed quote ends with its sentence.
  ['Per the MTUS, "opioids are continued when function improves. Function improved by a third. Therefore, the request is medically necessary.', 'necessary', 'medically necessary'],
  ['The guideline reads \u201ca trial is medically necessary after six weeks of care. No trial was made. Therefore, the request is not medically necessary.', 'not-necessary', 'medically necessary'],
  // Cues negative in themselves.
  ['The request is medically unnecessary.', 'not-necessary', 'medically unnecessary'],
  ['The request is not medically unnecessary.', 'necessary', 'medically unnecessary'],
  ['Therefore, the request is not medically reasonable and/or necessary.', 'not-necessary', 'medically reasonable and/or necessary'],
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

  it('still sets aside a sentence whose only cue is in a clause reporting an earlier review', () => {
    for (const r of [
      'The previous UR reviewer found the request not medically necessary.',
      // A second predicate shares its subject: the earlier reviewer also "found" it.
      'The UR reviewer denied the request and found it not medically necessary.',
      'The utilization review determined the request was not medically necessary, and the worker appealed.',
    ]) {
      const { conclusion } = rationaleOf(r);
      assert.strictEqual(conclusion.necessity, 'unclear', r);
      assert.strictEqual(conclusion.considered.length, 1, r);
      assert.match(conclusion.considered[0].reason, /earlier review/, r);
    }
  });

  it('takes an attribution before a comma as part of the clause it attributes', () => {
    // Read as this reviewer's, the first sentence would conflict with the concluding one.
    const { conclusion } = rationaleOf('In the prior UR decision, the request was found not medically necessary. Function has improved. Therefore, the request is medically necessary.');
    assert.strictEqual(conclusion.necessity, 'necessary', conclusion.explanation);
    assert.match(conclusion.considered[0].reason, /earlier review/);
  });

  it('tries an earlier cue of the sentence when the last one reports an earlier review, and says so', () => {
    const { text, conclusion } = rationaleOf('The request is medically necessary, as the UR reviewer later found it not medically necessary only for lack of a note.');
    assert.strictEqual(conclusion.necessity, 'necessary');
    assert.ok(conclusion.cueRange);
    assert.strictEqual(textAt(text, conclusion.cueRange), 'medically necessary');
    assert.strictEqual(conclusion.cueRange.start.character, text.split('\n')[conclusion.cueRange.start.line].indexOf('medically necessary'));
    assert.match(conclusion.explanation, /clause reporting an earlier review set aside/);
  });

  it('explains negations that cancel out and negative cues', () => {
    assert.strictEqual(
      rationaleOf('I do not disagree that the request is medically necessary.').conclusion.explanation,
      'Read from the concluding sentence: cue "medically necessary", negated by "not" and "disagree", which cancel out, so medically necessary.',
    );
    const negative = rationaleOf('The request is medically unnecessary.').conclusion;
    assert.deepStrictEqual(negative.negators, ['unnecessary']);
    assert.match(negative.explanation, /negated by the cue itself \("unnecessary"\), so not medically necessary/);
    assert.deepStrictEqual(rationaleOf('The documentation fails to establish medical necessity.').conclusion.negators, ['fails to']);
  });

  it('does not let an unclosed quote hide the conclusion, and still reads its own sentence as quoted', () => {
    const { conclusion } = rationaleOf('The guideline states "surgery is medically necessary only after six months of care. Care began last month.');
    assert.strictEqual(conclusion.necessity, 'unclear');
    const later = rationaleOf('The guideline states "surgery is medically necessary only after six months of care. Care began a year ago. Therefore, the request is medically necessary.').conclusion;
    assert.strictEqual(later.text, 'Therefore, the request is medically necessary.');
    assert.strictEqual(later.considered.length, 0);
  });

  it('reads a conclusion wrapped over a page footer and a form feed', () => {
    const text = syntheticLetter([{ heading: 'Test item 10mg #30:  Upheld', rationale: 'No relief. Therefore, the request is not\nPage 2 of 3\n\f\nmedically necessary.' }]);
    const c = parseLetter(text).items[0].conclusion;
    assert.strictEqual(c.necessity, 'not-necessary');
    assert.strictEqual(c.text, 'Therefore, the request is not medically necessary.');
  });
});
