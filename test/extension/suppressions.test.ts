import * as assert from 'assert';
import { parseConfig } from '../../src/core/index';
import { addSuppression, ConfigEditError, listSuppressions, NEW_CONFIG_TEXT, removeSuppressions } from '../../src/extension/suppressionEdits';

const entry = { rule: 'IMR006', file: 'letters/a.txt', item: 'Physical therapy x 12' };

describe('suppression edits in .imr-review.json', () => {
  it('adds to an existing ignore list and keeps comments and other keys', () => {
    const text = '{\n  // team defaults\n  "rules": { "IMR011": "off" },\n  "ignore": [\n    { "rule": "IMR001", "file": "b.txt", "item": "Norco" } // checked by Dr. X\n  ]\n}\n';
    const { text: out, added } = addSuppression(text, entry);
    assert.ok(added);
    assert.ok(out.includes('// team defaults'));
    assert.ok(out.includes('// checked by Dr. X'));
    const parsed = parseConfig(out);
    assert.deepStrictEqual(parsed.errors, []);
    assert.deepStrictEqual(parsed.config.rules, { IMR011: 'off' });
    assert.deepStrictEqual(parsed.config.ignore, [{ rule: 'IMR001', file: 'b.txt', item: 'Norco' }, entry]);
  });

  it('creates the list, or the whole file, when missing', () => {
    const a = addSuppression('{ "rules": {} }', entry);
    assert.deepStrictEqual(parseConfig(a.text).config.ignore, [entry]);
    const b = addSuppression('', entry);
    assert.ok(b.text.startsWith(NEW_CONFIG_TEXT.slice(0, 10)));
    assert.deepStrictEqual(parseConfig(b.text).config.ignore, [entry]);
  });

  it('does not add a duplicate', () => {
    const once = addSuppression('{}', entry).text;
    const twice = addSuppression(once, entry);
    assert.strictEqual(twice.added, false);
    assert.strictEqual(twice.text, once);
  });

  it('refuses to edit a broken file instead of clobbering it', () => {
    assert.throws(() => addSuppression('{ "ignore": [ ', entry), ConfigEditError);
    assert.throws(() => addSuppression('{ "ignore": {} }', entry), ConfigEditError);
    assert.throws(() => addSuppression('[1, 2]', entry), ConfigEditError);
  });

  it('lists valid entries with their array positions and removes chosen ones', () => {
    const text = '// shared with the CLI\n{\n  "ignore": [\n    {"rule": "IMR001", "file": "a.txt", "item": "A"},\n    "junk",\n    {"rule": "IMR002", "file": "a.txt", "item": "B"}, // keep\n    {"rule": "IMR003", "file": "c.txt", "item": "C"}\n  ]\n}\n';
    const listed = listSuppressions(text);
    assert.deepStrictEqual(listed.map((s) => [s.rule, s.index]), [['IMR001', 0], ['IMR002', 2], ['IMR003', 3]]);
    const { text: out, removed } = removeSuppressions(text, [listed[0], listed[2]]);
    assert.strictEqual(removed, 2);
    assert.ok(out.startsWith('// shared with the CLI\n'));
    assert.deepStrictEqual(listSuppressions(out).map((s) => s.rule), ['IMR002']);
    assert.ok(out.includes('"junk"'), 'entries that were not chosen stay, even invalid ones');
    assert.strictEqual(removeSuppressions(out, [{ rule: 'IMR009', file: 'x', item: 'y' }]).removed, 0);
  });

  it('writes, lists and removes letter-wide entries (no item) apart from item entries', () => {
    const letterWide = { rule: 'IMR012', file: 'letters/a.txt' };
    const itemEntry = { rule: 'IMR012', file: 'letters/a.txt', item: 'Norco 10/325mg #90' };
    const one = addSuppression('{}', letterWide);
    assert.ok(one.added);
    assert.ok(!one.text.includes('"item"'), 'no item key, not "item": null');
    const two = addSuppression(one.text, itemEntry);
    assert.ok(two.added, 'an item entry is not a duplicate of the letter entry');
    assert.strictEqual(addSuppression(two.text, letterWide).added, false);
    assert.deepStrictEqual(parseConfig(two.text).config.ignore, [letterWide, itemEntry]);
    assert.deepStrictEqual(listSuppressions(two.text).map(({ index: _i, ...e }) => e), [letterWide, itemEntry]);
    const removed = removeSuppressions(two.text, [letterWide]);
    assert.strictEqual(removed.removed, 1);
    assert.deepStrictEqual(parseConfig(removed.text).config.ignore, [itemEntry]);
  });
});
