// Scope tests for syntaxes/imr.tmLanguage.json on synthetic lines (fictional workers and drugs).
import * as assert from 'assert';
import { loadImrGrammar, type IGrammar } from './load-grammar';
import { assertHasScope, assertLacksScope, scopesAt, scopesIn, tokenizeLines } from './tokens';

describe('IMR grammar scopes', () => {
  let grammar: IGrammar;
  const at = (line: string, substring: string) => scopesAt(grammar, line, substring);

  before(async () => {
    grammar = await loadImrGrammar();
  });

  it('has the root scope text.imr on every token', () => {
    assert.strictEqual(at('Anything at all', 'Anything')[0], 'text.imr');
  });

  describe('section headings', () => {
    const headings = [
      'HOW THE IMR FINAL DETERMINATION WAS MADE',
      'CLINICAL CASE SUMMARY',
      'IMR ISSUES, DECISIONS AND RATIONALES',
      'DOCUMENTS REVIEWED',
      'IMR DECISION(S) AND RATIONALE(S)',
      'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
      'ISSUE AT DISPUTE:',
      'CASE SUMMARY:',
      'DOCUMENTS REVIEWED FOR DETERMINATION:',
      'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
      'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
      'MEDICAL REVIEWER QUALIFICATIONS:',
    ];
    for (const heading of headings) {
      it(`marks "${heading}"`, () => {
        const title = heading.replace(/:$/, '');
        const scopes = at(heading, title);
        assertHasScope(scopes, 'markup.heading.section.imr', heading);
        assertHasScope(scopes, 'entity.name.section', heading);
      });
    }

    it('accepts the PDF leading space, trailing blanks and a form feed', () => {
      assertHasScope(at(' CLINICAL CASE SUMMARY   ', 'CLINICAL'), 'markup.heading.section.imr', 'indented');
      assertHasScope(at('\fIMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES'), 'markup.heading.section.imr', 'form feed');
    });

    it('does not mark heading words inside a sentence', () => {
      assertLacksScope(at('See the CLINICAL CASE SUMMARY above.', 'CLINICAL'), 'markup.heading', 'prose');
      assertLacksScope(at('CLINICAL CASE SUMMARY of the prior reviewer', 'CLINICAL'), 'markup.heading', 'heading words then prose');
    });
  });

  describe('header fields', () => {
    const fields: [string, string][] = [
      ['Case Number: CM17-0301122', 'CM17-0301122'],
      ['Date Assigned: 11/08/2017', '11/08/2017'],
      ['Date of Injury: 02/14/2013', '02/14/2013'],
      ['UR Denial Date: 10/27/2017', '10/27/2017'],
      ['State(s) of Licensure: Arizona, Utah', 'Arizona, Utah'],
      ['Certification(s)/Specialty: Physical Medicine & Rehabilitation', 'Physical Medicine & Rehabilitation'],
    ];
    for (const [line, value] of fields) {
      const label = line.slice(0, line.indexOf(':'));
      it(`marks the label and value of "${label}:"`, () => {
        assertHasScope(at(line, label), 'keyword.other.label.header.imr', 'label');
        assertHasScope(at(line, value.slice(0, 3)), 'variable.other.header.value.imr', 'value');
        assertHasScope(at(line, ':'), 'punctuation.separator.key-value.imr', 'colon');
      });
    }

    it('marks dates and case numbers inside values', () => {
      assertHasScope(at('Date of Injury: 02/14/2013', '02/14/2013'), 'constant.numeric.date.imr', 'date value');
      assertHasScope(at('Case Number: CM17-0301122', 'CM17-0301122'), 'constant.other.case-number.imr', 'case number');
    });

    it('leaves an unknown label alone', () => {
      assertLacksScope(at('Favourite colour: teal', 'Favourite'), 'keyword.other.label.header', 'unknown label');
    });
  });

  describe('item headings', () => {
    it('marks the title and Upheld, with two spaces before the decision', () => {
      const line = '1 Prescription of Lyrica 75mg #60 with 2 refills:  Upheld';
      const title = at(line, '1 Prescription of Lyrica ');
      assertHasScope(title, 'entity.name.function.item.imr', 'title');
      assertHasScope(title, 'markup.heading.item.imr', 'title');
      assertHasScope(at(line, 'Upheld'), 'markup.deleted.decision.upheld.imr', 'Upheld');
      assertLacksScope(at(line, 'Upheld'), 'markup.inserted', 'Upheld');
      assertHasScope(at(line, '75mg'), 'constant.numeric.strength.imr', 'strength in the title');
      assertHasScope(at(line, '#60'), 'constant.numeric.quantity.imr', 'quantity in the title');
      assertHasScope(at(line, '#60'), 'entity.name.function.item.imr', 'quantity stays in the title');
    });

    it('marks Overturned in the inserted family, apart from Upheld', () => {
      const line = 'One interferential unit: Overturned';
      const overturned = at(line, 'Overturned');
      assertHasScope(overturned, 'markup.inserted.decision.overturned.imr', 'Overturned');
      assertLacksScope(overturned, 'markup.deleted', 'Overturned');
      assertHasScope(at(line, 'One interferential unit'), 'entity.name.function.item.imr', 'title starting with a word quantity');
      assert.notDeepStrictEqual(overturned, at('One interferential unit: Upheld', 'Upheld'));
    });

    it('accepts any blanks around the colon and after the decision', () => {
      assertHasScope(at('Gabapentin 300 mg #90:Upheld', 'Upheld'), 'markup.deleted.decision.upheld.imr', 'no space');
      assertHasScope(at('Gabapentin 300 mg #90:     Overturned   ', 'Overturned'), 'markup.inserted.decision.overturned.imr', 'many spaces');
      assertHasScope(at('Gabapentin 300 mg #90 :  Upheld', 'Upheld'), 'markup.deleted.decision.upheld.imr', 'space before the colon');
    });

    it('accepts the decision word in capitals, as the parser does', () => {
      assertHasScope(at('Naproxen 500 mg #60: UPHELD', 'UPHELD'), 'markup.deleted.decision.upheld.imr', 'UPHELD');
      assertHasScope(at('Naproxen 500 mg #60: OVERTURNED', 'OVERTURNED'), 'markup.inserted.decision.overturned.imr', 'OVERTURNED');
    });

    it('marks the last line of a wrapped heading', () => {
      const [first, , last] = tokenizeLines(grammar, ['Aquatic therapy twice a week for six weeks for the lumbar', '', 'spine and both knees:  Overturned']);
      assertLacksScope(scopesIn(first, 'Aquatic'), 'markup.heading', 'first line of the heading');
      assertHasScope(scopesIn(last, 'spine and both knees'), 'entity.name.function.item.imr', 'last line title');
      assertHasScope(scopesIn(last, 'Overturned'), 'markup.inserted.decision.overturned.imr', 'last line decision');
    });

    it('takes the title up to the last colon', () => {
      const line = 'Ketoprofen: 20% cream 60 grams: Upheld';
      assertHasScope(at(line, 'Ketoprofen: 20% cream 60 grams'.slice(0, 11)), 'entity.name.function.item.imr', 'title with a colon');
      assertHasScope(at(line, 'Upheld'), 'markup.deleted.decision.upheld.imr', 'decision');
    });

    it('never gives a misspelt decision the Upheld scope', () => {
      const line = 'Ultram 50 mg #120:  Uphled';
      const scopes = at(line, 'Uphled');
      assertLacksScope(scopes, 'markup.deleted', 'Uphled');
      assertLacksScope(scopes, 'markup.inserted', 'Uphled');
      assertHasScope(scopes, 'invalid.illegal.decision.unknown.imr', 'Uphled');
      assertLacksScope(at('Ultram 50 mg #120:  Overtuned', 'Overtuned'), 'markup.inserted', 'Overtuned');
    });

    it('does not treat the decision words in prose as decisions', () => {
      assertLacksScope(at('The denial was Upheld on appeal last year.', 'Upheld'), 'markup.deleted.decision', 'prose');
      assertLacksScope(at('Upheld: the earlier decision stands', 'Upheld'), 'markup.deleted.decision', 'word first');
    });

    it('does not read a labelled line ending in a decision word as a heading', () => {
      const line = 'Decision rationale: the prior review was: Upheld';
      assertLacksScope(at(line, 'Upheld'), 'markup.deleted.decision', 'label line');
      assertHasScope(at(line, 'Decision rationale'), 'keyword.other.label.rationale.imr', 'label line');
    });
  });

  describe('item labels and guideline sources', () => {
    it('marks the three labels', () => {
      assertHasScope(at('Claims Administrator guideline: Decision based on ODG.', 'Claims Administrator guideline'), 'keyword.other.label.guideline.claims-administrator.imr', 'CA label');
      assertHasScope(at('MAXIMUS guideline: Decision based on MTUS.', 'MAXIMUS guideline'), 'keyword.other.label.guideline.maximus.imr', 'MAXIMUS label');
      assertHasScope(at('Decision rationale: The records show it.', 'Decision rationale'), 'keyword.other.label.rationale.imr', 'rationale label');
      assertHasScope(at(' Decision rationale: indented by the PDF.', 'Decision rationale'), 'keyword.other.label.rationale.imr', 'indented label');
    });

    it('does not mark the label words mid-sentence', () => {
      assertLacksScope(at('as the MAXIMUS guideline: states', 'MAXIMUS guideline'), 'keyword.other.label', 'mid-sentence');
    });

    const sources: [string, string, string][] = [
      ['Decision based on MTUS Chronic Pain Treatment Guidelines', 'MTUS', 'support.class.guideline.mtus.imr'],
      ['Per CA MTUS guidance', 'CA MTUS', 'support.class.guideline.mtus.imr'],
      ['Decision based on Non-MTUS Citation', 'Non-MTUS', 'support.class.guideline.non-mtus.imr'],
      ['the ODG Pain chapter', 'ODG', 'support.class.guideline.odg.imr'],
      ['Official Disability Guidelines, Knee chapter', 'Official Disability Guidelines', 'support.class.guideline.odg.imr'],
      ['ACOEM, 2nd Edition', 'ACOEM', 'support.class.guideline.acoem.imr'],
      ['MTUS CPMTG page 12', 'CPMTG', 'support.class.guideline.cpmtg.imr'],
      ['the Chronic Pain Medical Treatment Guidelines say', 'Chronic Pain Medical Treatment Guidelines', 'support.class.guideline.cpmtg.imr'],
    ];
    for (const [line, source, scope] of sources) {
      it(`marks the guideline source "${source}"`, () => {
        assertHasScope(at(line, source), scope, source);
        assertHasScope(at(line, source), 'support.class.guideline', source);
      });
    }

    it('does not mark MTUS inside a longer word', () => {
      assertLacksScope(at('the MTUSX file', 'MTUSX'), 'support.class.guideline', 'MTUSX');
    });
  });

  describe('references', () => {
    it('marks Page(s) lists with their numbers', () => {
      const line = 'Guidelines Page(s): 74-78, 88, 91.';
      assertHasScope(at(line, 'Page(s)'), 'constant.other.reference.page.imr', 'Page(s)');
      const numbers = at(line, '74-78, 88, 91');
      assertHasScope(numbers, 'constant.other.reference', 'page numbers');
      assertHasScope(numbers, 'constant.numeric.page.imr', 'page numbers');
      assertLacksScope(at(line, '.'), 'constant.other.reference', 'the full stop');
    });

    it('marks p78 and page 66', () => {
      for (const [line, ref, page] of [['Per the guidelines p78, ongoing care', 'p', '78'], ['Per MTUS page 66, the drug', 'page', '66']]) {
        assertHasScope(at(line, ref), 'constant.other.reference.page.imr', `${ref}${page}`);
        assertHasScope(at(line, page), 'constant.other.reference.page.imr', `${ref}${page}`);
        assertHasScope(at(line, page), 'constant.numeric.page.imr', `${ref}${page}`);
      }
      assertLacksScope(at('several pages of notes', 'pages'), 'constant.other.reference', 'pages without a number');
    });

    it('marks Section(s) and its topics up to the full stop', () => {
      const line = '2009, Section(s): Opioids, dosing. Then more.';
      assertHasScope(at(line, 'Section(s)'), 'constant.other.reference.section.imr', 'Section(s)');
      assertHasScope(at(line, 'Opioids, dosing'), 'markup.italic.topic.imr', 'topics');
      assertLacksScope(at(line, 'Then more'), 'constant.other.reference', 'after the full stop');
    });

    it('marks regulation references', () => {
      const line = 'Guidelines: 8 C.C.R. 9792.20 - 9792.26 (Effective July 18, 2009)';
      assertHasScope(at(line, 'C.C.R.'), 'constant.other.reference.regulation.imr', 'C.C.R.');
      assertHasScope(at(line, '9792.20 - 9792.26'), 'constant.numeric.regulation.imr', 'section range');
      assertHasScope(at('as section 9792.24.2 provides', '9792.24.2'), 'constant.other.reference.regulation.imr', 'bare section');
      assertHasScope(at('under Labor Code section 4610.5 the', '4610.5'), 'constant.other.reference.regulation.imr', 'Labor Code');
    });
  });

  describe('conclusions', () => {
    it('marks negative conclusions, whole', () => {
      assertHasScope(at('the request is not medically necessary.', 'not medically necessary'), 'markup.deleted.conclusion.negative.imr', 'not medically necessary');
      assertHasScope(at('the request is not medically necessary or appropriate.', 'not medically necessary or appropriate'), 'markup.deleted.conclusion.negative.imr', 'or appropriate');
      assertHasScope(at('Thus medical necessity cannot be affirmed.', 'medical necessity cannot be affirmed'), 'markup.deleted.conclusion.negative.imr', 'cannot be affirmed');
      assertHasScope(at('Medical necessity has not been established.', 'Medical necessity has not been established'), 'markup.deleted.conclusion.negative.imr', 'not established');
    });

    it('lets the negative conclusion win over the positive phrase inside it', () => {
      assertLacksScope(at('the request is not medically necessary.', 'medically necessary'), 'markup.inserted', 'inside the negative');
    });

    it('marks positive conclusions', () => {
      const scopes = at('the request is medically necessary.', 'medically necessary');
      assertHasScope(scopes, 'markup.inserted.conclusion.positive.imr', 'medically necessary');
      assertLacksScope(scopes, 'markup.deleted', 'medically necessary');
      assertHasScope(at('It is medically necessary and appropriate.', 'medically necessary and appropriate'), 'markup.inserted.conclusion.positive.imr', 'and appropriate');
    });

    it('follows a conclusion broken by the PDF line break over the empty line', () => {
      const negative = tokenizeLines(grammar, ['Therefore, the request is not', '', 'medically necessary.']);
      assertHasScope(scopesIn(negative[2], 'medically necessary'), 'markup.deleted.conclusion.negative.imr', 'wrapped after not');
      const negative2 = tokenizeLines(grammar, ['the request is not medically', '', 'necessary or appropriate.']);
      assertHasScope(scopesIn(negative2[2], 'necessary or appropriate'), 'markup.deleted.conclusion.negative.imr', 'wrapped after medically');
      const positive = tokenizeLines(grammar, ['the request is medically', '', 'necessary.']);
      assertHasScope(scopesIn(positive[2], 'necessary'), 'markup.inserted.conclusion.positive.imr', 'wrapped positive');
    });

    it('ends a pending wrap at the next line with text', () => {
      const t = tokenizeLines(grammar, ['the request is not', '', 'recommended, and later it is medically necessary.', 'CLINICAL CASE SUMMARY']);
      assertLacksScope(scopesIn(t[2], 'recommended'), 'markup.deleted', 'no conclusion');
      assertHasScope(scopesIn(t[2], 'medically necessary'), 'markup.inserted.conclusion.positive.imr', 'later on the line');
      assertHasScope(scopesIn(t[3], 'CLINICAL'), 'markup.heading.section.imr', 'the next heading');
    });
  });

  describe('numbers and dates', () => {
    const strengths = ['10/325mg', '10/325 mg', '3%', '4 mg', '750 mg', '600mg', '0.5mg', '5 mL'];
    for (const s of strengths) {
      it(`marks the strength "${s}"`, () => {
        assertHasScope(at(`Rx of Drugname ${s} daily`, s), 'constant.numeric.strength.imr', s);
      });
    }

    it('marks quantities', () => {
      assertHasScope(at('Drugname 10/325mg #90 monthly', '#90'), 'constant.numeric.quantity.imr', '#90');
      assertHasScope(at('Drugname 5mg#60 monthly', '#60'), 'constant.numeric.quantity.imr', 'glued #60');
      assertHasScope(at('Drugname 5mg#60 monthly', '5mg'), 'constant.numeric.strength.imr', 'glued 5mg');
    });

    it('leaves plain numbers and scores alone', () => {
      assertLacksScope(at('strength 5/5 in 24 hours', '5/5'), 'constant.numeric', 'a score');
      assertLacksScope(at('strength 5/5 in 24 hours', '24'), 'constant.numeric', 'a count');
      assertLacksScope(at('the gmail account', 'gmail'), 'constant.numeric', 'a word');
      assertLacksScope(at('form AB10mg here', '10mg'), 'constant.numeric', 'digits glued to a word');
      assertLacksScope(at('code 110/5/26/12 here', '5/26/12'), 'constant.numeric.date', 'a date glued to other numbers');
      assertHasScope(at('Drugname 7.5mg daily', '7.5mg'), 'constant.numeric.strength.imr', 'a decimal strength, whole');
    });

    const dates = ['May 8, 2004', 'January 20, 2014', 'April, 2015', 'September 2014', '5/26/12', '7/1/14', '04/19/2012'];
    for (const d of dates) {
      it(`marks the date "${d}"`, () => {
        assertHasScope(at(`seen on ${d} at the clinic`, d), 'constant.numeric.date.imr', d);
      });
    }

    it('marks a cut-off date up to the day only', () => {
      const line = '(Effective July 18, 20.';
      assertHasScope(at(line, 'July 18'), 'constant.numeric.date.imr', 'July 18');
      assertLacksScope(at(line, '20.'), 'constant.numeric.date', 'the cut-off year');
    });

    it('does not read "May" as a month without a day or year', () => {
      assertLacksScope(at('May be helpful in 2 weeks', 'May'), 'constant.numeric.date', 'May');
    });
  });

  describe('lines after the first', () => {
    // The first line goes through the ^ rules; every later one through their \G copies in letter-body.
    const lines = [
      'Notice of Independent Medical Review Determination',
      ' CLINICAL CASE SUMMARY',
      'Employer: Harbor Freight Lines',
      'Tramadol 50mg #60:  Upheld',
      'Decision rationale: the request is not',
      '',
      'Gabapentin 300 mg #90: Overturned',
      'MAXIMUS guideline: see the CLINICAL CASE SUMMARY: Upheld',
    ];
    let t: ReturnType<typeof tokenizeLines>;
    before(() => {
      t = tokenizeLines(grammar, lines);
    });

    it('marks headings, header fields, labels and item headings on every line', () => {
      assertHasScope(scopesIn(t[0], 'Notice'), 'entity.name.section.title.imr', 'title on the first line');
      assertHasScope(scopesIn(t[1], 'CLINICAL'), 'markup.heading.section.imr', 'indented heading');
      assertHasScope(scopesIn(t[1], ' '), 'markup.heading.section.imr', 'the indent belongs to the heading');
      assertHasScope(scopesIn(t[2], 'Employer'), 'keyword.other.label.header.imr', 'header label');
      assertHasScope(scopesIn(t[2], 'Harbor'), 'meta.header.field.imr', 'header value keeps the field scope');
      assertHasScope(scopesIn(t[3], 'Tramadol'), 'entity.name.function.item.imr', 'item title');
      assertHasScope(scopesIn(t[3], '50mg'), 'constant.numeric.strength.imr', 'strength in the title');
      assertHasScope(scopesIn(t[3], '50mg'), 'markup.heading.item.imr', 'strength stays in the heading');
      assertHasScope(scopesIn(t[4], 'Decision rationale'), 'keyword.other.label.rationale.imr', 'label');
    });

    it('marks an item heading whatever its first character', () => {
      for (const line of ['“Lidoderm” 5% patch #30: Upheld', 'home exercise kit:  Overturned', '2 sessions of acupuncture: Upheld']) {
        const [, second] = tokenizeLines(grammar, ['Case Number: CM17-0301122', line]);
        assertHasScope(scopesIn(second, line.slice(0, 4)), 'entity.name.function.item.imr', line);
        assertHasScope(scopesIn(second, line.slice(line.lastIndexOf(' ') + 1)), 'markup.heading.item.imr', line);
      }
    });

    it('reads a line start after a pending wrapped conclusion that does not continue', () => {
      assertHasScope(scopesIn(t[6], 'Gabapentin'), 'entity.name.function.item.imr', 'item heading after "is not"');
      assertHasScope(scopesIn(t[6], 'Overturned'), 'markup.inserted.decision.overturned.imr', 'decision after "is not"');
    });

    it('does not treat a line-start rule as matching in the middle of a line', () => {
      assertLacksScope(scopesIn(t[7], 'CLINICAL'), 'markup.heading', 'heading words after a label');
      assertLacksScope(scopesIn(t[7], 'Upheld'), 'markup.deleted.decision', 'decision word after a label');
    });
  });
});
