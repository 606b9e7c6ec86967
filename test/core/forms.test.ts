// The same letter gives the same items, decisions and conclusions in every form it arrives in.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, parseLetter, type Analysis, type Letter } from '../../src/core';
import { doubleSpace, inBounds, readFixtureLetters, REPO, seedLetters, syntheticLetter, textAt } from './helpers';
import { fixtureFiles, RULES_DIR, ruleFolders, stripMarkers } from './ruleSnapshots';

const NOT_NECESSARY = 'The records show no benefit. Therefore, the request is not medically necessary.';
const BASE = syntheticLetter([
  { heading: '1 Precription of Soma 350mg #60 with 2 refills:  Upheld', rationale: 'Carisoprodol is not advised for long use. For these reasons, this request for Soma is not medically necessary.' },
  { heading: 'One TENS unit rental for 30 days: Upheld', maximus: 'Decision based on MTUS Chronic Pain Medical Treatment\n2009, Section(s): Transcutaneous electrotherapy.' },
  { heading: 'Compounded cream: Flurbiprofen 20%, Baclofen 2%,\nLidocaine 5% 180 grams:    Overturned', rationale: 'The worker tolerates it and reports relief. As such, this request for the compounded cream is medically necessary.' },
  // An earlier heading line ending in a colon, and one ending in an abbreviation's period.
  {
    heading: 'Compounded topical cream:\nLidocaine 5%, Ketoprofen 10% 120 grams: Upheld',
    maximus: 'Decision based on MTUS Chronic Pain Treatment Guidelines Topical\nAnalgesics Page(s): 56-57, 111-113, 8 C.C.R. 9792.24.2.',
    rationale: NOT_NECESSARY,
  },
  { heading: 'Tramadol ER 100mg one tablet p.o. q.\n6h #120: Upheld', rationale: NOT_NECESSARY },
  // The decision pushed onto its own line; a space before the colon and a period after the decision.
  { heading: 'Lidoderm 5% patch #30:\nUpheld', rationale: NOT_NECESSARY },
  { heading: 'Ketoprofen 75mg #60 :  Upheld.', rationale: NOT_NECESSARY },
  // A heading wrapped over three lines.
  {
    heading: 'Magnetic resonance imaging of the lumbar spine without contrast\nto rule out a recurrent disc herniation at L4-L5 as requested\nby the treating physician:  Overturned',
    rationale: 'New weakness of the left foot is documented. Therefore, the request for an MRI is medically necessary.',
  },
]);

/** A page footer with blank lines around it, inside a wrapped guideline and inside a wrapped heading. */
function footersAroundBlanks(t: string): string {
  return t
    .replace('Guidelines Topical\nAnalgesics', 'Guidelines Topical\n\nPage 2 of 3\n\f\nAnalgesics')
    .replace('without contrast\nto rule out', 'without contrast\n\nPage 3 of 3\n\f\n\nto rule out');
}

function essence(l: Letter) {
  return l.items.map((i) => ({ title: i.title, decision: i.decision, necessity: i.conclusion.necessity, conclusion: i.conclusion.text, citation: i.guidelines.maximus?.citation }));
}

/** As Poppler's pdftotext writes it: no blank lines at all, between paragraphs, items or sections. */
function dense(t: string): string {
  return t.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').join('\n') + '\n';
}

/** The findings of an analysis, each with the text it points at (ranges differ between forms; whitespace is not compared). */
function findingTexts(a: Analysis, text: string): string[] {
  return a.findings.map((f) => `${f.rule} ${f.severity} ${f.message} @ ${textAt(text, f.range).replace(/\s+/g, ' ').trim()}`).sort();
}

