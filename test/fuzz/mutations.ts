// fast-check arbitraries: random text, and letters damaged the ways real files get damaged
// (lines lost, repeated or swapped, files cut, bytes corrupted, line endings mixed, PDF artefacts).
import * as fc from 'fast-check';

/** Fragments that steer random text into the parser's interesting paths. */
export const FRAGMENTS = [
  'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'CLINICAL CASE SUMMARY',
  'IMR ISSUES, DECISIONS AND RATIONALES',
  'DOCUMENTS REVIEWED',
  'IMR DECISION(S) AND RATIONALE(S)',
  'ISSUE AT DISPUTE:',
  'CASE SUMMARY:',
  'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:',
  'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:',
  'MEDICAL REVIEWER QUALIFICATIONS:',
  'Case Number: CM15-0001',
  'Date of Injury: 02/30/2013',
  'UR Denial Date:',
  'Physical therapy for the knee:  Upheld',
  '1 Precription of Tramadol 50mg #60:  Overturned',
  'Heating pad:  Uphled',
  'Topical cream:',
  ':  Upheld',
  'Claims Administrator guideline:',
  'MAXIMUS guideline: Decision based on MTUS Chronic Pain, Page(s): 74-78, 88, 9792.24.2',
  'Decision rationale:',
  'Decision rationale: Therefore, the request is not medically necessary.',
  'The request is medically necessary and appropriate.',
  'medical necessity cannot be affirmed',
  '"medically necessary"',
  'it cannot be said that the request is not medically necessary',
  'State(s) of Licensure: California, Oregon',
  'Certification(s)/Specialty: Orthopaedic Surgery',
  'is Board Certified in Neurology and is licensed to practice in Texas.',
  'The injured worker is a 44-year-old female who was injured on May 8, 2004.',
  'dated  the following',
  '1) The Expert Reviewer determined the request for a cane is not medically necessary.',
  'Page 2 of 4',
  '\f',
  '\u00a0',
  ' ',
  '',
  '"',
  '“',
  '”',
  'e.g.',
  '5/26/12',
  '(Effective July 18, 20',
];

const EOLS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\f\n'];

/** Text built from fragments, random words and line breaks of every kind. */
export const fragmentText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      { weight: 3, arbitrary: fc.constantFrom(...EOLS) },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Any UTF-16 code unit, lone surrogates included (invalid UTF-8 decodes to U+FFFD; JS strings can hold worse). */
export const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 400 });

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'cut'; at: number }
  | { kind: 'bytes'; at: number; text: string }
  | { kind: 'longLine'; at: number; unit: string; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'eol'; at: number; eol: string }
  | { kind: 'replaceSpaces'; at: number; by: string };

/** Positions are fractions in [0, 1), scaled to the text at hand, so any mutation fits any letter. */
export const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at) => ({ kind: 'delete' as const, at })),
  fraction.map((at) => ({ kind: 'duplicate' as const, at })),
  fc.tuple(fraction, fraction).map(([a, b]) => ({ kind: 'swap' as const, a, b })),
  fraction.map((at) => ({ kind: 'cut' as const, at })),
  fc.tuple(fraction, codeUnits).map(([at, text]) => ({ kind: 'bytes' as const, at, text })),
  fc
    .tuple(fraction, fc.constantFrom('#', ':', '7', 'Upheld ', 'a', ' ', '. ', 'medically necessary ', ':  Upheld', '"'), fc.integer({ min: 1000, max: 20000 }))
    .map(([at, unit, length]) => ({ kind: 'longLine' as const, at, unit, length })),
  fc.tuple(fraction, fc.constantFrom(...FRAGMENTS)).map(([at, text]) => ({ kind: 'insert' as const, at, text: `\n${text}\n` })),
  fc.tuple(fraction, fc.constantFrom('\r\n', '\r', '\n\n', '\f', '\n\f\n', '\u2028')).map(([at, eol]) => ({ kind: 'eol' as const, at, eol })),
  fc.tuple(fraction, fc.constantFrom('\u00a0', '\t', '\u2007', '\u202f', '\u3000', '\v', '  ')).map(([at, by]) => ({ kind: 'replaceSpaces' as const, at, by })),
);

function lineIndex(lines: string[], at: number): number {
  return Math.min(lines.length - 1, Math.floor(at * lines.length));
}

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete':
      lines.splice(lineIndex(lines, m.at), 1);
      return lines.join('\n');
    case 'duplicate': {
      const i = lineIndex(lines, m.at);
      lines.splice(i, 0, lines[i]);
      return lines.join('\n');
    }
    case 'swap': {
      const a = lineIndex(lines, m.a);
      const b = lineIndex(lines, m.b);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'cut':
      return text.slice(0, Math.floor(m.at * text.length));
    case 'bytes':
    case 'insert': {
      const at = Math.floor(m.at * text.length);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'longLine': {
      const i = lineIndex(lines, m.at);
      lines.splice(i, 0, m.unit.repeat(Math.ceil(m.length / m.unit.length)));
      return lines.join('\n');
    }
    case 'eol': {
      // Every line break from this point on becomes the other kind.
      const at = Math.floor(m.at * text.length);
      return text.slice(0, at) + text.slice(at).replace(/\r?\n/g, m.eol);
    }
    case 'replaceSpaces': {
      const i = lineIndex(lines, m.at);
      lines[i] = lines[i].replace(/ /g, m.by);
      return lines.join('\n');
    }
  }
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}
