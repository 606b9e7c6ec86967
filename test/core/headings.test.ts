// Where item headings start and end: wrapped lines, colons and abbreviations inside a heading,
// the previous rationale without a blank line, page breaks, a decision on its own line.
import * as assert from 'assert';
import { analyze, parseLetter } from '../../src/core';
import { classifyLines } from '../../src/core/parse/structure/lines';
import { doubleSpace, syntheticLetter, textAt } from './helpers';

const titles = (text: string) => parseLetter(text).items.map((i) => [i.title, i.decision]);
const NOT_NECESSARY = 'The records show no benefit. Therefore, the request is not medically necessary.';

describe('item headings', () => {
  it('start after the sentence that ends the previous rationale when no blank line separates them', () => {
    const text = syntheticLetter([{ heading: 'Norco 10/325mg #60: Upheld', rationale: NOT_NECESSARY }]).replace(
      /\n$/,
      '\nCompounded topical cream:\nGabapentin 6%, Lidocaine 2% 120 grams: Upheld\nDecision rationale: No trial of oral gabapentin is documented. Therefore, the request is not medically necessary.\n',
    );
    assert.deepStrictEqual(titles(text), [
      ['Norco 10/325mg #60', 'Upheld'],
      ['Compounded topical cream: Gabapentin 6%, Lidocaine 2% 120 grams', 'Upheld'],
    ]);
  });

  it('stop at the heading before, when items have no labels between them', () => {
    const text = syntheticLetter([]).concat('Walking cane: Upheld\nShower chair: Overturned\nRaised toilet seat: Upheld\n');
    assert.deepStrictEqual(titles(text), [['Walking cane', 'Upheld'], ['Shower chair', 'Overturned'], ['Raised toilet seat', 'Upheld']]);
  });

  it('reach back at most four text lines, however the lines are spaced', () => {
    const heading = 'Line one of the rationale goes on\nsecond line\nthird line\nfourth line\nfifth line: Upheld';
    const text = syntheticLetter([{ heading }]);
    assert.deepStrictEqual(titles(text)[0], ['second line third line fourth line fifth line', 'Upheld']);
    assert.deepStrictEqual(titles(doubleSpace(text))[0], titles(text)[0]);
  });

  it('take a decision on its own line only after a title ending in a colon', () => {
    const text = syntheticLetter([{ heading: 'Lidoderm 5% patch #30:\nUpheld' }, { heading: 'Voltaren gel 1% 100 grams\n:  Overturned.', rationale: 'It helps. Therefore, the request is medically necessary.' }]);
    const l = parseLetter(text);
    assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision]), [['Lidoderm 5% patch #30', 'Upheld'], ['Voltaren gel 1% 100 grams', 'Overturned']]);
    assert.strictEqual(textAt(text, l.items[1].decisionRange!), 'Overturned');
    assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'IMR002' || f.rule === 'IMR004'), []);
    // Without the colon, a lone word after a line is not a decision.
    const plain = syntheticLetter([{ heading: 'Norco 10/325mg #60: Upheld', rationale: 'The worker reports:\nImproved\nsleep. Therefore, the request is not medically necessary.' }]);
    assert.deepStrictEqual(titles(plain), [['Norco 10/325mg #60', 'Upheld']]);
  });

  it('keep a real blank line before an item after a page break', () => {
    const text = syntheticLetter([
      { heading: 'Norco 10/325mg #60: Upheld', rationale: NOT_NECESSARY },
      { heading: 'Home exercise kit', rationale: NOT_NECESSARY },
    ]).replace('not medically necessary.\n\nHome exercise kit', 'not medically necessary.\n\nPage 2 of 3\n\f\n\nHome exercise kit');
    const l = parseLetter(text);
    assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision]), [['Norco 10/325mg #60', 'Upheld'], ['Home exercise kit', null]]);
    assert.strictEqual(l.items[0].rationale!.text, NOT_NECESSARY);
  });
});

describe('page breaks in line classification', () => {
  it('skips the footer, the form feed and the blank lines around them, and nothing else', () => {
    const text = 'Guidelines Topical\n\nPage 2 of 3\n\f\nAnalgesics Page(s): 56-57.\n\nDecision rationale: x';
    assert.deepStrictEqual(classifyLines(text).lines.map((l) => l.kind), ['content', 'skip', 'skip', 'skip', 'content', 'blank', 'content']);
    // A content line opening with a form feed starts a page as well.
    assert.deepStrictEqual(classifyLines('a\n\n\fb\n\nc').lines.map((l) => l.kind), ['content', 'skip', 'content', 'blank', 'content']);
  });
});

