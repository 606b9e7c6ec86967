// The two other published layouts: their sections, and their items where the text allows; the
// layout decided by the set of headings present; section headings wrapped over lines in each layout.
import * as assert from 'assert';
import { analyze, looksLikeLetter, parseLetter } from '../../src/core';
import { doubleSpace, syntheticLetter, textAt } from './helpers';

const EARLIER = [
  'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
  '',
  'DOCUMENTS REVIEWED',
  'Application of Independent Medical Review',
  'Utilization Review Determination dated 8/14/2013',
  '',
  'IMR DECISION(S) AND RATIONALE(S)',
  '',
  '1) MAXIMUS Federal Services, Inc. has determined the request for physical therapy twice a week',
  'for six weeks for the right shoulder is not medically necessary and appropriate.',
  '',
  'The Claims Administrator based its decision on the MTUS Postsurgical Treatment Guidelines.',
  '',
  'The Expert Reviewer based his/her decision on the MTUS Postsurgical Treatment Guidelines, page 27.',
  '',
  "The Expert Reviewer's decision rationale:",
  'The worker has already completed 24 visits. Therefore, the request is not medically necessary.',
  '',
  '2) MAXIMUS Federal Services, Inc. has determined the request for an MRI of the right shoulder is medically necessary and appropriate.',
  '',
  "The Expert Reviewer's decision rationale:",
  'Red flags are documented. Therefore, the request for an MRI is medically necessary.',
].join('\n');

const PROFESSIONAL = [
  'ISSUE AT DISPUTE: Lumbar epidural steroid injection at L5-S1: Upheld',
  '',
  'CASE SUMMARY:',
  'The patient is a 58-year-old male injured on 3/9/2011.',
  '',
  'DOCUMENTS REVIEWED FOR DETERMINATION:',
  'Progress notes dated 1/4/2014.',
  '',
  'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
  'MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections, page 46.',
  '',
  'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
  'Radiculopathy is not corroborated by imaging. Therefore, the request is not medically necessary.',
  '',
  'MEDICAL REVIEWER QUALIFICATIONS:',
  'The reviewer is Board Certified in Anesthesiology and is licensed to practice in Texas.',
].join('\n');

