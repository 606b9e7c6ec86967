import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseConfig, parseJsonTree, properties, type Suppression } from '../../src/core/index';
import { addSuppression, ConfigEditError, listSuppressions, NEW_CONFIG_TEXT, removeSuppressions } from '../../src/extension/commands/suppressionEdits';

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

  describe('adding keeps the entries already there as they were', () => {
    const added = { rule: 'IMR003', file: 'c.txt', item: 'Norco' };
    const line = '{ "rule": "IMR003", "file": "c.txt", "item": "Norco" }';

    it('a one-line entry keeps its shape and the comment ending its line; the new entry goes on a line of its own', () => {
      const text = '{\n  "ignore": [\n    { "rule": "IMR001", "file": "a.txt", "item": 1 } // reviewed by J.\n  ]\n}\n';
      assert.strictEqual(addSuppression(text, added).text, `{\n  "ignore": [\n    { "rule": "IMR001", "file": "a.txt", "item": 1 }, // reviewed by J.\n    ${line}\n  ]\n}\n`);
    });

    it('each earlier entry and comment stays put, with a trailing comma, a comment line before "]" or a block comment', () => {
      const cases: [string, string][] = [
        ['[\n    {"rule": "IMR001", "file": "a.txt"}, // one\n    {"rule": "IMR002", "file": "b.txt"} // two\n  ]',
          `[\n    {"rule": "IMR001", "file": "a.txt"}, // one\n    {"rule": "IMR002", "file": "b.txt"}, // two\n    ${line}\n  ]`],
        ['[\n    {"rule": "IMR001", "file": "a.txt"}, // one\n  ]', `[\n    {"rule": "IMR001", "file": "a.txt"}, // one\n    ${line}\n  ]`],
        ['[\n    {"rule": "IMR001", "file": "a.txt"}\n    // more to come\n  ]', `[\n    {"rule": "IMR001", "file": "a.txt"},\n    ${line}\n    // more to come\n  ]`],
        ['[\r\n    {"rule": "IMR001", "file": "a.txt"} /* why */\r\n  ]', `[\r\n    {"rule": "IMR001", "file": "a.txt"}, /* why */\r\n    ${line}\r\n  ]`],
        ['[{"rule": "IMR001", "file": "a.txt"}]', `[{"rule": "IMR001", "file": "a.txt"}, ${line}]`],
        ['[ {"rule": "IMR001", "file": "a.txt"}, ]', `[ {"rule": "IMR001", "file": "a.txt"}, ${line} ]`],
      ];
      for (const [list, expected] of cases) {
        const out = addSuppression(`{\n  "ignore": ${list}\n}\n`, added).text;
        assert.strictEqual(out, `{\n  "ignore": ${expected}\n}\n`);
        assert.deepStrictEqual(parseConfig(out).errors, [], out);
      }
    });

    it('a multi-line entry is followed by one indented like it', () => {
      const text = '{\n\t"ignore": [\n\t\t{\n\t\t\t"rule": "IMR001",\n\t\t\t"file": "a.txt" // checked\n\t\t}\n\t]\n}';
      assert.strictEqual(addSuppression(text, added).text,
        '{\n\t"ignore": [\n\t\t{\n\t\t\t"rule": "IMR001",\n\t\t\t"file": "a.txt" // checked\n\t\t},\n\t\t{\n\t\t\t"rule": "IMR003",\n\t\t\t"file": "c.txt",\n\t\t\t"item": "Norco"\n\t\t}\n\t]\n}');
    });

    it('removing the entry just added gives the old text back', () => {
      const text = '{\n  "ignore": [\n    { "rule": "IMR001", "file": "a.txt" }, // one\n    { "rule": "IMR002", "file": "b.txt" } // two\n  ]\n}\n';
      assert.strictEqual(removeSuppressions(addSuppression(text, added).text, [added]).text, text);
    });

    it('only inserts: the old text is kept, in order, and the list reads as before plus the new entry', () => {
      const entries = fc.constantFrom<Suppression>({ rule: 'IMR001', file: 'a.txt' }, { rule: 'IMR002', file: 'b.txt', item: 'B' });
      const sep = fc.constantFrom('', ' ', '\n    ', ' // c\n    ', '\r\n  ', ' /* x */ ', '\n    // note\n    ');
      const list = fc.tuple(fc.array(entries, { minLength: 1, maxLength: 3 }), sep, sep, fc.boolean())
        .map(([es, inner, end, oneLine]) => `[${inner}${es.map((e) => JSON.stringify(e, null, oneLine ? undefined : 2)).join(`,${inner}`)}${end}]`);
      fc.assert(fc.property(list, fc.constantFrom('', '\n', '\n  '), (l, eol) => {
        const text = `{${eol}"rules": {},${eol}"ignore": ${l}${eol}}`;
        const out = addSuppression(text, added).text;
        let at = 0;
        for (const c of out) if (c === text[at]) at++;
        assert.strictEqual(at, text.length, `${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
        assert.deepStrictEqual(parseConfig(out).errors, [], out);
        assert.deepStrictEqual(parseConfig(out).config.ignore, [...parseConfig(text).config.ignore, added]);
        assert.deepStrictEqual(parseConfig(removeSuppressions(out, [added]).text).config.ignore, parseConfig(text).config.ignore);
      }), { numRuns: 500 });
    });
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

  describe('a file with repeated "ignore" keys', () => {
    const a = { rule: 'IMR001', file: 'a.txt' };
    const b = { rule: 'IMR002', file: 'b.txt', item: 'B' };

    it('writes into the last "ignore", the one the reader uses, keeping the earlier one as it was', () => {
      for (const text of [
        '{\n  "ignore": [],\n  "rules": {},\n  "ignore": [\n    { "rule": "IMR001", "file": "a.txt" }\n  ]\n}\n',
        '{"ignore":[],"ignore":[{"rule":"IMR001","file":"a.txt"}]}',
        '{ "ignore": [], /* old */ "\\u0069gnore": {}, "ignore": [ {"rule":"IMR001","file":"a.txt"} ] }',
      ]) {
        const before = parseConfig(text);
        assert.ok(before.errors.some((e) => e.startsWith('duplicate key "ignore"')), before.errors.join('; '));
        const { text: out, added } = addSuppression(text, entry);
        assert.ok(added);
        assert.deepStrictEqual(parseConfig(out).config.ignore, [a, entry], `the reader sees the new entry in:\n${out}`);
        const ignores = (t: string) => properties(parseJsonTree(t).root!).filter((p) => p.key === 'ignore').map((p) => `${p.value.type} ${p.value.children?.length}`);
        assert.deepStrictEqual(ignores(out), [...ignores(text).slice(0, -1), 'array 2'], 'the earlier "ignore" keys are left as they were');
        assert.deepStrictEqual(listSuppressions(out).map((s) => s.rule), ['IMR001', 'IMR006']);
        // Removal works on the same list.
        const removed = removeSuppressions(out, [a]);
        assert.strictEqual(removed.removed, 1);
        assert.deepStrictEqual(parseConfig(removed.text).config.ignore, [entry]);
      }
    });

    it('refuses to edit when the last "ignore" is not a list, even if an earlier one is', () => {
      assert.throws(() => addSuppression('{ "ignore": [], "ignore": {} }', entry), ConfigEditError);
      assert.deepStrictEqual(parseConfig(addSuppression('{ "ignore": {}, "ignore": [] }', entry).text).config.ignore, [entry]);
    });

    it('after any add the reader sees the entry, and after removals exactly the others', () => {
      const same = (x: Suppression, y: Suppression) => x.rule === y.rule && x.file === y.file && x.item === y.item;
      const entries = fc.constantFrom<Suppression>(a, b, entry);
      const list = fc.tuple(fc.array(entries, { maxLength: 4 }), fc.constantFrom('', ' ', '\n    ', ' // c\n    ', '\r\n  ', ' /* x */ '))
        .map(([es, sep]) => `[${sep}${es.map((e) => JSON.stringify(e)).join(`,${sep}`)}${sep}]`);
      const piece = fc.oneof(list.map((l) => `"ignore": ${l}`), fc.constantFrom('"rules": {"IMR001": "off"}', '"$schema": "x"', '// c\n "ignore": []'));
      const property = fc.record({ pieces: fc.array(piece, { maxLength: 4 }), eol: fc.constantFrom('', '\n', '\n  '), add: entries, remove: fc.array(entries, { maxLength: 3 }) });
      fc.assert(fc.property(property, ({ pieces, eol, add, remove }) => {
        const text = `{${eol}${pieces.join(`,${eol}`)}${eol}}`;
        const { text: out } = addSuppression(text, add);
        const added = parseConfig(out);
        assert.ok(added.config.ignore.some((s) => same(s, add)), out);
        assert.ok(!/[\ue000-\uf8ff]/.test(out), 'no placeholder left');
        const { text: after } = removeSuppressions(out, remove);
        const removed = parseConfig(after);
        assert.deepStrictEqual(removed.errors.filter((e) => !e.startsWith('duplicate key')), [], `${JSON.stringify(out)} -> ${JSON.stringify(after)}`);
        assert.deepStrictEqual(removed.config.ignore, added.config.ignore.filter((s) => !remove.some((r) => same(s, r))), after);
      }), { numRuns: 2000 });
    });
  });

  it('edits a file that starts with a byte order mark and keeps the mark', () => {
    const text = '\ufeff{ "ignore": [] }';
    const out = addSuppression(text, entry).text;
    assert.ok(out.startsWith('\ufeff{'));
    assert.deepStrictEqual(parseConfig(out).config.ignore, [entry]);
    assert.deepStrictEqual(listSuppressions(out).map((s) => s.index), [0]);
    assert.deepStrictEqual(parseConfig(removeSuppressions(out, [entry]).text).config.ignore, []);
  });

  it('lists only the entries the reader uses: none with an unknown or repeated key', () => {
    const text = '{ "ignore": [ {"rule": "IMR001", "file": "a.txt", "__proto__": {"item": "X"}}, {"rule": "IMR001", "file": "a.txt", "file": "b.txt"}, {"rule": "IMR002", "file": "c.txt"} ] }';
    assert.deepStrictEqual(listSuppressions(text).map((s) => [s.rule, s.index]), [['IMR002', 2]]);
  });

  it('removes the last entry of a one-line list without breaking the file (jsonc-parser\'s modify dropped the "]")', () => {
    const a = { rule: 'IMR001', file: 'a.txt' };
    const b = { rule: 'IMR002', file: 'b.txt' };
    for (const text of [`{"ignore":${JSON.stringify([a, b])}}`, `{"ignore":${JSON.stringify([a, b])},"rules":{}}`, `{ "ignore": [ ${JSON.stringify(a)}, ${JSON.stringify(b)} ] }`]) {
      const out = removeSuppressions(text, [b]).text;
      const parsed = parseConfig(out);
      assert.deepStrictEqual(parsed.errors, [], out);
      assert.deepStrictEqual(parsed.config.ignore, [a]);
    }
  });

  it('removes an entry with the comment ending its line, and keeps the comment above the next one', () => {
    const text = '{\n  "ignore": [\n    {"rule": "IMR001", "file": "a.txt"}, // one\n    // about two\n    {"rule": "IMR002", "file": "b.txt"}, // two\n    {"rule": "IMR003", "file": "c.txt"} // three\n  ]\n}\n';
    const first = removeSuppressions(text, [{ rule: 'IMR001', file: 'a.txt' }]).text;
    assert.strictEqual(first, text.replace('{"rule": "IMR001", "file": "a.txt"}, // one\n    ', ''));
    const last = removeSuppressions(text, [{ rule: 'IMR003', file: 'c.txt' }]).text;
    assert.strictEqual(last, text.replace(', // two\n    {"rule": "IMR003", "file": "c.txt"} // three', ' // two'));
    assert.deepStrictEqual(parseConfig(last).config.ignore.map((s) => s.rule), ['IMR001', 'IMR002']);
  });
});
