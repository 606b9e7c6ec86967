// The real, redacted letters beside the checkout (../shared/seeds) as a corpus: each parses into the
// items a reader sees, with decisions and conclusions, and no IMR001-IMR007 finding.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { inBounds, seedLetters, SEEDS, textAt } from './helpers';

// What a reader sees in each letter: item count, decisions, conclusions (all consistent).
const EXPECTED: Record<string, { items: number; decisions: string[]; necessity: string[] }> = {
  '000': { items: 3, decisions: ['Upheld', 'Upheld', 'Overturned'], necessity: ['not-necessary', 'not-necessary', 'necessary'] },
  '001': { items: 3, decisions: ['Upheld', 'Upheld', 'Upheld'], necessity: ['not-necessary', 'not-necessary', 'not-necessary'] },
  '002': { items: 2, decisions: ['Upheld', 'Upheld'], necessity: ['not-necessary', 'not-necessary'] },
  '004': { items: 3, decisions: ['Upheld', 'Upheld', 'Upheld'], necessity: ['not-necessary', 'not-necessary', 'not-necessary'] },
};

describe('real letters (../shared/seeds)', function () {
  const seeds = seedLetters();
  if (!seeds) {
    it(`is skipped: ${SEEDS} is absent (CI provides it beside the checkout)`, function () {
      console.log(`    NOTICE: real-letter corpus not found at ${SEEDS}; only synthetic fixtures were tested.`);
      this.skip();
    });
    return;
  }
  it('finds the corpus', () => assert.ok(seeds.length >= 4, `expected at least 4 letters in ${SEEDS}`));
  for (const { name, text } of seeds) {
    describe(name, () => {
      const { letter, findings } = analyze(text);
      const expected = EXPECTED[name.slice(0, 3)];
      it('is a final-determination letter with all three sections', () => {
        assert.strictEqual(letter.layout, 'final-determination');
        assert.deepStrictEqual(letter.sections.map((s) => s.kind), ['how-made', 'clinical-summary', 'issues']);
        assert.ok(letter.doubleSpaced);
      });
      if (expected) {
        it('gives the items, decisions and conclusions a reader sees', () => {
          assert.strictEqual(letter.items.length, expected.items);
          assert.deepStrictEqual(letter.items.map((i) => i.decision), expected.decisions);
          assert.deepStrictEqual(letter.items.map((i) => i.conclusion.necessity), expected.necessity);
        });
      }
      it('has a reviewer, a worker and every item complete', () => {
        assert.ok(letter.reviewer.specialties.length > 0 && letter.reviewer.licensure.length > 0);
        assert.ok(letter.case.age && letter.case.dateOfInjury);
        for (const item of letter.items) {
          assert.ok(item.guidelines.claimsAdministrator && item.guidelines.maximus && item.rationale, item.title);
          assert.ok(item.conclusion.range && inBounds(text, item.conclusion.range));
          assert.ok(textAt(text, item.titleRange).startsWith(item.title.split(' ')[0]));
        }
      });
      it('triggers none of IMR001-IMR007', () => {
        const first = findings.filter((f) => f.rule <= 'IMR007');
        assert.deepStrictEqual(first.map((f) => `${f.rule} ${f.message}`), []);
      });
    });
  }
});