describe('the section introduction, found by its role (the sentence ending in a colon after the section heading)', () => {
  const INTRO = 'The Final Determination was based on decisions for the disputed items/services set forth below:';
  const dense = (t: string) => t.split('\n').filter((l) => l.trim() !== '').join('\n') + '\n';
  const letter = (intro: string, items: Parameters<typeof syntheticLetter>[0]) => dense(syntheticLetter(items).replace(INTRO, intro));
  const ITEMS = [
    { heading: 'Norco 10/325mg #60: Upheld', rationale: NOT_NECESSARY },
    { heading: 'Home exercise kit: Upheld', rationale: NOT_NECESSARY },
  ];
  const WANT = [['Norco 10/325mg #60', 'Upheld'], ['Home exercise kit', 'Upheld']];

  for (const intro of [
    'The Final Determination was based on decisions for the disputed items/services set forth\nbelow:',
    'The Final Determination rests on the following decisions for the disputed items/services:',
    'Each disputed treatment or service is listed below with the decision\nreached for it by the expert reviewer, the guidelines relied upon and\nthe reasons for the decision:',
    'Decisions:',
  ]) {
    it(`is not part of the first title in a letter without blank lines: ${JSON.stringify(intro.slice(0, 40))}`, () => {
      const text = letter(intro, ITEMS);
      assert.deepStrictEqual(titles(text), WANT);
      assert.deepStrictEqual(titles(doubleSpace(text)), WANT);
      assert.deepStrictEqual(analyze(text).findings.filter((f) => f.rule === 'IMR011' || f.rule === 'IMR002'), []);
    });
  }

  it('is not part of a first title wrapped over lines, nor of one whose decision stands alone', () => {
    const wrapped = [{ heading: 'Magnetic resonance imaging of the lumbar spine\nwithout contrast: Overturned', rationale: 'New weakness. Therefore, the request is medically necessary.' }];
    assert.deepStrictEqual(titles(letter('Set forth below are the decisions\non the disputed items/services:', wrapped)), [['Magnetic resonance imaging of the lumbar spine without contrast', 'Overturned']]);
    assert.deepStrictEqual(titles(letter('The decisions follow:', [{ heading: 'Lidoderm 5% patch #30:\nUpheld', rationale: NOT_NECESSARY }])), [['Lidoderm 5% patch #30', 'Upheld']]);
  });

  it('is absent when the first heading follows the section heading: the heading keeps all its lines', () => {
    // Wrapped after a colon: the first line names a treatment, so it is no introduction.
    const afterColon = letter('', [{ heading: 'Compounded topical cream:\nGabapentin 6%, Lidocaine 2% 120 grams: Upheld', rationale: NOT_NECESSARY }]);
    assert.deepStrictEqual(titles(afterColon), [['Compounded topical cream: Gabapentin 6%, Lidocaine 2% 120 grams', 'Upheld']]);
    // A title whose decision stands alone on the next line, and a heading without a decision before the labels.
    assert.deepStrictEqual(titles(letter('', [{ heading: 'Walking cane for outdoor use:\nOverturned', rationale: 'It helps. Therefore, the request is medically necessary.' }])), [['Walking cane for outdoor use', 'Overturned']]);
    assert.deepStrictEqual(titles(letter('', [{ heading: 'Raised toilet seat for home use:', rationale: NOT_NECESSARY }])), [['Raised toilet seat for home use', null]]);
  });
});

describe('item headings in a letter without blank lines (pdftotext)', () => {
  const packed = (t: string) => t.split('\n').filter((l) => l.trim() !== '').join('\n') + '\n';
  it('without a decision or a colon are found as in a letter with them', () => {
    const text = syntheticLetter([
      { heading: 'Norco 10/325mg #60: Upheld', rationale: NOT_NECESSARY },
      { heading: 'Home exercise kit with resistance\nbands and a pulley', rationale: NOT_NECESSARY },
      { heading: 'Walking cane: Upheld', rationale: NOT_NECESSARY },
    ]);
    const want = [['Norco 10/325mg #60', 'Upheld'], ['Home exercise kit with resistance bands and a pulley', null], ['Walking cane', 'Upheld']];
    assert.deepStrictEqual(titles(text), want);
    assert.deepStrictEqual(titles(packed(text)), want);
    // The kit's labels are its own: the rationale before it ends where its heading starts.
    assert.strictEqual(parseLetter(packed(text)).items[0].rationale!.text, NOT_NECESSARY);
  });
});