describe('other layouts', () => {
  it('reads the earlier layout: sections and numbered items with their decisions', () => {
    assert.ok(looksLikeLetter(EARLIER));
    const l = parseLetter(EARLIER);
    assert.strictEqual(l.layout, 'decisions-and-rationales');
    assert.deepStrictEqual(l.sections.map((s) => s.kind), ['documents-reviewed', 'decisions']);
    assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision, i.conclusion.necessity]), [
      ['physical therapy twice a week for six weeks for the right shoulder', 'Upheld', 'not-necessary'],
      ['MRI of the right shoulder', 'Overturned', 'necessary'],
    ]);
    assert.strictEqual(textAt(EARLIER, l.items[1].titleRange), 'MRI of the right shoulder');
    assert.deepStrictEqual(l.items[0].guidelines.maximus?.citation.pages, [27]);
    assert.ok(l.items[0].guidelines.claimsAdministrator);
    assert.deepStrictEqual(analyze(EARLIER).findings.filter((f) => f.severity === 'error'), []);
  });

  it('reads the earlier layout with headings that end in their decision', () => {
    const text = [
      'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE',
      '',
      'DOCUMENTS REVIEWED',
      'Application of Independent Medical Review',
      'Utilization Review Determination dated 9/2/2013',
      '',
      'IMR DECISION(S) AND RATIONALE(S)',
      '',
      'Physical therapy twice a week for six weeks for the',
      'right shoulder:  Upheld',
      '',
      'The Claims Administrator based its decision on the MTUS Postsurgical Treatment Guidelines.',
      '',
      'The Expert Reviewer based his/her decision on the MTUS Postsurgical Treatment Guidelines, page 27.',
      '',
      "The Expert Reviewer's decision rationale:",
      'The worker has already completed 24 visits. Therefore, the request is not medically necessary.',
      '',
      'Home H-wave device purchase:  Overturned',
      '',
      "The Expert Reviewer's decision rationale:",
      'A trial month gave documented gains. Therefore, the request for the H-wave device is medically necessary.',
    ].join('\n');
    const l = parseLetter(text);
    assert.strictEqual(l.layout, 'decisions-and-rationales');
    assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision, i.conclusion.necessity]), [
      ['Physical therapy twice a week for six weeks for the right shoulder', 'Upheld', 'not-necessary'],
      ['Home H-wave device purchase', 'Overturned', 'necessary'],
    ]);
    assert.deepStrictEqual(l.items[0].guidelines.maximus?.citation.pages, [27]);
    assert.ok(l.items[0].guidelines.claimsAdministrator);
    assert.strictEqual(l.items[1].guidelines.claimsAdministrator, null);
    assert.strictEqual(textAt(text, l.items[1].decisionRange!), 'Overturned');
    // Numbered statements and decision headings in one letter: each item once, in order.
    const mixed = EARLIER.replace('2) MAXIMUS Federal Services, Inc. has determined the request for an MRI of the right shoulder is medically necessary and appropriate.', 'MRI of the right shoulder: Overturned');
    assert.deepStrictEqual(parseLetter(mixed).items.map((i) => [i.title, i.decision]), [
      ['physical therapy twice a week for six weeks for the right shoulder', 'Upheld'],
      ['MRI of the right shoulder', 'Overturned'],
    ]);
  });

  it('reads the professional-review layout as one item', () => {
    assert.ok(looksLikeLetter(PROFESSIONAL));
    const l = parseLetter(PROFESSIONAL);
    assert.strictEqual(l.layout, 'professional-review');
    assert.strictEqual(l.sections.length, 6);
    assert.strictEqual(l.items.length, 1);
    const item = l.items[0];
    assert.strictEqual(item.title, 'Lumbar epidural steroid injection at L5-S1');
    assert.strictEqual(item.decision, 'Upheld');
    assert.strictEqual(item.conclusion.necessity, 'not-necessary');
    assert.deepStrictEqual(item.guidelines.maximus?.citation.pages, [46]);
    assert.deepStrictEqual(l.reviewer.specialties, ['Anesthesiology']);
    assert.strictEqual(l.case.age, 58);
    assert.strictEqual(l.case.dateOfInjury, '2011-03-09');
    assert.deepStrictEqual(analyze(PROFESSIONAL).findings, []);
  });

  it('leaves non-letters alone', () => {
    const note = 'Meeting notes\nWe discussed the MTUS update and medical costs.\n';
    assert.strictEqual(looksLikeLetter(note), false);
    const l = parseLetter(note);
    assert.strictEqual(l.layout, 'unknown');
    assert.strictEqual(l.items.length, 0);
    assert.deepStrictEqual(parseLetter('').items, []);
  });
});

// The 2013 letters: HOW THE IMR FINAL DETERMINATION WAS MADE and CLINICAL CASE SUMMARY as in the later
// layout, but DOCUMENTS REVIEWED and IMR DECISION(S) AND RATIONALE(S) with numbered statements.
const EARLIER_2013 = [
  'MAXIMUS FEDERAL SERVICES, INC.',
  'Independent Medical Review',
  '',
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert reviewer is',
  'Board Certified in Family Medicine and is licensed to practice in Idaho.',
  '',
  'DOCUMENTS REVIEWED',
  '1. Application of Independent Medical Review dated 6/3/2013',
  '',
  'CLINICAL CASE SUMMARY',
  'The patient is a 39 year old male with knee pain since a fall on 2/2/2012.',
  '',
  'IMR DECISION(S) AND RATIONALE(S)',
  '',
  '1) MAXIMUS Federal Services, Inc. has determined the request for a hinged knee brace is not medically',
  'necessary and appropriate.',
  'The Claims Administrator based its decision on the ACOEM Practice Guidelines, Chapter 13, page 340.',
  'The Expert Reviewer based his/her decision on the ACOEM Practice Guidelines, Chapter 13, page 340.',
  "The Expert Reviewer's decision rationale:",
  'No instability is documented. The request for a hinged knee brace is not medically necessary and appropriate.',
].join('\n');

