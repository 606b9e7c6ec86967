// One setting per rule: how the editor layers the settings a person set over `.imr-review.json`
// (an unset setting leaves the file in force; a rule's own setting wins over the older object
// `imrReview.rules`), and that package.json declares a drop-down for every rule, from its metadata.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseConfig, REGISTERED_RULES, rules } from '../../src/core/index';
import { effectiveConfig, settingsToConfig, type RuleSettingValue } from '../../src/extension/config/model';
import { setValue } from '../../src/extension/config/ruleSettings';

const REPO = path.resolve(__dirname, '../../..');
const props = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).contributes.configuration.properties as Record<string, Record<string, unknown>>;

/** The setting's name, spelled out here rather than taken from the code under test. */
const settingOf = (name: string) => `imrReview.check.${name.replace(/-(.)/g, (_, c: string) => c.toUpperCase())}`;

/** Every rule unset, but `values` (by rule ID). */
function perRule(values: Record<string, unknown> = {}): RuleSettingValue[] {
  return REGISTERED_RULES.map((r) => ({ id: r.id, setting: settingOf(r.name), value: values[r.id] }));
}

describe('rule settings over .imr-review.json', () => {
  const file = parseConfig('{ "rules": { "IMR011": "warning", "IMR006": "off" } }').config;

  it('leaves the file in force for a rule whose setting is not set', () => {
    const settings = settingsToConfig({}, perRule());
    assert.deepStrictEqual(settings.errors, []);
    assert.deepStrictEqual(effectiveConfig(file, settings.config).rules, { IMR011: 'warning', IMR006: 'off' });
    assert.deepStrictEqual(effectiveConfig(undefined, settings.config).rules, {}, 'no file: each rule at its default');
  });

  it('lets a rule setting a person set win over the file, for that rule only', () => {
    const settings = settingsToConfig({}, perRule({ IMR011: 'off', IMR006: 'info' }));
    assert.deepStrictEqual(effectiveConfig(file, settings.config).rules, { IMR011: 'off', IMR006: 'info' });
    const one = settingsToConfig({}, perRule({ IMR001: 'warning' }));
    assert.deepStrictEqual(effectiveConfig(file, one.config).rules, { IMR011: 'warning', IMR006: 'off', IMR001: 'warning' });
  });

  it('still reads the older imrReview.rules (by ID or name), under the rule settings', () => {
    const settings = settingsToConfig({ 'misspelled-term': 'error', IMR006: 'warning' }, perRule({ IMR011: 'info' }));
    assert.deepStrictEqual(settings.errors, []);
    assert.deepStrictEqual(effectiveConfig(file, settings.config).rules, { IMR011: 'info', IMR006: 'warning' });
  });

  it('reports a value that is not one of the four, naming the setting, and uses the rest', () => {
    const settings = settingsToConfig({ NOPE: 'off' }, perRule({ IMR011: 'loud', IMR006: 'off' }));
    assert.deepStrictEqual(settings.errors, ['imrReview.rules: unknown rule "NOPE"', 'imrReview.check.misspelledTerm: expected "error", "warning", "info" or "off", not "loud"']);
    assert.strictEqual(settings.setting, 'imrReview.rules', '"Open settings" shows the first setting with a problem');
    assert.deepStrictEqual(settings.config.rules, { IMR006: 'off' });
    assert.strictEqual(settingsToConfig({}, perRule({ IMR011: true })).setting, 'imrReview.check.misspelledTerm');
  });

  it('counts only a value a person set: the folder, then the workspace, then the user; never the default', () => {
    assert.strictEqual(setValue({ defaultValue: 'error' }), undefined);
    assert.strictEqual(setValue(undefined), undefined);
    assert.strictEqual(setValue({ defaultValue: 'error', globalValue: 'info' }), 'info');
    assert.strictEqual(setValue({ defaultValue: 'error', globalValue: 'info', workspaceValue: 'off' }), 'off');
    assert.strictEqual(setValue({ globalValue: 'info', workspaceValue: 'off', workspaceFolderValue: 'warning' }), 'warning');
  });
});

describe('package.json: one setting per rule', () => {
  it('declares a drop-down for every rule, with its default severity, in ID order', () => {
    const generated = Object.keys(props).filter((k) => k.startsWith('imrReview.check.'));
    assert.deepStrictEqual(generated, rules.map((r) => settingOf(r.name)), 'one setting per rule, in rule order, and no other');
    let order = -Infinity;
    for (const r of rules) {
      const s = props[settingOf(r.name)];
      assert.strictEqual(s.type, 'string', r.id);
      assert.deepStrictEqual(s.enum, ['error', 'warning', 'info', 'off'], r.id);
      assert.deepStrictEqual(s.enumItemLabels, ['Error', 'Warning', 'Info', 'Off'], r.id);
      assert.strictEqual((s.markdownEnumDescriptions as string[]).length, 4, r.id);
      assert.strictEqual(s.default, r.severity, `${r.id}: the rule's own default`);
      assert.strictEqual(s.scope, 'resource', `${r.id}: may differ per folder, like .imr-review.json`);
      assert.ok(typeof s.order === 'number' && s.order > order, `${r.id} is listed after the rule before it`);
      order = s.order;
      const text = s.markdownDescription as string;
      assert.ok(text.startsWith(`**${r.id}**: ${r.description}`), `${r.id}: the ID first (the Settings search for "${r.id}" finds it), then what it finds`);
      assert.ok(text.includes(r.docs.example), `${r.id}: an example`);
      assert.match(text, /Unless you change it here, the `\.imr-review\.json` in the letter's folder \(which the `imr-review` command also reads\) decides/, r.id);
    }
  });

  it('keeps the older imrReview.rules, deprecated in favour of the rule settings, and listed last', () => {
    const old = props['imrReview.rules'];
    for (const r of rules) assert.ok((old.properties as Record<string, unknown>)[r.id], r.id);
    assert.match(old.markdownDeprecationMessage as string, /imrReview\.check/);
    const orders = Object.values(props).map((s) => s.order as number);
    assert.ok(orders.every((o) => typeof o === 'number'), 'every setting has its place in the list (a setting without order would float to an arbitrary place)');
    assert.strictEqual(Math.max(...orders), old.order);
  });

  it('describes every setting for the person reviewing letters, not for a programmer', () => {
    for (const [key, s] of Object.entries(props)) {
      const text = String(s.markdownDescription ?? s.description ?? '');
      assert.ok(text.length > 20, `${key} has a description`);
      assert.doesNotMatch(text, /\b(?:globs?|worker threads?|extension host|regex|boolean|parsed)\b/i, key);
    }
  });
});
