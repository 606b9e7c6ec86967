// IMR015-IMR017, the cover page rules, on letters whose cover page is built by hand (the parsed
// letter of a synthetic determination, with a CoverPage attached): positive and negative cases, a
// cumulative-trauma period, "some of", and missing fields (no finding). Also: none of them fires on
// the real letters beside the checkout or on the examples.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseLetter, type CoverPage, type HeaderField, type Letter, type Range } from '../../src/core';
import type { Rule } from '../../src/core/rules/rule';
import { overallDeterminationMismatch } from '../../src/core/rules/imr015-overall-determination-mismatch';
import { disputedTreatmentNotDecided } from '../../src/core/rules/imr016-disputed-treatment-not-decided';
import { caseFactMismatch, fieldDate } from '../../src/core/rules/imr017-case-fact-mismatch';
import { SentenceMemo } from '../../src/core/text/sentences';
import { REPO, seedLetters, syntheticLetter, type SyntheticItem } from './helpers';

const COVER_RULES = [overallDeterminationMismatch, disputedTreatmentNotDecided, caseFactMismatch];

/** A range on a cover line (the cover's own lines are fictional: only the ranges are compared). */
const at = (line: number, from = 0, to = from + 5): Range => ({ start: { line, character: from }, end: { line, character: to } });

function field(label: string, value: string, line: number): HeaderField {
  return { label, value, range: at(line, 0, label.length + 1 + value.length), labelRange: at(line, 0, label.length), valueRange: at(line, label.length + 1, label.length + 1 + value.length) };
}

function cover(over: Partial<CoverPage> = {}): CoverPage {
  return { range: at(0, 0, 1), fields: [], injury: null, treatmentsInDispute: [], determination: null, determinationSentence: null, letterDate: null, ...over };
}

const item = (heading: string): SyntheticItem => ({ heading });

function letter(items: SyntheticItem[], c: CoverPage | undefined, summary?: string): Letter {
  const l = parseLetter(syntheticLetter(items, { summary }));
  return { ...l, cover: c };
}

function run(rule: Rule, l: Letter) {
  return rule.check(l, { sentences: new SentenceMemo() });
}

const UPHOLD = { value: 'UPHOLD' as const, range: at(1, 21, 27) };
const OVERTURN = { value: 'OVERTURN' as const, range: at(1, 21, 29) };
const sentence = (scope: 'all' | 'none' | 'some') => ({
  scope,
  text: `This means we decided that ${scope} of the disputed items/services are medically necessary and appropriate.`,
  range: at(2, 0, 90),
});

