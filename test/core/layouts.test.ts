// The two other published layouts: their sections, and their items where the text allows.
import * as assert from 'assert';
import { analyze, looksLikeLetter, parseLetter } from '../../src/core';
import { textAt } from './helpers';

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
