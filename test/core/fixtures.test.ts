// Synthetic fixture letters against two references: the hand-written oracle (expected.json, the
// independent truth about titles, decisions and conclusions) and golden JSON snapshots of the
// whole model (to catch any unintended change; refresh with UPDATE_GOLDEN=1 after reviewing a diff).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, looksLikeLetter, parseLetter } from '../../src/core';
import { FIXTURES, readFixtureLetters } from './helpers';

/** One letter's hand-written truth; every field is given for every letter, notes included. */
interface Oracle {
  isLetter: boolean;
  layout: string;
  header: [string, string][];
  reviewer: { specialties: string[]; licensure: string[] };
  case: { age: number | null; sex: string | null; dateOfInjury: string | null };
  items: { title: string; decision: string | null; necessity: string; conclusionIncludes: string }[];
  /** The cover page, for letters that open with one (absent: the letter has none). */
  cover?: { injury: [string | null, string | null, boolean]; treatments: string[]; determination: string; scope: string; letterDate: string };
  quirks: string[];
}

const ORACLE_FILE = path.join(FIXTURES, 'letters', 'expected.json');
const GOLDEN_DIR = path.join(FIXTURES, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('synthetic fixture letters', () => {
  const letters = readFixtureLetters();
  const oracle = JSON.parse(fs.readFileSync(ORACLE_FILE, 'utf8')) as Record<string, Oracle>;

  it('exist, with an oracle entry and a golden file for each, and nothing for letters that are gone', () => {
    assert.ok(letters.length >= 8, 'test/fixtures/letters should hold the synthetic letters');
    const names = letters.map((l) => l.name);
    assert.deepStrictEqual(Object.keys(oracle).sort(), names, 'expected.json has one entry per letter');
    const goldens = fs.readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.json')).sort();
    assert.deepStrictEqual(goldens, names.map((n) => n.replace(/\.txt$/, '.json')).sort(), 'test/fixtures/golden has one file per letter');
  });

  for (const { name, text } of letters) {
    it(`${name}: matches the hand-written oracle`, () => {
      const want = oracle[name];
      assert.ok(want, `expected.json has no entry for ${name}`);
      assert.strictEqual(looksLikeLetter(text), want.isLetter, 'letter recognition');
      // Notes are parsed too (the CLI and the editor may be asked to): they must come out empty.
      const l = parseLetter(text);
      assert.strictEqual(l.layout, want.layout, 'layout');
      assert.deepStrictEqual(l.header.map((f) => [f.label, f.value]), want.header, 'header');
      assert.deepStrictEqual({ specialties: l.reviewer.specialties, licensure: l.reviewer.licensure }, want.reviewer, 'reviewer');
      assert.deepStrictEqual({ age: l.case.age, sex: l.case.sex, dateOfInjury: l.case.dateOfInjury }, want.case, 'case');
      assert.deepStrictEqual(
        l.items.map((i) => ({ title: i.title, decision: i.decision, necessity: i.conclusion.necessity })),
        want.items.map((i) => ({ title: i.title, decision: i.decision, necessity: i.necessity })),
        'items',
      );
      const c = l.cover;
      assert.deepStrictEqual(
        c && { injury: c.injury && [c.injury.from, c.injury.to, c.injury.cumulative], treatments: c.treatmentsInDispute.map((t) => t.text),
          determination: c.determination?.value, scope: c.determinationSentence?.scope, letterDate: c.letterDate?.date },
        want.cover, 'cover page');
      want.items.forEach((w, k) => assert.ok(l.items[k].conclusion.text.includes(w.conclusionIncludes), `item ${k}: "${l.items[k].conclusion.text}"`));
    });
    it(`${name}: matches its golden model and findings`, () => {
      const golden = path.join(GOLDEN_DIR, name.replace(/\.txt$/, '.json'));
      const actual = JSON.stringify(analyze(text), null, 2) + '\n';
      if (update) fs.writeFileSync(golden, actual);
      assert.ok(fs.existsSync(golden), `no golden file ${path.basename(golden)}: run UPDATE_GOLDEN=1 npm run test:unit, review, commit`);
      assert.strictEqual(actual, fs.readFileSync(golden, 'utf8'), `model changed: review, then UPDATE_GOLDEN=1 npm run test:unit`);
    });
  }
});
