// The cover page: its header read as a two-column table, the injury as a date or a period, the
// treatments in dispute, the overall determination and its scope, and the letter's closing kept
// out of the last item's rationale.
import * as assert from 'assert';
import { parseLetter } from '../../src/core';
import { parseInjury } from '../../src/core/parse/fields/injury';
import { doubleSpace, syntheticLetter, textAt } from './helpers';

const RATIONALE = 'The records show no benefit from it. Therefore, the request is not medically necessary.';
const DETERMINATION = syntheticLetter([{ heading: 'Naproxen 550mg #60:  Upheld', rationale: RATIONALE }]);

function cover(lines: string[]): string {
  return lines.join('\n') + '\n\n' + DETERMINATION;
}

const COVER = [
  'August 30, 2016',
  '',
  'IMR Case Number: CM16-0000111   Date of Injury: 09/23/2013',
  'Claims Number: CL-42   UR Denial Date: 07/01/2016',
  'Employee Name: Sam Fictional',
  'Treatment(s) in Dispute Listed on IMR Application:',
  'Naproxen 550mg #60',
  '',
  'Dear Mr. Fictional,',
  '',
  'Final Determination: UPHOLD',
  '',
  'This means we decided that none of the disputed items/services are medically necessary and',
  'appropriate.',
];

describe('cover page', () => {
  it('reads two fields on one line as two fields, with ranges on the original text', () => {
    const text = cover(COVER);
    const c = parseLetter(text).cover;
    assert.ok(c);
    assert.deepStrictEqual(c.fields.map((f) => [f.label, f.value]), [
      ['IMR Case Number', 'CM16-0000111'], ['Date of Injury', '09/23/2013'], ['Claims Number', 'CL-42'], ['UR Denial Date', '07/01/2016'],
      ['Employee Name', 'Sam Fictional'],
    ]);
    for (const f of c.fields) {
      assert.strictEqual(textAt(text, f.labelRange), f.label);
      assert.strictEqual(textAt(text, f.valueRange), f.value);
    }
    assert.deepStrictEqual(c.injury && [c.injury.from, c.injury.to, c.injury.cumulative], ['2013-09-23', '2013-09-23', false]);
    assert.deepStrictEqual(c.treatmentsInDispute.map((t) => textAt(text, t.range)), ['Naproxen 550mg #60']);
    assert.strictEqual(c.determination && textAt(text, c.determination.range), 'UPHOLD');
    assert.strictEqual(c.determinationSentence?.scope, 'none');
    assert.strictEqual(c.letterDate?.date, '2016-08-30');
    assert.strictEqual(textAt(text, c.range).split('\n')[0], 'August 30, 2016');
  });

  it('reads the same in every form: double spaced, dense, CRLF', () => {
    const base = parseLetter(cover(COVER)).cover;
    const forms = [doubleSpace(cover(COVER)), cover(COVER.filter((l) => l !== '')), cover(COVER).replace(/\n/g, '\r\n')];
    for (const text of forms) {
      const c = parseLetter(text).cover;
      assert.ok(c);
      assert.deepStrictEqual(c.fields.map((f) => [f.label, f.value]), base?.fields.map((f) => [f.label, f.value]));
      assert.deepStrictEqual(c.treatmentsInDispute.map((t) => t.text), ['Naproxen 550mg #60']);
      assert.strictEqual(c.determinationSentence?.text, base?.determinationSentence?.text);
      for (const f of c.fields) assert.strictEqual(textAt(text, f.valueRange), f.value);
    }
  });

  it('reads a cumulative-trauma injury as a period, not a date of injury', () => {
    const text = cover(COVER.map((l) => l.replace('Date of Injury: 09/23/2013', 'Date of Injury: CT 01/2012 - 06/30/2014')));
    const l = parseLetter(text);
    assert.deepStrictEqual(l.cover?.injury && [l.cover.injury.from, l.cover.injury.to, l.cover.injury.cumulative], ['2012-01', '2014-06-30', true]);
    assert.strictEqual(l.cover?.injury && textAt(text, l.cover.injury.range), 'CT 01/2012 - 06/30/2014');
    assert.deepStrictEqual(parseInjury('CT: 3/1/2013 to present'), { from: '2013-03-01', to: null, cumulative: true });
    assert.deepStrictEqual(parseInjury('July 9, 2015'), { from: '2015-07-09', to: '2015-07-09', cumulative: false });
    assert.strictEqual(parseInjury('unknown'), null);
  });

  it('reads the scope words and the determination', () => {
    for (const [word, value, scope] of [['all', 'OVERTURN', 'all'], ['some', 'OVERTURN', 'some'], ['none', 'UPHOLD', 'none']] as const) {
      const text = cover(COVER.map((l) => l.replace('none of', `${word} of`).replace('UPHOLD', value)));
      const c = parseLetter(text).cover;
      assert.strictEqual(c?.determination?.value, value);
      assert.strictEqual(c?.determinationSentence?.scope, scope);
      assert.strictEqual(c?.determinationSentence && textAt(text, c.determinationSentence.range).replace(/\s+/g, ' '), c?.determinationSentence?.text);
    }
  });

  it('takes the letter\'s date from a "Date:" field when no line holds it alone', () => {
    const text = cover(COVER.map((l) => (l === 'August 30, 2016' ? 'Date: August 30, 2016' : l)));
    const c = parseLetter(text).cover;
    assert.strictEqual(c?.letterDate?.date, '2016-08-30');
    assert.strictEqual(c?.letterDate && textAt(text, c.letterDate.range), 'August 30, 2016');
  });

  it('takes treatments on the label line, split at semicolons', () => {
    const lines = COVER.filter((l) => l !== 'Naproxen 550mg #60').map((l) =>
      l.startsWith('Treatment(s)') ? `${l} Naproxen 550mg #60; Topical lidocaine patch` : l);
    const c = parseLetter(cover(lines)).cover;
    assert.deepStrictEqual(c?.treatmentsInDispute.map((t) => t.text), ['Naproxen 550mg #60', 'Topical lidocaine patch']);
  });

  it('is absent without a cover page, and a bare header block stays a header', () => {
    assert.strictEqual(parseLetter(DETERMINATION).cover, undefined);
    const header = parseLetter('Case Number: CM16-0000111\nDate of Injury: 09/23/2013\n\n' + DETERMINATION);
    assert.strictEqual(header.cover, undefined);
    assert.deepStrictEqual(header.header.map((f) => f.label), ['Case Number', 'Date of Injury']);
  });

  it('is total on a hostile line of 200,000 fields (no spread of them onto the stack)', () => {
    const c = parseLetter(cover(['Dear X,', 'IMR Case Number: 1 ' + 'Priority: x '.repeat(200_000)])).cover;
    assert.strictEqual(c?.fields.length, 200_001);
  });

  it('keeps the closing (Sincerely, signature, cc:) out of the last rationale', () => {
    const text = DETERMINATION.trimEnd() + '\nSincerely,\nJo Example, MD\ncc: Claims Office\n';
    const item = parseLetter(text).items[0];
    assert.ok(!(item.rationale?.text ?? '').includes('Sincerely'), item.rationale?.text);
    assert.strictEqual(item.conclusion.necessity, 'not-necessary');
  });
});
