// The Problems panel: findings as diagnostics with source, code + documentation target and related
// information; recomputed on edit; severities from the settings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, imrDiagnostics, lineOf, openLetter, readWorkspaceFile, replaceInDocument, sameUri, SOURCE, waitFor, waitForDiagnostics } from './helpers';

const hasRule = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const lacksRule = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === rule);
const REPO = path.resolve(__dirname, '../../..');
const at = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A diagnostic in full, as plain values. */
function whole(d: vscode.Diagnostic) {
  return {
    code: codeOf(d),
    target: typeof d.code === 'object' ? d.code.target.toString() : undefined,
    source: d.source,
    severity: vscode.DiagnosticSeverity[d.severity],
    message: d.message,
    range: at(d.range),
    related: d.relatedInformation?.map((r) => ({ uri: r.location.uri.toString(), message: r.message, range: at(r.location.range) })),
  };
}

describe('Diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports IMR001 on a contradictory letter with code, documentation target, source and related information', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 on the contradictory letter');
    // The only finding on this letter: the Upheld tramadol item whose rationale concludes it is necessary.
    const heading = lineOf(doc, 'Tramadol ER 100mg #30:  Upheld');
    const concluding = lineOf(doc, 'As such, the request for tramadol ER is medically necessary.');
    const sentenceStart = doc.lineAt(concluding).text.indexOf('As such,');
    assert.deepStrictEqual(imrDiagnostics(doc.uri).map(whole), [
      {
        code: 'IMR001',
        target: 'imr-review-rule:/IMR001.md',
        source: SOURCE,
        severity: 'Error',
        // Plain words that quote the letter's concluding sentence (issue 16, point 4).
        message: '"Tramadol ER 100mg #30" is Upheld, but the rationale ends: "As such, the request for tramadol ER is medically necessary."',
        // The heading line, and the concluding sentence to its end.
        range: `${heading}:0-${heading}:${doc.lineAt(heading).text.length}`,
        related: [{ uri: doc.uri.toString(), message: 'Concluding sentence: medically necessary', range: `${concluding}:${sentenceStart}-${concluding}:${doc.lineAt(concluding).text.length}` }],
      },
    ]);
    assert.strictEqual(doc.lineAt(heading).text, 'Tramadol ER 100mg #30:  Upheld');
  });

  it('links IMR001 to documentation that opens: the rule\'s generated page (what it checks, why, an example)', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const [d] = (await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001')).filter((x) => codeOf(x) === 'IMR001');
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code must be {value, target: Uri} so the ID links to its documentation');
    const page = await vscode.workspace.openTextDocument(d.code.target);
    // The page served is the one in docs/rules (both come from ruleMarkdown; gen-rule-docs --check keeps the file current).
    const expected = fs.readFileSync(path.join(REPO, 'docs', 'rules', 'IMR001.md'), 'utf8');
    assert.strictEqual(page.getText(), expected);
    assert.match(expected, /^# IMR001 decision-contradicts-rationale\n/);
    assert.match(expected, /example/i);
  });

  it('reports nothing on a consistent letter, and recomputes on edit', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    // Make the Upheld item conclude "medically necessary": the contradiction must appear ...
    await replaceInDocument(doc, 'the request for tramadol is not medically necessary', 'the request for tramadol is medically necessary');
    await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 after making the letter contradictory');
    const heading = lineOf(doc, 'Tramadol 50mg #120:');
    const concluding = lineOf(doc, 'Therefore, the request for tramadol is medically necessary.');
    const sentence = doc.lineAt(concluding).text.indexOf('Therefore,');
    assert.deepStrictEqual(imrDiagnostics(doc.uri).map((d) => [codeOf(d), at(d.range), d.message, d.relatedInformation?.map((r) => at(r.location.range))]), [
      [
        'IMR001',
        `${heading}:0-${heading}:${doc.lineAt(heading).text.length}`,
        '"Tramadol 50mg #120" is Upheld, but the rationale ends: "Therefore, the request for tramadol is medically necessary."',
        [`${concluding}:${sentence}-${concluding}:${doc.lineAt(concluding).text.length}`],
      ],
    ]);
    // ... and go away with the edit undone: the consistent text has no finding at all.
    await replaceInDocument(doc, 'the request for tramadol is medically necessary', 'the request for tramadol is not medically necessary');
    const after = await waitForDiagnostics(doc.uri, lacksRule('IMR001'), 'IMR001 to go away after the edit was undone');
    assert.deepStrictEqual(after.map((x) => `${codeOf(x)} ${x.message}`), [], 'a consistent letter has no diagnostics');
    assert.ok(await doc.save(), 'the restored letter could not be saved');
  });

  it('clears the diagnostics of a letter when it is closed', async () => {
    const text = readWorkspaceFile('letters', 'contradictory-shoulder.txt');
    assert.ok(text);
    const doc = await vscode.workspace.openTextDocument({ content: text, language: 'imr' });
    await vscode.window.showTextDocument(doc);
    await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 on the untitled letter');
    const closed = waitFor(vscode.workspace.onDidCloseTextDocument, (d) => sameUri(d.uri, doc.uri), 15000, 'the untitled letter to close');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'the closed letter to have no diagnostics');
  });

  describe('severity from settings (imrReview.rules)', () => {
    const config = () => vscode.workspace.getConfiguration('imrReview');
    after(async () => {
      await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('follows imrReview.rules by ID and by name, and turns the rule off', async () => {
      const doc = await openLetter('letters', 'contradictory-shoulder.txt');
      await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 before changing settings');
      const severityIs = (s: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'IMR001' && d.severity === s);

      await config().update('rules', { IMR001: 'warning' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, severityIs(vscode.DiagnosticSeverity.Warning), 'IMR001 as a warning');

      await config().update('rules', { 'decision-contradicts-rationale': 'info' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, severityIs(vscode.DiagnosticSeverity.Information), 'IMR001 as information (set by rule name)');

      await config().update('rules', { IMR001: 'off' }, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, lacksRule('IMR001'), 'IMR001 turned off');

      await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await waitForDiagnostics(doc.uri, severityIs(vscode.DiagnosticSeverity.Error), 'IMR001 back to its default (error)');
    });
  });
});