describe('cover page rules', () => {
  describe('IMR015 overall-determination-mismatch', () => {
    const mixed = [item('Norco 10/325mg #60:  Upheld'), item('Physical therapy, 8 sessions:  Overturned')];
    const upheld = [item('Norco 10/325mg #60:  Upheld'), item('Zanaflex 4mg #90:  Upheld')];
    const check = (items: SyntheticItem[], c: CoverPage) => run(overallDeterminationMismatch, letter(items, c));

    it('reports UPHOLD while an item is Overturned, on the word, pointing at the item heading', () => {
      const l = letter(mixed, cover({ determination: UPHOLD }));
      const found = run(overallDeterminationMismatch, l);
      assert.deepStrictEqual(found, [
        {
          message: 'The cover page says "Final Determination: UPHOLD", but item 2 ("Physical therapy, 8 sessions") is Overturned.',
          range: UPHOLD.range,
          related: [{ message: 'Item 2 "Physical therapy, 8 sessions": Overturned', range: l.items[1].range }],
        },
      ]);
    });

    it('reports OVERTURN while every item is Upheld', () => {
      const found = check(upheld, cover({ determination: OVERTURN }));
      assert.deepStrictEqual(found.map((f) => f.message), ['The cover page says "Final Determination: OVERTURN", but every item is Upheld.']);
      assert.strictEqual(found[0].related!.length, 2);
    });

    it('reports "all of" with an Upheld item and "none of" with an Overturned one', () => {
      assert.deepStrictEqual(check(mixed, cover({ determinationSentence: sentence('all') })).map((f) => f.message), [
        'The cover page says "This means we decided that all of the disputed items/services are medically necessary and appropriate.", but item 1 ("Norco 10/325mg #60") is Upheld.',
      ]);
      const none = check(mixed, cover({ determination: OVERTURN, determinationSentence: sentence('none') }));
      assert.strictEqual(none.length, 1);
      assert.deepStrictEqual(none[0].range, OVERTURN.range, 'on the word when there is one');
    });

    it('reports "some of" when every item has the same decision, and not when they differ', () => {
      assert.strictEqual(check(upheld, cover({ determination: OVERTURN, determinationSentence: sentence('some') })).length, 1);
      const allOverturned = [item('Norco 10/325mg #60:  Overturned'), item('Zanaflex 4mg #90:  Overturned')];
      const found = check(allOverturned, cover({ determinationSentence: sentence('some') }));
      assert.deepStrictEqual(found.map((f) => f.message), [
        'The cover page says "This means we decided that some of the disputed items/services are medically necessary and appropriate.", but every item is Overturned.',
      ]);
      assert.deepStrictEqual(found[0].range, sentence('some').range, 'on the sentence when there is no word');
      assert.deepStrictEqual(check(mixed, cover({ determination: OVERTURN, determinationSentence: sentence('some') })), []);
    });

    it('reads the word and its sentence wrong for the same reason as one finding', () => {
      const found = check(mixed, cover({ determination: UPHOLD, determinationSentence: sentence('none') }));
      assert.deepStrictEqual(found.map((f) => f.message), [
        'The cover page says "Final Determination: UPHOLD" and "This means we decided that none of the disputed items/services are medically necessary and appropriate.", but item 2 ("Physical therapy, 8 sessions") is Overturned.',
      ]);
    });

    it('finds nothing when the cover page agrees, says nothing, or an item is undecided', () => {
      assert.deepStrictEqual(check(upheld, cover({ determination: UPHOLD, determinationSentence: sentence('none') })), []);
      assert.deepStrictEqual(check(mixed, cover({ determination: OVERTURN, determinationSentence: sentence('some') })), []);
      assert.deepStrictEqual(check([item('Norco 10/325mg #60:  Overturned')], cover({ determination: OVERTURN, determinationSentence: sentence('all') })), []);
      assert.deepStrictEqual(check(mixed, cover()), []);
      assert.deepStrictEqual(run(overallDeterminationMismatch, letter(mixed, undefined)), []);
      // An undecided item may be the Overturned one: OVERTURN and "some of" are not judged.
      const undecided = [item('Norco 10/325mg #60:  Upheld'), item('Zanaflex 4mg #90:')];
      assert.deepStrictEqual(check(undecided, cover({ determination: OVERTURN, determinationSentence: sentence('some') })), []);
    });
  });

  describe('IMR016 disputed-treatment-not-decided', () => {
    const listed = (...names: string[]) => names.map((text, i) => ({ text, range: at(5 + i, 0, text.length) }));
    const check = (items: SyntheticItem[], list: string[]) => run(disputedTreatmentNotDecided, letter(items, cover({ treatmentsInDispute: listed(...list) })));

    it('reports a listed treatment that no item decides, on the list entry', () => {
      const found = check([item('Norco 10/325mg #60:  Upheld')], ['Norco 10/325mg #60', 'Zanaflex 4mg #90']);
      assert.deepStrictEqual(found, [{ message: 'The cover page lists "Zanaflex 4mg #90" in dispute, but no item decides it.', range: at(6, 0, 16) }]);
    });

    it('reports an item for a treatment the cover page does not list, on the item heading', () => {
      const l = letter([item('Norco 10/325mg #60:  Upheld'), item('Soma 350mg #60:  Upheld')], cover({ treatmentsInDispute: listed('Norco 10/325mg #60') }));
      const found = run(disputedTreatmentNotDecided, l);
      assert.deepStrictEqual(found, [
        {
          message: 'Item 2 decides "Soma 350mg #60", which the cover page does not list among the treatments in dispute.',
          range: l.items[1].titleRange,
          item: 1,
          related: [{ message: 'Treatment(s) in Dispute Listed on IMR Application', range: at(5, 0, 18) }],
        },
      ]);
    });

    it('reports another strength or quantity once, at the list entry', () => {
      const found = check([item('Norco 10/325mg #60:  Upheld')], ['Norco 10/325mg #90']);
      assert.deepStrictEqual(found.map((f) => f.message), ['The cover page lists "Norco 10/325mg #90" in dispute, but the item decides "Norco 10/325mg #60": another strength or quantity.']);
      assert.strictEqual(check([item('Lyrica 75mg #60:  Upheld')], ['Lyrica 150mg #60']).length, 1);
    });

    it('matches brand and generic names, written strengths and quantities, and services', () => {
      assert.deepStrictEqual(check([item('Norco 10/325mg #60:  Upheld')], ['Hydrocodone/acetaminophen 10/325 mg, #60']), []);
      assert.deepStrictEqual(check([item('1 Prescription of Neurontin 600mg #90:  Upheld')], ['Gabapentin 600mg']), []);
      assert.deepStrictEqual(check([item('Norco:  Upheld')], ['Norco 10/325mg #60']), [], 'a strength written on one side only agrees');
      assert.deepStrictEqual(check([item('12 sessions of physical therapy for the lumbar spine:  Overturned')], ['Physical therapy 2x6 lumbar spine']), []);
    });

    it('finds nothing without a list, or when an unknown treatment could be the missing one', () => {
      assert.deepStrictEqual(check([item('Norco 10/325mg #60:  Upheld')], []), []);
      assert.deepStrictEqual(run(disputedTreatmentNotDecided, letter([item('Norco 10/325mg #60:  Upheld')], undefined)), []);
      // The lexicon does not know "Frobnix": the item may be the listed Zanaflex under another name, and the entry the item.
      assert.deepStrictEqual(check([item('Norco 10/325mg #60:  Upheld'), item('Frobnix wrap:  Upheld')], ['Norco 10/325mg #60', 'Zanaflex 4mg #90']), []);
      assert.deepStrictEqual(check([item('Norco 10/325mg #60:  Upheld'), item('Soma 350mg #60:  Upheld')], ['Norco 10/325mg #60', 'Frobnix wrap']), []);
      // Unknown on both sides but written alike: matched by the words.
      assert.deepStrictEqual(check([item('Frobnix wrap:  Upheld'), item('Norco 10/325mg #60:  Upheld')], ['Frobnix wrap', 'Norco 10/325mg #60', 'Zanaflex 4mg']).length, 1);
    });
  });

  describe('IMR017 case-fact-mismatch', () => {
    // syntheticLetter's summary: a 52-year-old female injured on October 2, 2009.
    const injury = (from: string, to: string | null = null, cumulative = false) => ({ from, to, cumulative, range: at(3, 16, 26) });
    const doi = field('Date of Injury', '09/23/2013', 3);
    const check = (c: CoverPage, summary?: string) => run(caseFactMismatch, letter([item('Norco 10/325mg #60:  Upheld')], c, summary));

    it('reports another date of injury, on the cover page, pointing at the summary', () => {
      const l = letter([item('Norco 10/325mg #60:  Upheld')], cover({ fields: [doi], injury: injury('2013-09-23') }));
      const found = run(caseFactMismatch, l);
      const stated = l.case.dates.find((d) => d.kind === 'injury')!;
      assert.deepStrictEqual(found, [
        {
          message: 'The cover page gives the date of injury as 09/23/2013, but the clinical case summary dates the injury October 2, 2009.',
          range: at(3, 16, 26),
          related: [{ message: 'Clinical case summary: injured October 2, 2009', range: stated.range }],
        },
      ]);
    });

    it('agrees with the same date written otherwise, or any injury the summary names', () => {
      assert.deepStrictEqual(check(cover({ injury: injury('2009-10-02') })), []);
      assert.deepStrictEqual(check(cover({ injury: injury('2009-10') })), [], 'at the precision both write');
      const two = 'The injured worker is a 52-year-old female who was injured on March 3, 2005 and again on October 2, 2009.';
      assert.deepStrictEqual(check(cover({ injury: injury('2009-10-02') }), two), []);
    });

    it('reads a cumulative-trauma period as a period', () => {
      const ct = field('Date of Injury', 'CT 01/2008 - 06/30/2010', 3);
      assert.deepStrictEqual(check(cover({ fields: [ct], injury: injury('2008-01', '2010-06-30', true) })), []);
      assert.deepStrictEqual(check(cover({ injury: injury('2009-10-02', null, true) })), [], 'an open period from the day itself');
      const found = check(cover({ fields: [ct], injury: injury('2010-01', '2012-06-30', true) }));
      assert.deepStrictEqual(found.map((f) => f.message), [
        'The cover page gives the cumulative-trauma period CT 01/2008 - 06/30/2010 as the date of injury, but the clinical case summary dates the injury October 2, 2009, outside it.',
      ]);
    });

    it("reports the worker's sex from a Sex field or the employee's title", () => {
      const sex = field('Sex', 'M', 4);
      const found = check(cover({ fields: [sex] }));
      assert.deepStrictEqual(found.map((f) => [f.message, f.range]), [['The cover page gives the worker as Sex: M (male), but the clinical case summary describes a female worker.', sex.valueRange]]);
      assert.strictEqual(check(cover({ fields: [field('Employee Name', 'Mr. Dale Orwin', 4)] })).length, 1);
      assert.deepStrictEqual(check(cover({ fields: [field('Employee Name', 'Ms. Dale Orwin', 4)] })), []);
      assert.deepStrictEqual(check(cover({ fields: [field('Employee Name', 'Dale Orwin', 4)] })), [], 'no title, no sex');
      assert.deepStrictEqual(check(cover({ fields: [field('Provider Name', 'Mr. Alan Pike', 4)] })), [], "the provider's title is not the worker's");
    });

    it('reports an age the date of birth rules out, allowing the injury-to-letter span and a year', () => {
      const letterDate = { date: '2014-06-10', range: at(0, 0, 10) };
      // Born 1961-05-01: 48 at the injury (2009-10-02), 53 at the letter; the summary says 52.
      assert.deepStrictEqual(check(cover({ fields: [field('Date of Birth', '05/01/1961', 4)], letterDate })), []);
      assert.deepStrictEqual(check(cover({ fields: [field('DOB', 'May 1, 1957', 4)], letterDate })), [], '52 at the injury');
      const dob = field('Date of Birth', '01/15/1980', 4);
      const found = check(cover({ fields: [dob], letterDate }));
      assert.deepStrictEqual(found.map((f) => [f.message, f.range]), [
        ['The cover page gives the date of birth as 01/15/1980, so the worker was 29 to 34 years old on the dates in this letter, but the clinical case summary says 52 years old.', dob.valueRange],
      ]);
    });

    it('finds nothing when a fact is missing on either side', () => {
      assert.deepStrictEqual(check(cover()), []);
      assert.deepStrictEqual(check(cover({ injury: injury('2013-09-23') }), 'The injured worker is a 52-year-old female with low back pain.'), [], 'the summary dates no injury');
      assert.deepStrictEqual(check(cover({ fields: [field('Sex', 'M', 4)] }), 'The injured worker was injured on October 2, 2009.'), [], 'the summary gives no sex');
      assert.deepStrictEqual(check(cover({ fields: [field('Date of Birth', '01/15/80', 4)] })), [], 'a two-digit year of birth');
      assert.deepStrictEqual(run(caseFactMismatch, letter([item('Norco 10/325mg #60:  Upheld')], undefined)), []);
    });

    it('reads a date field written as one date only', () => {
      assert.strictEqual(fieldDate('09/23/2013'), '2013-09-23');
      assert.strictEqual(fieldDate('Sept. 3, 1961'), '1961-09-03');
      assert.strictEqual(fieldDate('1961-09-03'), '1961-09-03');
      assert.strictEqual(fieldDate('13/01/1961'), null);
      assert.strictEqual(fieldDate('Standard'), null);
      assert.strictEqual(fieldDate('CT 01/2012 - 06/30/2014'), null);
    });
  });

  describe('on letters without a planted problem', () => {
    const examples = path.join(REPO, 'examples');
    // The examples that show these rules' problems.
    const planted = ['2017-04-quintero-cover-determination.txt', '2017-06-abernathy-cover-treatments.txt', '2017-09-sorensen-cover-injury.txt'];
    const letters = [
      ...(seedLetters() ?? []),
      ...fs
        .readdirSync(examples)
        .filter((f) => f.endsWith('.txt') && !planted.includes(f))
        .map((name) => ({ name, text: fs.readFileSync(path.join(examples, name), 'utf8') })),
    ];
    for (const { name, text } of letters) {
      it(`finds nothing in ${name}`, () => {
        const l = parseLetter(text);
        assert.deepStrictEqual(COVER_RULES.flatMap((r) => run(r, l)), []);
      });
    }
  });
});
