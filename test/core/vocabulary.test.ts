// The letter's vocabulary (src/core/vocabulary.ts) and its readers agree: every heading it
// spells is found by section finding, counted by detection, coloured by the grammar and named by
// IMR007 when missing; every item label and decision word is read by the parser, counted by
// detection and coloured by the grammar.
import * as assert from 'assert';
import { analyze, looksLikeLetter, parseLetter, type Layout, type SectionKind } from '../../src/core';
import { matchLabel, classifyDecisionWord } from '../../src/core/parse/structure/labels';
import {
  DECISION_WORDS,
  GRAMMAR_MISSPELT_DECISION,
  HEADER_LABELS,
  headingOf,
  ITEM_LABELS,
  LETTER_TITLES,
  OTHER_DECISION_WORDS,
  REQUIRED_SECTIONS,
  SECTION_HEADINGS,
  type SectionHeading,
} from '../../src/core/vocabulary';
import { loadImrGrammar, type IGrammar } from '../grammar/load-grammar';
import { assertHasScope, assertLacksScope, scopesAt } from '../grammar/tokens';

/** The heading as letters write it on its line: the professional-review ones with their colon. */
const written = (h: SectionHeading) => (h.style === 'colon' ? `${h.title}:` : h.title);
/** Spellings without regex syntax, i.e. the text itself. */
const literal = (s: string) => !/[\\()[\]?*+{}|]/.test(s);
/** One piece of detection evidence that is no heading: with one more, the text is a letter. */
const ONE_PIECE = 'Decision rationale: The request is not medically necessary.';
const findings = (text: string) => analyze(text).findings.filter((f) => f.rule === 'IMR007').map((f) => f.message);

describe('the letter vocabulary', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadImrGrammar();
  });

  it('has one heading per section kind, each kind once', () => {
    const kinds = SECTION_HEADINGS.map((h) => h.kind);
    assert.strictEqual(new Set(kinds).size, kinds.length);
    for (const kind of Object.values(REQUIRED_SECTIONS).flat()) assert.ok(kinds.includes(kind), kind);
  });

  it('spells headings, titles, header labels and decisions with no repetition (linear in both engines)', () => {
    const spellings = [...SECTION_HEADINGS.flatMap((h) => [...h.spellings, ...h.evidence.map((e) => ('line' in e ? e.line : e.opens))]), ...LETTER_TITLES.map((t) => t.spelling), ...HEADER_LABELS, ...DECISION_WORDS];
    for (const s of spellings) assert.doesNotMatch(s, /[*+{]/, s);
  });

  it('starts every heading, title and item label with a capital, as the pre-checks of section finding and the grammar expect', () => {
    for (const s of [...SECTION_HEADINGS.flatMap((h) => h.spellings), ...LETTER_TITLES.map((t) => t.spelling), ...ITEM_LABELS.map((l) => l.name)]) assert.match(s, /^[A-Z]/, s);
    // matchSectionHeading skips lines over 120 characters.
    for (const h of SECTION_HEADINGS) assert.ok(written(h).length <= 120, h.title);
  });

  for (const h of SECTION_HEADINGS) {
    describe(`the heading ${h.title}`, () => {
      const lines = [written(h), ...h.spellings.filter(literal).map((s) => (h.style === 'colon' ? `${s}:` : s))];

      it('is found by section finding as its kind', () => {
        for (const line of lines) assert.deepStrictEqual(parseLetter(`${line}\nSome text.\n`).sections.map((s) => [s.kind, s.title]), [[h.kind, line.replace(/:$/, '')]], line);
      });

      it('counts as detection evidence', () => {
        assert.strictEqual(looksLikeLetter(ONE_PIECE), false);
        for (const line of lines) assert.ok(looksLikeLetter(`${line}\n${ONE_PIECE}\n`), line);
      });

      it('is coloured by the grammar as a section heading', () => {
        for (const line of lines) {
          const scopes = scopesAt(grammar, ` ${line}`, line.replace(/:$/, ''));
          assertHasScope(scopes, 'markup.heading.section.imr', line);
          assertHasScope(scopes, 'entity.name.section.imr', line);
          assertLacksScope(scopes, 'entity.name.section.title', line);
        }
      });
    });
  }

  it('has titles that the grammar colours but section finding does not take', () => {
    for (const { spelling } of LETTER_TITLES) {
      assertHasScope(scopesAt(grammar, spelling, spelling), 'entity.name.section.title.imr', spelling);
      assert.deepStrictEqual(parseLetter(`${spelling}\n`).sections, [], spelling);
    }
  });

  describe('IMR007', () => {
    // Each layout's required headings, less one: the rule names the missing one by its title, and
    // adding that title's line back silences it.
    for (const [layout, required] of Object.entries(REQUIRED_SECTIONS) as [Layout, readonly SectionKind[]][]) {
      for (const missing of required) {
        it(`names ${missing} when a ${layout} letter lacks it`, () => {
          const letter = (kinds: readonly SectionKind[]) => kinds.map((k) => `${written(headingOf(k))}\nSome text of the section.\n`).join('\n');
          const without = letter(required.filter((k) => k !== missing));
          assert.strictEqual(parseLetter(without).layout, layout);
          assert.deepStrictEqual(findings(without), [`The section "${headingOf(missing).title}" is missing.`]);
          assert.deepStrictEqual(findings(letter(required)), []);
        });
      }
    }
  });

  for (const label of ITEM_LABELS) {
    it(`reads, detects and colours the item label "${label.name}:"`, () => {
      const line = `${label.name}: Decision based on MTUS.`;
      assert.deepStrictEqual(matchLabel(line), { kind: label.kind, length: label.name.length + 1 });
      assert.ok(looksLikeLetter(`CLINICAL CASE SUMMARY\n${line}\n`), line);
      assert.strictEqual(looksLikeLetter(`${line}\n`), false);
      assertHasScope(scopesAt(grammar, line, label.name), 'keyword.other.label', line);
    });
  }

  for (const word of DECISION_WORDS) {
    it(`reads, detects and colours the decision "${word}"`, () => {
      const heading = `Norco 10/325mg #60: ${word}`;
      assert.deepStrictEqual(classifyDecisionWord(word.toUpperCase()), { decision: word, known: true });
      assert.ok(looksLikeLetter(`CLINICAL CASE SUMMARY\n${heading}\n`), heading);
      assert.strictEqual(looksLikeLetter(`${heading}\n`), false);
      assertHasScope(scopesAt(grammar, heading, word), `markup.${word === 'Upheld' ? 'deleted' : 'inserted'}.decision.${word.toLowerCase()}.imr`, heading);
    });
  }

  it('tells a misspelt decision in the parser and the grammar alike', () => {
    const misspelt = DECISION_WORDS.map((w) => `${w.slice(0, 2)}${w.slice(3)}`); // "Upeld", "Oveturned"
    for (const word of misspelt) {
      assert.deepStrictEqual(classifyDecisionWord(word), { decision: null, known: false }, word);
      assert.match(word, new RegExp(`^(?:${GRAMMAR_MISSPELT_DECISION})$`, 'i'));
      assertHasScope(scopesAt(grammar, `Norco 10/325mg #60: ${word}`, word), 'invalid.illegal.decision.unknown.imr', word);
    }
    for (const word of OTHER_DECISION_WORDS) assert.deepStrictEqual(classifyDecisionWord(word), { decision: null, known: false }, word);
  });
});
