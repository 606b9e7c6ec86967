// Hostile single-line payloads (runs of one character or word) and the places of a letter where the
// sweep puts them. Self-contained (no fixtures read): the sweep runs in the `test:perf` stage
// (test/perf/sweep.test.ts), and scripts/bench/sweep.js bundles it.

/** Payload families: each unit is repeated, on one line, to the size asked for. */
export const FAMILIES: Readonly<Record<string, string>> = {
  spaces: ' ',
  tabs: '\t',
  periods: '.',
  'period space': '. ',
  dashes: '-',
  colons: ':',
  'colon space': ': ',
  digits: '0123456789',
  '#': '#',
  'not ': 'not ',
  letters: 'abcdefghij',
  'U+00A0': '\u00a0',
  'U+2003': '\u2003',
  'U+3000': '\u3000',
  'space tab': ' \t',
  'Upheld ': 'Upheld ',
};

/** `unit` repeated to exactly `chars` characters. */
export function run(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/**
 * A seed-layout letter with `P` (the payload) written into one line. Each place puts the payload
 * where the parser's patterns look: between a label and its value, before a heading's colon, after
 * its decision word, inside a citation, mid-sentence and at the end of a rationale.
 */
export const PLACES: Readonly<Record<string, (p: string) => string>> = {
  header: (p) => letter({ header: `Case Number:${p}CM14-0000529` }),
  'header value': (p) => letter({ date: `Date of Injury: 01/09/2008${p}` }),
  reviewer: (p) => letter({ reviewer: `The expert reviewer is Board Certified in Anesthesiology${p}and is licensed to practice in California.` }),
  summary: (p) => letter({ summary: `He later underwent a left total knee arthroplasty${p}Per the report of 7/22/14 he has knee pain.` }),
  heading: (p) => letter({ heading: `Ketoprofen 20% cream 120 grams${p}:  Upheld` }),
  'heading end': (p) => letter({ heading: `Ketoprofen 20% cream 120 grams:  Upheld${p}` }),
  guideline: (p) => letter({ guideline: `MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s):${p}111-113.` }),
  rationale: (p) => letter({ rationale: `Decision rationale: Ketoprofen is not approved for topical use${p}and is not medically necessary.` }),
  'rationale end': (p) => letter({ rationale: `Decision rationale: Therefore, this request is not medically necessary${p}` }),
};

/**
 * Inputs that grow by repeating a structure rather than a character, each once quadratic: a text
 * searched again per match (a sentence list, the rationale's drugs, a long conclusion found with
 * lastIndexOf), a pattern tried again at each occurrence of its start, a value rescanned per space.
 */
export const STRUCTURES: Readonly<Record<string, (chars: number) => string>> = {
  'a concluding sentence, then one like it': (n) =>
    letter({ heading: 'Norco 10mg:  Upheld', rationale: `Decision rationale: ${'a'.repeat(n / 2)} Norco is medically necessary. B${'a'.repeat(n / 2)}.` }),
  'requests for another drug': (n) =>
    letter({
      heading: 'Norco 10mg:  Upheld',
      rationale: `Decision rationale: ${run('This request for Tramadol is noted in the records of the injured worker. ', n)} Therefore, the request for Norco is not medically necessary.`,
    }),
  'heading drugs and rationale drugs': (n) =>
    letter({
      heading: `${run('Norco 10mg with food at night, ', n / 2)}:  Upheld`,
      rationale: `Decision rationale: ${run('Norco 5mg was taken by the injured worker at home in the evening. ', n / 2)} The request is not medically necessary.`,
    }),
  'strengths that disagree': (n) =>
    letter({
      heading: 'Norco 1000000mg:  Upheld',
      rationale: `Decision rationale: ${Array.from({ length: Math.ceil(n / 80) }, (_, i) => `The worker took Norco ${i + 1}mg for the pain each day, as the physician advised. `).join('')}The request is not medically necessary.`,
    }),
  '"not addressed" in one sentence': (n) =>
    letter({ rationale: `Decision rationale: ${run('Zzz is not addressed in the MTUS and ', n)}per the MTUS, the request is not medically necessary.` }),
  '"Board Certified in" without licensure': (n) => letter({ reviewer: `The expert reviewer is ${run('Board Certified in Neurology ', n)}.` }),
  '"has a subspecialty in" without licensure': (n) => letter({ reviewer: `The expert reviewer is Board Certified in Neurology${run(' has a subspecialty in Pain', n)}.` }),
  '"determined the request for" on one line': (n) =>
    [
      'DOCUMENTS REVIEWED',
      '',
      'IMR DECISION(S) AND RATIONALE(S)',
      `1) MAXIMUS Federal Services, Inc. has ${run('determined the request for X ', n)}.`,
      'Decision rationale: The request is not medically necessary.',
    ].join('\n'),
  'a header value with U+2028': (n) => letter({ header: `Case Number: ${' '.repeat(n)}x\u2028y` }),
};

interface Parts {
  header: string;
  date: string;
  reviewer: string;
  summary: string;
  heading: string;
  guideline: string;
  rationale: string;
}

function letter(parts: Partial<Parts>): string {
  const p: Parts = {
    header: 'Case Number: CM14-0000529',
    date: 'Date of Injury: 01/09/2008',
    reviewer: 'The expert reviewer is Board Certified in Anesthesiology and is licensed to practice in California.',
    summary: 'He later underwent a left total knee arthroplasty. Per the report of 7/22/14 he has knee pain.',
    heading: 'Ketoprofen 20% cream 120 grams:  Upheld',
    guideline: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 111-113.',
    rationale: 'Decision rationale: Ketoprofen is not approved for topical use. Therefore, this request is not medically necessary.',
    ...parts,
  };
  return [
    p.header,
    'Date Assigned: 09/15/2014',
    p.date,
    'UR Denial Date: 08/21/2014',
    '',
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services forwarded the complete case file to an independent expert reviewer.',
    p.reviewer,
    '',
    'CLINICAL CASE SUMMARY',
    'The injured worker is a 58-year-old male who was injured on 1/9/2008 when a pallet struck his left knee.',
    p.summary,
    'Both were non-certified on 8/21/14.',
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    '',
    p.heading,
    '',
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines.',
    '',
    p.guideline,
    '',
    p.rationale,
    '',
    'Urine drug screen:  Overturned',
    '',
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Drug testing.',
    '',
    'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 43, 77-80, 94.',
    '',
    'Decision rationale: The injured worker takes hydrocodone daily. Therefore, this request is medically necessary.',
    '',
  ].join('\n');
}