function textFiles(dir: string): { name: string; text: string }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const FORMS: [string, (t: string) => string][] = [
  ['PDF double spacing', doubleSpace],
  ['CRLF line endings', (t) => t.replace(/\n/g, '\r\n')],
  ['double spacing with CRLF', (t) => doubleSpace(t).replace(/\n/g, '\r\n')],
  ['an added header block', (t) => `Case Number: CM15-0099999\nDate Assigned: 01/05/2015\nDate of Injury: 10/02/2009\nUR Denial Date: 12/11/2014\n\n${t}`],
  ['page footers and form feeds inside paragraphs', (t) => t.replace('is not advised for long use.', 'is not advised\nPage 2 of 4\n\f\nfor long use.').replace('reports relief.', 'reports\f relief.')],
  ['trailing spaces and tabs', (t) => t.replace(/\n/g, ' \t\n')],
  ['page footers with blank lines around them inside a guideline and a heading', footersAroundBlanks],
  ['page footers with blank lines around them, double-spaced', (t) => doubleSpace(footersAroundBlanks(t))],
  ['no blank lines at all (dense)', dense],
  ['no blank lines at all, with CRLF', (t) => dense(t).replace(/\n/g, '\r\n')],
  ['no blank lines at all, with page footers and form feeds', (t) => dense(footersAroundBlanks(t))],
  ['no blank lines, the introduction wrapped before its last word', (t) => dense(t).replace('set forth below:', 'set forth\nbelow:')],
];

