// Hostile single inputs (huge lines of one character, repeated decisions, citations and cues):
// each analyses without throwing, in bounded time, with ranges inside the document.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { badRanges } from '../fuzz/helpers';
import { letterAround, wrapped } from '../fuzz/inputs';

const LINE = 100_000;
/**
 * Generous, and proportional to the input's length: these take tens of ms per 100,000 characters
 * here, so the bound catches a super-linear path (minutes at these sizes), not a slow or busy machine.
 */
const BOUND_MS_PER_LINE = 3000;
const boundFor = (text: string) => BOUND_MS_PER_LINE * Math.max(1, text.length / LINE);

const INPUTS: Record<string, () => string> = {
  '100,000 x "#"': () => '#'.repeat(LINE),
  '100,000 x ":"': () => ':'.repeat(LINE),
  '100,000 digits': () => '1234567890'.repeat(LINE / 10),
  '"Upheld " repeated on one line': () => 'Upheld '.repeat(LINE / 7),
  '"Page(s): 1, " repeated on one line': () => 'Page(s): 1, '.repeat(LINE / 12),
  '"medically necessary " repeated on one line': () => 'medically necessary '.repeat(LINE / 20),
  '50,000 lines of "X:  Upheld"': () => 'X:  Upheld\n'.repeat(50_000),
  '50,000 lines of "X:  Upheld" in the issues section': () => letterAround('issues', 'X:  Upheld\n'.repeat(50_000)),
  'a 100,000-char heading line ending in ":  Upheld"': () => letterAround('issues', `${'Physical therapy '.repeat(LINE / 17)}:  Upheld`),
  '"Page(s): 1, " repeated in a guideline': () => letterAround('guideline', 'Page(s): 1, '.repeat(LINE / 12)),
  '"medically necessary " repeated in a rationale': () => letterAround('rationale', 'medically necessary '.repeat(LINE / 20)),
  'quotes and cues in a rationale, wrapped': () => letterAround('rationale', wrapped('"x" is not medically necessary. ', LINE * 5)),
  'unclosed quotes and joined negatives in one rationale sentence': () =>
    letterAround('rationale', '“the UR found it not medically necessary and is not '.repeat(LINE / 50)),
  'only form feeds and CRs': () => '\f\r'.repeat(LINE),
  '100,000 empty lines': () => '\n'.repeat(LINE),
  'NBSP line of 100,000': () => '\u00a0'.repeat(LINE),
  'every section heading 2,000 times': () =>
    ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES', 'ISSUE AT DISPUTE:', 'DOCUMENTS REVIEWED'].join('\n').concat('\n').repeat(2000),
  'labels only, 30,000 lines': () => 'Claims Administrator guideline:\nMAXIMUS guideline:\nDecision rationale:\n'.repeat(10_000),
  '10,000 dates in one summary line': () => letterAround('summary', '5/26/12 '.repeat(10_000)),
};

describe('fuzz: adversarial inputs analyse in bounded time', function () {
  this.timeout(60000);
  for (const [name, make] of Object.entries(INPUTS)) {
    it(name, () => {
      const text = make();
      const t0 = performance.now();
      const a = analyze(text);
      const ms = performance.now() - t0;
      console.log(`      ${(text.length / 1000).toFixed(0)} K chars: ${ms.toFixed(1)} ms, ${a.letter.items.length} items, ${a.findings.length} findings`);
      const bound = boundFor(text);
      assert.ok(ms < bound, `${name}: ${ms.toFixed(0)} ms (bound ${bound.toFixed(0)} ms)`);
      assert.deepStrictEqual(badRanges(text, a), []);
    });
  }
});
