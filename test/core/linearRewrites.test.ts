// The linear rewrites of issue 12 find what the patterns they replace found. Each original is kept
// here as the reference and compared on random text made of the pieces that pattern cares about
// (runs of spaces, separators, its key words), where the rewrites could differ if anywhere.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseLetter } from '../../src/core';
import { LICENSURE_LABEL, matchLabelValue, matchProse, SPECIALTY_LABEL } from '../../src/core/parse/fields/reviewerPatterns';
import { splitSentences } from '../../src/core/text/sentences';
import { lastIndexOf } from '../../src/core/text/lastIndexOf';
import { collapseSpaces, isSpaceCode } from '../../src/core/text/spaces';

const RUNS = 3000;

/** Text of up to `max` pieces drawn from `pieces`. */
const textOf = (pieces: string[], max = 30) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(''));
const SPACES = [' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\u3000'];

describe('linear rewrites agree with the patterns they replace', () => {
  it('isSpaceCode is \\s for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('collapseSpaces is replace(/\\s+/g, " ")', () => {
    fc.assert(
      fc.property(textOf([...SPACES, 'a', 'b', '.']), (s) => collapseSpaces(s) === s.replace(/\s+/g, ' ')),
      { numRuns: RUNS },
    );
  });

  it('lastIndexOf is String.prototype.lastIndexOf, long needles included', () => {
    const unit = fc.constantFrom('a', 'b', '\ud83d', '\ude00');
    fc.assert(
      fc.property(fc.string({ unit }), fc.string({ unit, minLength: 1 }), fc.nat(3), (t, n, copies) => {
        const needle = n.repeat(Math.ceil(40 / n.length));
        const text = t + needle.repeat(copies) + t;
        return lastIndexOf(text, needle) === text.lastIndexOf(needle) && lastIndexOf(t, n) === t.lastIndexOf(n);
      }),
      { numRuns: RUNS },
    );
  });

  it('sentence ends are found as /[.!?]+["”’\')\\]]*(?=\\s+["“\'(]?[A-Z0-9]|\\s*$)/g found them', () => {
    const ORIGINAL = /[.!?]+["”’')\]]*(?=\s+["“'(]?[A-Z0-9]|\s*$)/g;
    fc.assert(
      fc.property(textOf([...SPACES, '.', '...', '!', '?', '"', ')', 'A', 'b', 'e.g', '1', '“']), (s) => {
        const ends: number[] = [];
        ORIGINAL.lastIndex = 0;
        for (let m = ORIGINAL.exec(s); m; m = ORIGINAL.exec(s)) ends.push(m.index + m[0].length);
        // Every sentence splitSentences makes ends at one of the original's ends, or at the text's end.
        return splitSentences(s).every((x) => ends.includes(x.end) || x.end === s.trimEnd().length);
      }),
      { numRuns: RUNS },
    );
  });

  it('the reviewer prose form matches as its single regex did', () => {
    const ORIGINAL = /Board[- ]Certified in ([^.;]+?)(?:,?\s+(?:and\s+)?(?:has|with) a sub-?specialty in ([^.;]+?))?,?\s+and\s+(?:is\s+)?licensed to practice in ([^.;]+?)(?=\.|;|\s+He\/she|$)/i;
    const pieces = [...SPACES, ',', '.', ';', 'X', 'in ', 'and ', 'is ', 'Board Certified in ', 'board-certified in ', 'has a subspecialty in ', 'with a sub-specialty in ', 'licensed to practice in ', 'He/she'];
    fc.assert(
      fc.property(textOf(pieces), (s) => {
        const a = ORIGINAL.exec(s);
        const b = matchProse(s);
        return JSON.stringify(a && [a.index, ...a]) === JSON.stringify(b && [b.index, ...b]);
      }),
      { numRuns: RUNS },
    );
  });

  it('the reviewer label forms match as their regexes did', () => {
    const UNTIL_NEXT = String.raw`(?=\s+(?:State\(s\) of Licensure|Certification\(s\)\/Specialty)\s*:|\.\s|\.?$)`;
    const originals: [RegExp, RegExp][] = [
      [new RegExp(String.raw`State\(s\) of Licensure:\s*([^:]+?)` + UNTIL_NEXT), LICENSURE_LABEL],
      [new RegExp(String.raw`Certification\(s\)\/Specialty:\s*([^:]+?)` + UNTIL_NEXT), SPECIALTY_LABEL],
    ];
    const pieces = [...SPACES, 'State(s) of Licensure:', 'Certification(s)/Specialty:', 'X', '.', ':', 'CA'];
    fc.assert(
      fc.property(textOf(pieces), (s) =>
        originals.every(([original, label]) => {
          const a = original.exec(s);
          const b = matchLabelValue(s, label);
          return JSON.stringify(a && [a.index, a.index + a[0].length, a[1]]) === JSON.stringify(b && [b.index, b.end, b.value]);
        }),
      ),
      { numRuns: RUNS },
    );
  });

  it('a heading line gives the title and decision its original patterns give', () => {
    // The heading found must be the one the original patterns find (heading, then title trimmed).
    const HEADING = /^(.*?\S)\s*:\s*([A-Za-z][A-Za-z-]*)\s*\.?\s*$/;
    const pieces = [...SPACES, ':', '.', 'Upheld', 'Overturned', 'Norco', '#', '-'];
    fc.assert(
      fc.property(textOf(pieces, 12), (title) => {
        const line = `Norco${title}`.trim();
        const text = `IMR ISSUES, DECISIONS AND RATIONALES\n\n${line}\n\nDecision rationale: x.\n`;
        // The parser reads tabs and no-break spaces as spaces (lines.ts).
        const m = HEADING.exec(line.replace(/[\f\v\t\u00a0\u2007\u202f]/g, ' '));
        const items = parseLetter(text).items;
        if (!m || !/^(?:upheld|overturned)$/i.test(m[2])) return true;
        return items.length === 1 && items[0].decisionText === m[2] && items[0].title === m[1].replace(/\s*:\s*$/, '');
      }),
      { numRuns: RUNS },
    );
  });
});
