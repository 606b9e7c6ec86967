// A rationale is split into sentences once per analysis: the conclusion reader (parse) and the
// rules (IMR008, IMR014) ask one SentenceMemo about the item's own rationale object.
import * as assert from 'assert';
import { parseLetter, runRules, type Rationale } from '../../src/core';
import { SentenceMemo, splitSentences, type TextHolder } from '../../src/core/text/sentences';
import { syntheticLetter } from './helpers';

/** A memo that records whom it was asked about. */
class Recording extends SentenceMemo {
  readonly asked: TextHolder[] = [];
  override sentences(holder: TextHolder) {
    this.asked.push(holder);
    return super.sentences(holder);
  }
}

// IMR014 reads the rationale's sentences: "not addressed in the MTUS" and then a conclusion on it.
const NOT_ADDRESSED = 'Lunesta is not addressed in the MTUS. The patient sleeps poorly. Therefore, by the parameters outlined in the MTUS, the request is not medically necessary.';
const TEXT = syntheticLetter([
  { heading: 'Lunesta 3mg #30: Upheld', rationale: NOT_ADDRESSED },
  { heading: 'Norco 10/325mg #60: Upheld' },
]);

describe('SentenceMemo: sentences split once per analysis', () => {
  it('splits a text once and answers again from what it holds', () => {
    const memo = new SentenceMemo();
    const a = { text: 'One. Two "quoted. Three' };
    const first = memo.sentences(a);
    assert.strictEqual(memo.sentences(a), first);
    assert.deepStrictEqual(first, splitSentences(a.text));
    assert.strictEqual(memo.quotes(a), memo.quotes(a));
    // Keyed by the object, not the text: another holder of equal text is split on its own.
    assert.notStrictEqual(memo.sentences({ text: a.text }), first);
  });

  it("is asked by the conclusion reader about each item's own rationale object", () => {
    const memo = new Recording();
    const letter = parseLetter(TEXT, { sentences: memo });
    const rationales = letter.items.map((i) => i.rationale!);
    assert.strictEqual(rationales.length, 2);
    assert.strictEqual(memo.asked.length, 2);
    rationales.forEach((r, k) => assert.strictEqual(memo.asked[k], r));
  });

  it('hands the rules what the parse split, and the findings are those of a fresh memo', () => {
    const memo = new Recording();
    const letter = parseLetter(TEXT, { sentences: memo });
    const parsed = new Set<Rationale>(memo.asked as Rationale[]);
    const shared = runRules(letter, { sentences: memo });
    // IMR014 asked about the first item's rationale: the very object the parse split.
    const asked = memo.asked.slice(2);
    assert.ok(asked.length > 0, 'a rule asked for sentences');
    assert.ok(asked.every((h) => parsed.has(h as Rationale)));
    assert.ok(shared.some((f) => f.rule === 'IMR014'));
    assert.deepStrictEqual(shared, runRules(letter));
  });
});
