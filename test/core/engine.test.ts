import * as assert from 'assert';
import { analyze, configSearchFolders, findRule, mergeConfigs, parseConfig, rules } from '../../src/core';
import { syntheticLetter } from './helpers';

const CONTRADICTORY = syntheticLetter([
  { heading: 'Lidoderm 5% patch #30:  Overturned', rationale: 'No neuropathic pain is documented. Therefore, the request is not medically necessary.' },
  { heading: 'Naproxen 550mg #60:  Upheld' },
]);

describe('rule engine and configuration', () => {
  it('registers rules with unique IDs, kebab names and complete metadata', () => {
    const ids = new Set(rules.map((r) => r.id));
    assert.strictEqual(ids.size, rules.length);
    for (const r of rules) {
      assert.match(r.id, /^IMR\d{3}$/);
      assert.match(r.name, /^[a-z]+(?:-[a-z]+)*$/);
      assert.ok(r.description && r.docs.why && r.docs.example && r.tags.length > 0, r.id);
      assert.strictEqual(findRule(r.id), r);
      assert.strictEqual(findRule(r.name), r);
    }
  });

  it('reports IMR001 with the concluding sentence as related information', () => {
    const { findings } = analyze(CONTRADICTORY);
    assert.deepStrictEqual(findings.map((f) => f.rule), ['IMR001']);
    const f = findings[0];
    assert.strictEqual(f.severity, 'error');
    assert.strictEqual(f.item, 0);
    assert.strictEqual(f.related?.length, 1);
    assert.ok(f.related![0].range.start.line > f.range.start.line);
  });

  it('changes severity and turns rules off by ID or by name', () => {
    const byId = parseConfig('{ "rules": { "IMR001": "warning" } }');
    assert.deepStrictEqual(byId.errors, []);
    assert.strictEqual(analyze(CONTRADICTORY, { config: byId.config }).findings[0].severity, 'warning');
    const byName = parseConfig('// comments are allowed\n{ "rules": { "decision-contradicts-rationale": "off", }, }');
    assert.deepStrictEqual(byName.errors, []);
    assert.strictEqual(analyze(CONTRADICTORY, { config: byName.config }).findings.length, 0);
  });

  it('honours suppressions keyed on file and item title, not lines', () => {
    const { config } = parseConfig(JSON.stringify({ ignore: [{ rule: 'IMR001', file: 'letters/a.txt', item: 'Lidoderm 5% patch #30' }] }));
    assert.strictEqual(analyze(CONTRADICTORY, { config, file: './letters/a.txt' }).findings.length, 0);
    assert.strictEqual(analyze(CONTRADICTORY, { config, file: 'letters/b.txt' }).findings.length, 1);
    // Reformatting the letter moves every line; the suppression still applies.
    assert.strictEqual(analyze(`\n\n\n${CONTRADICTORY}`, { config, file: 'letters\\a.txt' }).findings.length, 0);
  });

  it('reports configuration problems without throwing, keeping the valid parts', () => {
    const r = parseConfig('{ "rules": { "IMR001": "loud", "IMR002": "info" }, "ignore": [{ "rule": 1 }] }');
    assert.deepStrictEqual(r, {
      config: { rules: { IMR002: 'info' }, ignore: [] },
      errors: ['rule "IMR001": expected "error", "warning", "info", "off", true or false', 'ignore[0]: expected {"rule", "file"} strings and an optional "item" string'],
    });
    assert.deepStrictEqual(parseConfig('{ nope'), { config: { rules: {}, ignore: [] }, errors: ['InvalidSymbol at offset 2 (and 1 more syntax error)'] });
    assert.deepStrictEqual(parseConfig('[1]'), { config: { rules: {}, ignore: [] }, errors: ['the configuration must be a JSON object'] });
  });

  it('keys rules by ID whether the file names them by ID or by name, so layers override rule by rule', () => {
    const file = parseConfig('{ "rules": { "IMR011": "off", "IMR001": "off" } }');
    const setting = parseConfig(JSON.stringify({ rules: { 'misspelled-term': 'warning', 'decision-contradicts-rationale': true } }));
    assert.deepStrictEqual(setting.errors, []);
    assert.deepStrictEqual(setting.config.rules, { IMR011: 'warning', IMR001: 'error' });
    const merged = mergeConfigs(file.config, setting.config);
    assert.deepStrictEqual(merged.rules, { IMR011: 'warning', IMR001: 'error' });
    // `true` is "on at its default severity": it re-enables a rule the file turned off.
    assert.strictEqual(analyze(CONTRADICTORY, { config: file.config }).findings.length, 0);
    assert.deepStrictEqual(analyze(CONTRADICTORY, { config: merged }).findings.map((f) => `${f.rule}:${f.severity}`), ['IMR001:error']);
    assert.deepStrictEqual(parseConfig('{ "rules": { "IMR010": true, "IMR005": false } }').config.rules, { IMR010: 'info', IMR005: 'off' });
  });

  it('reports unknown rules and keys, and a rule set twice, and still applies the rest', () => {
    const r = parseConfig(JSON.stringify({
      rules: { IMR999: 'off', NOPE: 'warning', IMR001: 'warning', IMR011: 'off', 'misspelled-term': 'info' },
      bogus: 1,
      ignore: [{ rule: 'IMR998', file: 'a.txt' }, { rule: 'duplicate-item', file: 'a.txt', item: 'X' }],
    }));
    assert.deepStrictEqual(r.errors, [
      'unknown key "bogus" (expected "rules" or "ignore")',
      'unknown rule "IMR999"',
      'unknown rule "NOPE"',
      'rule "misspelled-term" is also set as "IMR011"; the later one applies',
      'ignore[0]: unknown rule "IMR998"',
    ]);
    assert.deepStrictEqual(r.config.rules, { IMR001: 'warning', IMR011: 'info' });
    assert.deepStrictEqual(r.config.ignore, [{ rule: 'IMR013', file: 'a.txt', item: 'X' }]);
    assert.deepStrictEqual(parseConfig('{ "$schema": "./schemas/imr-review.schema.json" }').errors, []);
  });

  it('suppresses findings tied to no item with an entry for the whole letter', () => {
    const text = syntheticLetter([{ heading: 'Naproxen 550mg #60:  Upheld' }]).replace('CLINICAL CASE SUMMARY\n', '');
    const rules = (config?: string, file = 'a.txt') =>
      analyze(text, { config: config === undefined ? undefined : parseConfig(config).config, file }).findings.map((f) => f.rule);
    assert.deepStrictEqual(rules(), ['IMR007']);
    assert.strictEqual(analyze(text).findings[0].item, undefined);
    assert.deepStrictEqual(rules('{ "ignore": [{ "rule": "IMR007", "file": "a.txt" }] }'), []);
    assert.deepStrictEqual(rules('{ "ignore": [{ "rule": "missing-section", "file": "./a.txt" }] }'), []);
    assert.deepStrictEqual(rules('{ "ignore": [{ "rule": "IMR007", "file": "b.txt" }] }'), ['IMR007']);
    // A per-item entry never covers a finding outside that item.
    assert.deepStrictEqual(rules('{ "ignore": [{ "rule": "IMR007", "file": "a.txt", "item": "Naproxen 550mg #60" }] }'), ['IMR007']);
    // A letter entry covers the rule's item findings too.
    const c = parseConfig('{ "ignore": [{ "rule": "IMR001", "file": "a.txt" }] }').config;
    assert.strictEqual(analyze(CONTRADICTORY, { config: c, file: 'a.txt' }).findings.length, 0);
  });

  it('lists the folders searched for the config, nearest first, up to the root', () => {
    assert.deepStrictEqual(configSearchFolders('/ws/sub'), ['/ws/sub', '/ws', '/']);
    assert.deepStrictEqual(configSearchFolders('/ws/sub/'), ['/ws/sub/', '/ws', '/']);
    assert.deepStrictEqual(configSearchFolders('/'), ['/']);
    assert.deepStrictEqual(configSearchFolders('C:\\cases\\2014'), ['C:\\cases\\2014', 'C:\\cases', 'C:\\']);
  });

  it('merges configurations: later settings win, suppressions add up', () => {
    const a = parseConfig('{ "rules": { "IMR001": "warning" }, "ignore": [{"rule":"IMR002","file":"a","item":"x"}] }').config;
    const b = parseConfig('{ "rules": { "IMR001": "off" }, "ignore": [{"rule":"IMR003","file":"a","item":"x"}] }').config;
    const m = mergeConfigs(a, b);
    assert.strictEqual(m.rules.IMR001, 'off');
    assert.strictEqual(m.ignore.length, 2);
  });

  it('flags each structural problem once', () => {
    const text = syntheticLetter([
      { heading: 'Lyrica 75mg #60:' },
      { heading: 'Omeprazole 20mg #60:  Uphled' },
      { heading: 'Ketoprofen 75mg #60:  Upheld', rationale: null },
      { heading: 'Naproxen 550mg #60:  Upheld', maximus: null, ca: null },
      { heading: 'Flexeril 7.5mg #60:  Upheld', rationale: 'The worker reports spasm. Guidelines advise a short course.' },
    ]);
    const got = analyze(text).findings.map((f) => `${f.rule}:${f.item}`);
    assert.deepStrictEqual(got, ['IMR002:0', 'IMR003:1', 'IMR004:2', 'IMR005:3', 'IMR005:3', 'IMR006:4']);
  });

  it('flags a missing section at the start of the letter', () => {
    const text = syntheticLetter([{ heading: 'Naproxen 550mg #60:  Upheld' }]).replace('CLINICAL CASE SUMMARY\n', '');
    const f = analyze(text).findings.filter((x) => x.rule === 'IMR007');
    assert.strictEqual(f.length, 1);
    assert.match(f[0].message, /CLINICAL CASE SUMMARY/);
  });
});
