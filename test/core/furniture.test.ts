// Running headers: a PDF's text has a header line at the top of every page after the first; cut
// into a heading or a rationale, it must leave the letter's items as they are.
import * as assert from 'assert';
import { analyze, parseLetter, type Letter } from '../../src/core';
import { syntheticLetter } from './helpers';

const LETTER = syntheticLetter([
  { heading: 'Tramadol ER 100mg #60: Upheld', rationale: 'There is no documented functional benefit from the opioid over six months. Therefore, the request is not medically necessary.' },
  { heading: 'Lumbar epidural steroid injection at L4-L5: Overturned', rationale: 'Radicular pain is corroborated by imaging and examination. Therefore, the request is medically necessary.' },
  { heading: 'Cyclobenzaprine 7.5mg #90: Upheld', rationale: 'Muscle relaxants are for short courses only. Therefore, the request is not medically necessary.' },
]);

/** The page break a PDF reader writes: a footer, a form feed line, the running header, margins as blank lines. */
function pageBreak(page: number, header: string): string {
  return `\n\nPage ${page} of 3\n\f\n${header}\n\n`;
}

/** Page breaks between the first heading and its label, and in the middle of the third rationale's sentence. */
function paged(header: string): string {
  return LETTER.replace('Tramadol ER 100mg #60: Upheld\n', `Tramadol ER 100mg #60: Upheld${pageBreak(1, header)}`).replace(
    'are for short courses only. Therefore, the request',
    `are for short courses${pageBreak(2, header)}only. Therefore, the request`,
  );
}

function essence(l: Letter) {
  return l.items.map((i) => ({
    title: i.title,
    decision: i.decision,
    ca: i.guidelines.claimsAdministrator?.text,
    maximus: i.guidelines.maximus?.text,
    rationale: i.rationale?.text,
    conclusion: i.conclusion.text,
  }));
}

describe('running page headers', () => {
  const want = essence(parseLetter(LETTER));
  for (const header of ['Injured worker: Dana Fictional', 'IMR Case Number: CM13-0012345']) {
    it(`leaves the items as they are when "${header}" heads every page after a form feed`, () => {
      const text = paged(header);
      assert.deepStrictEqual(essence(parseLetter(text)), want);
      assert.deepStrictEqual(analyze(text).findings.map((f) => f.rule), analyze(LETTER).findings.map((f) => f.rule));
    });
  }
  it('takes a case number alone at the top of the only page after a form feed for a header', () => {
    const text = LETTER.replace('are for short courses only.', `are for short courses${pageBreak(1, 'CM13-0012345')}only.`);
    assert.deepStrictEqual(essence(parseLetter(text)), want);
  });
  it('keeps a line of the letter that opens every page alike (a guideline label)', () => {
    const ca = 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids.';
    const text = LETTER.replace(`Upheld\n\n${ca}`, `Upheld\n\f\n${ca}`).replace(`Overturned\n\n${ca}`, `Overturned\n\f\n${ca}`);
    assert.strictEqual(text.split('\f').length, 3);
    assert.deepStrictEqual(essence(parseLetter(text)), want);
  });
  it('keeps any other line opening a page', () => {
    const text = LETTER.replace('are for short courses only.', 'are for short courses\n\f\nonly.');
    assert.deepStrictEqual(essence(parseLetter(text)), want);
  });
});