describe('the layout, from the set of headings present', () => {
  const layoutOf = (...headings: string[]) => parseLetter(headings.map((h) => `${h}\nSome text of the section.\n`).join('\n')).layout;

  it('reads the 2013 letter as the earlier layout, in every order of its headings, and IMR007 is quiet', () => {
    const l = parseLetter(EARLIER_2013);
    assert.strictEqual(l.layout, 'decisions-and-rationales');
    assert.deepStrictEqual(l.sections.map((s) => s.kind), ['how-made', 'documents-reviewed', 'clinical-summary', 'decisions']);
    assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision, i.conclusion.necessity]), [['hinged knee brace', 'Upheld', 'not-necessary']]);
    assert.deepStrictEqual(l.reviewer.specialties, ['Family Medicine']);
    assert.deepStrictEqual(analyze(EARLIER_2013).findings.filter((f) => f.rule === 'IMR007'), []);
    const headings = ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'DOCUMENTS REVIEWED', 'CLINICAL CASE SUMMARY', 'IMR DECISION(S) AND RATIONALE(S)'];
    assert.strictEqual(layoutOf(...headings), 'decisions-and-rationales');
    assert.strictEqual(layoutOf(...[...headings].reverse()), 'decisions-and-rationales');
    assert.strictEqual(layoutOf('IMR DECISION(S) AND RATIONALE(S)', 'CLINICAL CASE SUMMARY'), 'decisions-and-rationales');
  });

  it('keeps each layout for its own headings, and for all but one of them', () => {
    assert.strictEqual(layoutOf('HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES'), 'final-determination');
    // A final-determination letter cut off before its decisions is still one.
    assert.strictEqual(layoutOf('HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY'), 'final-determination');
    assert.strictEqual(layoutOf('DOCUMENTS REVIEWED'), 'decisions-and-rationales');
    assert.strictEqual(layoutOf('Case Summary:', 'DOCUMENTS REVIEWED', 'IMR DECISION(S) AND RATIONALE(S)', 'Medical Qualifications of the Expert Reviewer:'), 'decisions-and-rationales');
    assert.strictEqual(layoutOf('ISSUE AT DISPUTE:', 'CASE SUMMARY:', 'DOCUMENTS REVIEWED FOR DETERMINATION:', 'MEDICAL REVIEWER QUALIFICATIONS:'), 'professional-review');
    assert.strictEqual(layoutOf('MEDICAL REVIEWER QUALIFICATIONS:'), 'unknown');
  });
});

