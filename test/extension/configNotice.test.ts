// The editor's warnings about configuration problems: each offers to open what is wrong.
import * as assert from 'assert';
import { parseConfig } from '../../src/core/index';
import { configNotice, OPEN_FILE, OPEN_SETTINGS, settingsNotice } from '../../src/extension/config/model';

describe('configuration warnings in the editor', () => {
  it('offers "Open file" for problems in a config file, naming it and each problem', () => {
    const notice = configNotice('cases/.imr-review.json', parseConfig('{"rules": {"NOPE": "off"}, "ignore": [], "ignore": []}'));
    assert.deepStrictEqual(notice.actions, [OPEN_FILE]);
    assert.strictEqual(OPEN_FILE, 'Open file');
    assert.strictEqual(notice.message, 'IMR Review: problems in cases/.imr-review.json (the valid parts still apply): duplicate key "ignore": the last one is used; unknown rule "NOPE"');
  });

  it('says when nothing in the file applies', () => {
    const notice = configNotice('.imr-review.json', parseConfig('['.repeat(8000)));
    assert.deepStrictEqual(notice.actions, [OPEN_FILE]);
    assert.match(notice.message, /^IMR Review: problems in \.imr-review\.json \(not used: the letters below it are checked without a configuration file\): nested too deeply/);
  });

  it('offers "Open settings" for problems in the rule settings, each named', () => {
    assert.deepStrictEqual(settingsNotice(['imrReview.rules: unknown rule "NOPE"', 'imrReview.check.misspelledTerm: expected "error", "warning", "info" or "off", not "loud"']), {
      message: 'IMR Review: problems in your settings (the others still apply): imrReview.rules: unknown rule "NOPE"; imrReview.check.misspelledTerm: expected "error", "warning", "info" or "off", not "loud"',
      actions: [OPEN_SETTINGS],
    });
  });
});
