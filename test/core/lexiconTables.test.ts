// The lexicon's data files are compact text tables decoded at load (drugs.ts, services.ts, topics.ts,
// words.ts): a slip in a separator would silently make a wrong name, pattern or word, so check the
// decoded values for the traces such slips leave.
import * as assert from 'assert';
import { DRUGS } from '../../src/core/lexicon/drugs';
import { SERVICES } from '../../src/core/lexicon/services';
import { CONTAINER_TOPICS, GENERIC_TOPICS, TOPICS } from '../../src/core/lexicon/topics';
import { CITATION_ABBREVIATIONS, CITATION_WORDS, HEADING_WORDS } from '../../src/core/lexicon/words';

/** A field cut out of a row: not empty, no surrounding space, no leftover separator. */
function assertClean(value: string, where: string, separators: readonly string[]): void {
  assert.ok(value.length > 0, `${where}: empty`);
  assert.strictEqual(value, value.trim(), `${where}: "${value}" has surrounding space`);
  assert.ok(!/\s\s/.test(value), `${where}: "${value}" has a double space`);
  for (const s of separators) assert.ok(!value.includes(s), `${where}: "${value}" holds "${s}"`);
}

describe('lexicon tables', () => {
  it('decodes a drug row into id, names, categories (its own or its section\'s) and ingredients', () => {
    const byId = new Map(DRUGS.map((d) => [d.id, d]));
    assert.deepStrictEqual(byId.get('hydrocodone/acetaminophen'), {
      id: 'hydrocodone/acetaminophen',
      names: ['Norco', 'Vicodin', 'Lortab', 'Lorcet', 'Xodol', 'Hycet', 'hydrocodone/APAP', 'hydrocodone/acetaminophen', 'hydrocodone-acetaminophen', 'hydrocodone bitartrate/acetaminophen'],
      categories: ['opioid', 'analgesic'],
      ingredients: ['hydrocodone', 'acetaminophen'],
    });
    assert.deepStrictEqual(byId.get('tizanidine'), { id: 'tizanidine', names: ['tizanidine', 'Zanaflex'], categories: ['muscle-relaxant'] });
    assert.deepStrictEqual(byId.get('diazepam')?.categories, ['hypnotic-sedative', 'muscle-relaxant']);
    assert.strictEqual(byId.get('lidopro')?.names[0], 'LidoPro', 'the id is the first name in lower case');
    // Only rows that give ingredients have the key (lookups default it to [id]).
    assert.ok(!('ingredients' in byId.get('tizanidine')!));
  });

  it('leaves no separator or stray space in a drug field', () => {
    for (const d of DRUGS) {
      assertClean(d.id, d.id, ['|', ',', ' = ']);
      assert.strictEqual(d.id, d.id.toLowerCase(), `${d.id}: ids are lower case`);
      for (const n of d.names) assertClean(n, d.id, ['|', ',', ' = ']);
      for (const c of d.categories) assertClean(c, d.id, [' ', '|', ',']);
      assert.ok(d.ingredients === undefined || d.ingredients.length > 0, d.id);
      for (const i of d.ingredients ?? []) assertClean(i, d.id, ['|', ',']);
    }
  });

  it('decodes service rows into compilable patterns, with case-sensitive ones only where given', () => {
    const tens = SERVICES.find((s) => s.id === 'TENS unit');
    assert.deepStrictEqual(tens?.caseSensitive, ['TENS', 'TENs']);
    assert.deepStrictEqual(tens?.categories, ['electrotherapy', 'dme']);
    assert.ok(!('caseSensitive' in SERVICES.find((s) => s.id === 'H-wave')!));
    for (const s of SERVICES) {
      assertClean(s.id, s.id, [',']);
      for (const p of [...s.patterns, ...(s.caseSensitive ?? [])]) {
        assertClean(p, s.id, [',']);
        assert.doesNotThrow(() => new RegExp(p), `${s.id}: ${p}`);
      }
      assert.ok(s.caseSensitive === undefined || s.caseSensitive.length > 0, s.id);
      for (const c of s.categories) assertClean(c, s.id, [' ', ',']);
    }
  });

  it('keeps topic patterns as written, backslashes single', () => {
    assert.strictEqual(TOPICS[0].pattern, '\\bopioids?\\b|\\bopiates?\\b|\\bnarcotics?\\b');
    assert.deepStrictEqual(TOPICS[0].categories, ['opioid', 'opioid-related']);
    assert.strictEqual(CONTAINER_TOPICS[2], '^(?:chronic )?pain(?: \\(chronic\\))?$');
    for (const p of [...TOPICS.map((t) => t.pattern), ...CONTAINER_TOPICS, ...GENERIC_TOPICS]) {
      assert.ok(!p.includes('\\\\'), `${p}: a doubled backslash matches a backslash`);
      assert.doesNotThrow(() => new RegExp(p, 'i'), p);
    }
    for (const t of TOPICS) for (const c of t.categories) assertClean(c, t.pattern, [' ']);
  });

  it('splits the word lists into single lower-case words', () => {
    for (const [name, list] of [['HEADING_WORDS', HEADING_WORDS], ['CITATION_WORDS', CITATION_WORDS], ['CITATION_ABBREVIATIONS', CITATION_ABBREVIATIONS]] as const) {
      for (const w of list) assert.match(w, /^[a-z]+(?:-[a-z]+)*$/, `${name}: "${w}"`);
    }
    assert.deepStrictEqual(HEADING_WORDS.slice(0, 3), ['prescription', 'retrospective', 'prospective']);
    assert.deepStrictEqual(CITATION_ABBREVIATIONS.slice(-2), ['cons', 'info']);
  });
});
