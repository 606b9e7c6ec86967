// Synthetic fixture letters against two references: the hand-written oracle (expected.json, the
// independent truth about titles, decisions and conclusions) and golden JSON snapshots of the
// whole model (to catch any unintended change; refresh with UPDATE_GOLDEN=1 after reviewing a diff).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, looksLikeLetter, parseLetter } from '../../src/core';
import { FIXTURES, readFixtureLetters } from './helpers';

interface Oracle {
  isLetter: boolean;
  layout?: string;
  header?: [string, string][];
  reviewer?: { specialties: string[]; licensure: string[] };
  case?: { age: number | null; sex: string | null; dateOfInjury: string | null };
  items?: { title: string; decision: string | null; necessity: string; conclusionIncludes?: string }[];
}

const ORACLE_FILE = path.join(FIXTURES, 'letters', 'expected.json');
const GOLDEN_DIR = path.join(FIXTURES, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

describe('synthetic fixture letters', () => {
  const letters = readFixtureLetters();
  it('exist, with an oracle entry for each', () => {
    assert.ok(letters.length >= 8, 'test/fixtures/letters should hold the synthetic letters');
    const oracle = JSON.parse(fs.readFileSync(ORACLE_FILE, 'utf8')) as Record<string, Oracle>;
    for (const { name } of letters) assert.ok(oracle[name], `expected.json has no entry for ${name}`);
  });
  if (!fs.existsSync(ORACLE_FILE)) return;
  const oracle = JSON.parse(fs.readFileSync(ORACLE_FILE, 'utf8')) as Record<string, Oracle>;
  for (const { name, text } of letters) {
    const want = oracle[name];
    if (!want) continue;
    it(`${name}: matches the hand-written oracle`, () => {
      assert.strictEqual(looksLikeLetter(text), want.isLetter, 'letter recognition');
      if (!want.isLetter) return;
      const l = parseLetter(text);
      if (want.layout) assert.strictEqual(l.layout, want.layout);
      if (want.header) assert.deepStrictEqual(l.header.map((f) => [f.label, f.value]), want.header);
      if (want.reviewer) assert.deepStrictEqual({ specialties: l.reviewer.specialties, licensure: l.reviewer.licensure }, want.reviewer);
      if (want.case) assert.deepStrictEqual({ age: l.case.age, sex: l.case.sex, dateOfInjury: l.case.dateOfInjury }, want.case);
      if (want.items) {
        assert.deepStrictEqual(
          l.items.map((i) => ({ title: i.title, decision: i.decision, necessity: i.conclusion.necessity })),
          want.items.map((i) => ({ title: i.title, decision: i.decision, necessity: i.necessity })),
        );
        want.items.forEach((w, k) => {
          if (w.conclusionIncludes) assert.ok(l.items[k].conclusion.text.includes(w.conclusionIncludes), `item ${k}: "${l.items[k].conclusion.text}"`);
        });
      }
    });
    it(`${name}: matches its golden model and findings`, () => {
      const golden = path.join(GOLDEN_DIR, name.replace(/\.txt$/, '.json'));
      const actual = JSON.stringify(analyze(text), null, 2) + '\n';
      if (update) {
        fs.mkdirSync(GOLDEN_DIR, { recursive: true });
        fs.writeFileSync(golden, actual);
        return;
      }
      assert.ok(fs.existsSync(golden), `no golden file ${path.basename(golden)}: run UPDATE_GOLDEN=1 npm run test:unit, review, commit`);
      assert.strictEqual(actual, fs.readFileSync(golden, 'utf8'), `model changed: review, then UPDATE_GOLDEN=1 npm run test:unit`);
    });
  }
});