describe('section headings wrapped over lines', () => {
  const kindsAndTitles = (text: string) => parseLetter(text).sections.map((s) => [s.kind, textAt(text, s.titleRange)]);
  const WRAPPED_PROFESSIONAL = PROFESSIONAL.replace('PROFESSIONAL REVIEWER AND WHY:', 'PROFESSIONAL\nREVIEWER AND WHY:').replace(
    'IS/WAS NOT MEDICALLY NECESSARY:',
    'IS/WAS NOT\nMEDICALLY NECESSARY:',
  );

  it('are found in the professional-review layout, single or double spaced, CRLF, across a page footer', () => {
    const want = parseLetter(PROFESSIONAL);
    for (const text of [
      WRAPPED_PROFESSIONAL,
      doubleSpace(WRAPPED_PROFESSIONAL),
      WRAPPED_PROFESSIONAL.replace(/\n/g, '\r\n'),
      WRAPPED_PROFESSIONAL.replace('PROFESSIONAL\nREVIEWER', 'PROFESSIONAL\n\nPage 1 of 2\n\f\nREVIEWER'),
    ]) {
      const l = parseLetter(text);
      assert.deepStrictEqual(l.sections.map((s) => [s.kind, s.title]), want.sections.map((s) => [s.kind, s.title]));
      assert.strictEqual(l.items[0].rationale?.text, want.items[0].rationale?.text);
      assert.strictEqual(l.items[0].guidelines.maximus?.text, want.items[0].guidelines.maximus?.text);
      assert.strictEqual(l.items[0].conclusion.necessity, 'not-necessary');
      assert.deepStrictEqual(analyze(text).findings, []);
    }
    // The heading's range covers both its lines, into the original text.
    const titles = kindsAndTitles(WRAPPED_PROFESSIONAL);
    assert.deepStrictEqual(titles[3], ['guidelines-relied-upon', 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL\nREVIEWER AND WHY:']);
    assert.deepStrictEqual(titles[4], ['rationale', 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT\nMEDICALLY NECESSARY:']);
  });

  it('take the text after the colon on their last line as the section body', () => {
    const text = PROFESSIONAL.replace(' IS/WAS NOT MEDICALLY NECESSARY:\n', ' IS/WAS NOT\n  MEDICALLY NECESSARY: ');
    const l = parseLetter(text);
    assert.strictEqual(l.items[0].rationale?.text, 'Radiculopathy is not corroborated by imaging. Therefore, the request is not medically necessary.');
    assert.strictEqual(textAt(text, l.sections[4].titleRange), 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT\n  MEDICALLY NECESSARY:');
  });

  it('are found in the final-determination and earlier layouts', () => {
    const letter = syntheticLetter([{ heading: 'Norco 10/325mg #60: Upheld', rationale: 'No benefit. Therefore, the request is not medically necessary.' }]);
    const wrapped = letter
      .replace('HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE IMR FINAL\nDETERMINATION WAS MADE')
      .replace('IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND\nRATIONALES');
    for (const text of [wrapped, doubleSpace(wrapped)]) {
      const l = parseLetter(text);
      assert.strictEqual(l.layout, 'final-determination');
      assert.deepStrictEqual(l.sections.map((s) => s.title), parseLetter(letter).sections.map((s) => s.title));
      assert.deepStrictEqual(l.items.map((i) => [i.title, i.decision]), [['Norco 10/325mg #60', 'Upheld']]);
      assert.deepStrictEqual(l.reviewer.specialties, ['Orthopaedic Surgery']);
      assert.deepStrictEqual(analyze(text).findings, []);
    }
    const earlier = EARLIER_2013.replace('IMR DECISION(S) AND RATIONALE(S)', 'IMR DECISION(S)\nAND RATIONALE(S)');
    assert.strictEqual(parseLetter(earlier).layout, 'decisions-and-rationales');
    assert.deepStrictEqual(parseLetter(earlier).items.map((i) => i.title), ['hinged knee brace']);
  });

  it('take the longest heading, and no line that only starts like one', () => {
    // A complete heading whose optional words wrap: one heading, not a heading and some text.
    const optional = PROFESSIONAL.replace('PROFESSIONAL REVIEWER AND WHY:', 'PROFESSIONAL REVIEWER\nAND WHY:');
    assert.strictEqual(parseLetter(optional).items[0].guidelines.maximus?.text, 'MTUS Chronic Pain Medical Treatment Guidelines, Epidural steroid injections, page 46.');
    // A wrapped heading ends its line or ends in its colon: "CASE" / "SUMMARY of ..." is prose.
    const prose = 'ISSUE AT DISPUTE: Knee brace: Upheld\n\nCASE\nSUMMARY of the visit of 3/2/2013 follows.\n';
    assert.deepStrictEqual(parseLetter(prose).sections.map((s) => s.kind), ['issue-at-dispute']);
    // Nor does a heading on its own line run into the next one.
    assert.deepStrictEqual(kindsAndTitles('CLINICAL CASE SUMMARY\nCASE SUMMARY:\n').map((k) => k[0]), ['clinical-summary', 'case-summary']);
  });
});
