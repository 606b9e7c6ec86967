// The English word list (Hunspell en_US through scripts/gen-words.js) and what reads it: IMR011's
// spelling suggestions and the rejoining of a word hyphenated across a line break.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseLetter } from '../../src/core';
import { isEnglishWord } from '../../src/core/lexicon/dictionary';
import { ENGLISH_WORD_COUNT, ENGLISH_WORDS } from '../../src/core/lexicon/english';
import { suggestSpelling } from '../../src/core/lexicon/spelling';
import { classifyLines } from '../../src/core/parse/structure/lines';
import { isSplitWord, JoinedText } from '../../src/core/parse/structure/joined';
import { doubleSpace, syntheticLetter, textAt } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

function joined(text: string): JoinedText {
  return JoinedText.fromLines(classifyLines(text).lines);
}

describe('English word list', () => {
  it('is what scripts/gen-words.js makes of the installed dictionary-en (run it after updating the package)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gen = require(path.join(ROOT, 'scripts', 'gen-words.js')) as { generate(): string; OUT: string };
    assert.ok(gen.generate() === fs.readFileSync(gen.OUT, 'utf8'), 'src/core/lexicon/english.ts is stale: run node scripts/gen-words.js');
  });

  it('holds the words, sorted and front coded', () => {
    const words: string[] = [];
    let previous = '';
    for (const m of ENGLISH_WORDS.matchAll(/([0-Z])([a-z]+)/g)) {
      previous = previous.slice(0, m[1].charCodeAt(0) - 48) + m[2];
      words.push(previous);
    }
    assert.strictEqual(words.length, ENGLISH_WORD_COUNT);
    for (let i = 1; i < words.length; i++) assert.ok(words[i - 1] < words[i], `${words[i - 1]} before ${words[i]}`);
    // Every word of the list is found, and a word one letter off between two neighbours is not.
    for (let i = 0; i < words.length; i += 7) assert.ok(isEnglishWord(words[i]), words[i]);
    assert.ok(isEnglishWord(words[0]) && isEnglishWord(words[words.length - 1]));
  });

  it('knows ordinary words in any case and nothing else', () => {
    for (const w of ['device', 'Devices', 'NECESSARY', 'computer', 'infection', 'pelvic', 'review', 'followup', 'medically']) assert.ok(isEnglishWord(w), w);
    for (const w of ['neces', 'sary', 'precription', 'neurontn', 'retrospectve', '', 'follow-up', "don't", 'x1', 'a'.repeat(60)]) assert.ok(!isEnglishWord(w), w);
  });

  it('keeps IMR011 from "correcting" an English word one edit from a domain word', () => {
    for (const w of ['device', 'electrode', 'exerciser', 'pelvic', 'infection', 'Initiation', 'computer', 'median', 'literal', 'patent']) {
      assert.strictEqual(suggestSpelling(w), null, w);
    }
    // Misspellings in neither list are still corrected.
    assert.strictEqual(suggestSpelling('Precription'), 'Prescription');
    assert.strictEqual(suggestSpelling('Neurontn'), 'Neurontin');
    assert.strictEqual(suggestSpelling('Retrospectve'), 'Retrospective');
  });
});

describe('a word hyphenated across a line break', () => {
  it('is rejoined without its hyphen when the hyphen only split it', () => {
    assert.ok(isSplitWord('medically neces-', 'sary.'));
    assert.ok(isSplitWord('on exami-', 'nation,'));
    assert.ok(isSplitWord('TREAT-', 'MENT'));
    // Compounds keep their hyphen: both parts are words.
    assert.ok(!isSplitWord('the follow-', 'up visit'));
    assert.ok(!isSplitWord('regarding long-', 'term use'));
    assert.ok(!isSplitWord('regarding on-', 'going management'));
    // The joined form is not a word, or a part is not letters.
    assert.ok(!isSplitWord('Neuron-', 'tn'));
    assert.ok(!isSplitWord('CM15-', '0123456'));
    assert.ok(!isSplitWord('neces-', 'sary-based'));
  });

  for (const [form, make] of [
    ['single spaced', (s: string) => s],
    ['double spaced', doubleSpace],
    ['CRLF', (s: string) => s.replace(/\n/g, '\r\n')],
  ] as const) {
    it(`reads whole with a range into the original text (${form})`, () => {
      const text = make('Therefore, the request is not medically neces-\nsary. The follow-\nup visit is next.\n');
      const j = joined(text);
      assert.strictEqual(j.text, 'Therefore, the request is not medically necessary. The follow-up visit is next.');
      const at = j.text.indexOf('necessary');
      const range = j.rangeOf(at, at + 'necessary'.length);
      assert.strictEqual(textAt(text, range).replace(/\s+/g, ''), 'neces-sary');
      assert.strictEqual(textAt(text, j.fullRange()).replace(/\s+/g, ' '), 'Therefore, the request is not medically neces- sary. The follow- up visit is next.');
    });

    it(`gives the concluding sentence to the conclusion reader (${form})`, () => {
      const letter = make(syntheticLetter([{ heading: 'Hinged knee brace:  Upheld', rationale: 'The knee is stable on exami-\nnation. Therefore, the request is not medically neces-\nsary.' }]));
      const { conclusion } = parseLetter(letter).items[0];
      assert.strictEqual(conclusion.necessity, 'not-necessary', conclusion.explanation);
      assert.strictEqual(conclusion.cue.toLowerCase(), 'medically necessary');
      assert.ok(conclusion.cueRange);
      assert.strictEqual(textAt(letter, conclusion.cueRange).replace(/\s+/g, ' '), 'medically neces- sary');
    });
  }
});
