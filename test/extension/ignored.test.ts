// Issue 16, point 5: an ignored finding is counted ("1 ignored"), and the messages of an ignore say
// what happened in plain words.
import * as assert from 'assert';
import { analyze, emptyConfig, LetterAnalyzer, type Config } from '../../src/core/index';
import { statusInfo } from '../../src/extension/features/statusBar/statusText';
import { AnalysisAssembler, splitAnalysis } from '../../src/extension/analysis/transfer';
import { ignoredMessage, noConfigMessage, noSuppressionsMessage, undoneMessage } from '../../src/extension/commands/suppressionMessages';
import { problemText } from '../../src/core/light';
import { buildLetterNode, letterSummary } from '../../src/extension/workspace/tree/treeModel';
import { CONTRADICTORY_LETTER } from './letters';

const ignoring = (item?: string): Config => ({ ...emptyConfig(), ignore: [item === undefined ? { rule: 'IMR001', file: 'a.txt' } : { rule: 'IMR001', file: 'a.txt', item }] });

describe('ignored findings (issue 16)', () => {
  it('the analysis counts the findings a suppression silenced, and says nothing when none were', () => {
    const plain = analyze(CONTRADICTORY_LETTER, { file: 'a.txt' });
    assert.strictEqual(plain.findings.filter((f) => f.rule === 'IMR001').length, 1);
    assert.ok(!('ignored' in plain), 'no "ignored" key without a suppression: existing outputs unchanged');
    const item = analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config: ignoring('Cervical pillow') });
    assert.strictEqual(item.findings.filter((f) => f.rule === 'IMR001').length, 0);
    assert.strictEqual(item.ignored, 1);
    assert.strictEqual(analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config: ignoring() }).ignored, 1);
    // Another letter's suppression silences nothing here.
    assert.ok(!('ignored' in analyze(CONTRADICTORY_LETTER, { file: 'b.txt', config: ignoring() })));
    assert.strictEqual(new LetterAnalyzer().analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config: ignoring() }).ignored, 1);
  });

  it('the count survives the transfer from the worker', () => {
    const analysis = analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config: ignoring() });
    const assembler = new AnalysisAssembler();
    let out;
    for (const part of splitAnalysis(analysis)) out = assembler.add(part);
    assert.deepStrictEqual(out, analysis);
  });

  it('the status bar says "1 ignored" and where', () => {
    const s = statusInfo(analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config: ignoring() }));
    assert.strictEqual(s.text, 'IMR: 1 upheld · 1 overturned · no problems · 1 ignored');
    assert.match(s.tooltip, /1 problem is ignored in \.imr-review\.json/);
    assert.doesNotMatch(statusInfo(analyze(CONTRADICTORY_LETTER)).text, /ignored/);
  });

  it('the IMR Decisions tooltip of a letter whose findings are all ignored says "no problems" first', () => {
    const node = (config?: Config) => buildLetterNode({ key: 'file:///ws/a.txt', file: 'a.txt', ...analyze(CONTRADICTORY_LETTER, { file: 'a.txt', config }) });
    assert.strictEqual(letterSummary(node(ignoring())), '2 items · no problems · 1 ignored');
    assert.strictEqual(letterSummary(node()), '2 items · 1 error');
    assert.strictEqual(letterSummary({ ...node(), ignored: 3 }), '2 items · 1 error, 3 ignored');
    assert.strictEqual(letterSummary({ ...node(ignoring()), ignored: undefined }), '2 items · no problems');
  });

  it('the IMR Decisions row counts what is ignored after the problems', () => {
    assert.strictEqual(problemText({ errors: 1, warnings: 0, infos: 2, ignored: 1 }), '1 error, 2 info, 1 ignored');
    assert.strictEqual(problemText({ errors: 0, warnings: 0, infos: 0, ignored: 2 }), '2 ignored');
    assert.strictEqual(problemText({ errors: 0, warnings: 1, infos: 0 }), '1 warning');
  });

  it('messages name the rule, the item or letter, and the file', () => {
    assert.strictEqual(
      ignoredMessage({ rule: 'IMR001', file: 'letters/a.txt', item: 'Cervical traction pillow' }, '.imr-review.json', true),
      "IMR001 ignored for 'Cervical traction pillow' in .imr-review.json.",
    );
    assert.strictEqual(ignoredMessage({ rule: 'IMR007', file: 'letters/a.txt' }, '.imr-review.json', true), "IMR007 ignored for the whole letter 'a.txt' in .imr-review.json.");
    assert.match(ignoredMessage({ rule: 'IMR007', file: 'a.txt' }, 'x/.imr-review.json', false), /already ignored/);
    assert.match(undoneMessage({ rule: 'IMR001', file: 'a.txt', item: 'Norco' }, '.imr-review.json', true), /checked again for 'Norco'.*was deleted/);
    assert.match(undoneMessage({ rule: 'IMR001', file: 'a.txt', item: 'Norco' }, '.imr-review.json', false), /entry was removed from \.imr-review\.json/);
    assert.match(noConfigMessage('.imr-review.json'), /no \.imr-review\.json yet.*Create it\?$/);
    assert.doesNotMatch(noSuppressionsMessage('.imr-review.json'), /no entries/);
  });
});
