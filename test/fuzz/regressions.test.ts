// Minimal inputs the fuzzers found, kept as plain cases so they run on every test run (a random
// search finds them only now and then). Each names the defect it pins down.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { badRanges, segmentsPastText } from './helpers';

const CASES: { name: string; text: string }[] = [
  {
    // Found 2026-11-22 by "only headings, only decisions, nested headings" (seed 1525346319) and by
    // the mutation property (seed 304295540). parseProfessionalItem (then in
    // src/core/parse/otherLayouts.ts, now src/core/parse/layouts/professionalReview.ts) set
    // fullRange = {start: issue title, end: rationale section end}; when the rationale section
    // comes before ISSUE AT DISPUTE the end lay before the start. Fixed in 33f0ff1.
    name: 'professional-review layout with the rationale section before the issue',
    text: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\n:  Upheld\nISSUE AT DISPUTE:\nx',
  },
  {
    // Same defect through the guidelines section (seed 1589142218): fullRange ends at the end of
    // the MEDICAL TREATMENT GUIDELINE(S) section when there is no rationale section.
    name: 'professional-review layout with the guidelines section before the issue',
    text: 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:\n:  Upheld\nISSUE AT DISPUTE:\nx',
  },
];

// Title segments map offsets in `title` to the original line. Found 2026-11-22 once the model
// gained titleSegments: in the professional-review and earlier layouts the segment keeps the whole
// line (decision word, ": Upheld", "is not medically ...") while `title` is cut, so the segment runs
// past the end of the title. parseProfessionalItem and parseNumberedItems (then in
// src/core/parse/otherLayouts.ts, now src/core/parse/layouts/) built the segments before cutting the
// title; buildItem (then src/core/parse/items.ts, now src/core/parse/items/build.ts) stripped a
// trailing colon from the title but not from its segments.
const SEGMENT_CASES: { name: string; text: string }[] = [
  { name: 'seed-layout heading of colons only, before a label', text: '::\n\nDecision rationale:' },
  { name: 'professional-review title cut before its decision word', text: 'ISSUE AT DISPUTE:\nHeating pad:  Uphled' },
  {
    name: 'earlier-layout title taken from inside the "determined the request for" sentence',
    text: 'DOCUMENTS REVIEWED\n\nIMR DECISION(S) AND RATIONALE(S)\n1) MAXIMUS Federal Services, Inc. has determined the request for a cane is not medically necessary.\nDecision rationale: The request is not medically necessary.',
  },
];

describe('fuzz regressions: minimal inputs found by the property tests', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const a = analyze(c.text);
      assert.deepStrictEqual(badRanges(c.text, a), []);
    });
  }
  for (const c of SEGMENT_CASES) {
    it(`title segments stay within the title: ${c.name}`, () => {
      const a = analyze(c.text);
      assert.ok(a.letter.items.length > 0, 'the item is recognised');
      assert.deepStrictEqual(badRanges(c.text, a), []);
      assert.deepStrictEqual(segmentsPastText(a), []);
    });
  }
});