describe('letter forms', () => {
  const base = parseLetter(BASE);
  it('reads the base letter: quantity headings, a typo, wrapped headings, spaces before the decision', () => {
    assert.deepStrictEqual(base.items.map((i) => [i.title, i.decision]), [
      ['1 Precription of Soma 350mg #60 with 2 refills', 'Upheld'],
      ['One TENS unit rental for 30 days', 'Upheld'],
      ['Compounded cream: Flurbiprofen 20%, Baclofen 2%, Lidocaine 5% 180 grams', 'Overturned'],
      ['Compounded topical cream: Lidocaine 5%, Ketoprofen 10% 120 grams', 'Upheld'],
      ['Tramadol ER 100mg one tablet p.o. q. 6h #120', 'Upheld'],
      ['Lidoderm 5% patch #30', 'Upheld'],
      ['Ketoprofen 75mg #60', 'Upheld'],
      ['Magnetic resonance imaging of the lumbar spine without contrast to rule out a recurrent disc herniation at L4-L5 as requested by the treating physician', 'Overturned'],
    ]);
    assert.deepStrictEqual(base.items[1].guidelines.maximus?.citation.topics, ['Transcutaneous electrotherapy']);
    const topical = base.items[3].guidelines.maximus!.citation;
    assert.deepStrictEqual([topical.topics, topical.pages, topical.regulations], [['Topical Analgesics'], [56, 57, 111, 112, 113], ['8 C.C.R. 9792.24.2']]);
    assert.deepStrictEqual(base.items.map((i) => i.conclusion.necessity), [
      'not-necessary', 'not-necessary', 'necessary', 'not-necessary', 'not-necessary', 'not-necessary', 'not-necessary', 'necessary',
    ]);
    // Every item keeps its own labels, and no heading is reported as missing its decision.
    assert.ok(base.items.every((i) => i.guidelines.claimsAdministrator && i.guidelines.maximus && i.rationale));
    assert.deepStrictEqual(analyze(BASE).findings.filter((f) => f.rule === 'IMR002'), []);
  });
  it('places a decision on its own line on that line, and the title on the line before', () => {
    const lidoderm = base.items[5];
    assert.strictEqual(lidoderm.decisionRange!.start.line, lidoderm.titleRange.end.line + 1);
    assert.strictEqual(textAt(BASE, lidoderm.titleRange), 'Lidoderm 5% patch #30');
    assert.strictEqual(textAt(BASE, base.items[6].decisionRange!), 'Upheld');
  });
  for (const [name, transform] of FORMS) {
    it(`gives the same model with ${name}, ranges into the original text`, () => {
      const text = transform(BASE);
      const letter = parseLetter(text);
      assert.deepStrictEqual(essence(letter), essence(base));
      for (const item of letter.items) {
        assert.ok(inBounds(text, item.range) && inBounds(text, item.fullRange));
        assert.strictEqual(textAt(text, item.decisionRange!), item.decision);
        const firstWord = item.title.split(' ')[0];
        assert.ok(textAt(text, item.titleRange).startsWith(firstWord));
      }
    });
  }
  it('reads the header block as ordered label/value pairs with ranges', () => {
    const text = FORMS[3][1](BASE);
    const l = parseLetter(text);
    assert.deepStrictEqual(l.header.map((f) => [f.label, f.value]), [
      ['Case Number', 'CM15-0099999'], ['Date Assigned', '01/05/2015'], ['Date of Injury', '10/02/2009'], ['UR Denial Date', '12/11/2014'],
    ]);
    assert.strictEqual(textAt(text, l.header[0].valueRange), 'CM15-0099999');
    assert.strictEqual(textAt(text, l.header[3].labelRange), 'UR Denial Date');
  });
  describe('synthetic fixture letters', () => {
    const single = (t: string) => t.replace(/\r\n/g, '\n');
    // A letter that is already double-spaced is compared with its single-spaced form.
    const undouble = (t: string) => single(t).replace(/\n\n/g, '\n').replace(/^ $/gm, '');
    for (const { name, text } of readFixtureLetters()) {
      it(`${name}: the same items, decisions and conclusions single-spaced, double-spaced and with CRLF`, () => {
        const l = parseLetter(text);
        const spaced = l.doubleSpaced ? undouble(text) : single(text);
        const want = essence(l);
        for (const form of [spaced, doubleSpace(spaced), spaced.replace(/\n/g, '\r\n'), doubleSpace(spaced).replace(/\n/g, '\r\n')]) {
          assert.deepStrictEqual(essence(parseLetter(form)), want);
        }
      });
    }
  });
  describe('dense form (no blank lines at all)', () => {
    // Every letter a reader may open: the fixture letters, the examples and the rule fixtures (markers stripped).
    const letters = [
      ...readFixtureLetters().map((l) => ({ name: `letters/${l.name}`, text: l.text })),
      ...textFiles(path.join(REPO, 'examples')).map((l) => ({ name: `examples/${l.name}`, text: l.text })),
      ...ruleFolders().flatMap((id) => fixtureFiles(id).map((f) => ({ name: `rules/${id}/${f}`, text: stripMarkers(fs.readFileSync(path.join(RULES_DIR, id, f), 'utf8')).text }))),
    ];
    it('covers the fixture letters, the examples and the rule fixtures', () => {
      assert.ok(letters.filter((l) => l.name.startsWith('letters/')).length >= 8 && letters.some((l) => l.name.startsWith('examples/')) && letters.some((l) => l.name.startsWith('rules/')));
    });
    for (const { name, text } of letters) {
      it(`${name}: the same layout, items, titles, decisions, conclusions and findings`, () => {
        const packed = dense(text);
        const [a, b] = [analyze(text), analyze(packed)];
        assert.strictEqual(b.letter.layout, a.letter.layout);
        assert.deepStrictEqual(essence(b.letter), essence(a.letter));
        assert.deepStrictEqual(findingTexts(b, packed), findingTexts(a, text));
      });
    }
  });
  it('keeps the real letters stable when their double spacing is undone (when ../shared/seeds exists)', function () {
    const seeds = seedLetters();
    if (!seeds) {
      console.log('    NOTICE: ../shared/seeds absent; real-letter form test not run.');
      this.skip();
    }
    for (const { name, text } of seeds!) {
      const single = text.split('\n').filter((l, i, all) => !(l === '' && i > 0 && all[i - 1] !== '')).join('\n');
      assert.deepStrictEqual(essence(parseLetter(single)), essence(parseLetter(text)), name);
    }
  });
});
