// The Problems panel: findings as diagnostics with source, code + documentation target and related
// information; recomputed on edit; severities from the settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, imrDiagnostics, lineOf, openLetter, readWorkspaceFile, replaceInDocument, sameUri, SOURCE, waitFor, waitForDiagnostics } from './helpers';

const hasRule = (rule: string) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === rule);
const lacksRule = (rule: string) => (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === rule);

describe('Diagnostics', () => {
  before(async () => {
    await activateExtension();
  });

  it('reports IMR001 on a contradictory letter with code, documentation target, source and related information', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const ds = await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 on the contradictory letter');
    const imr001 = ds.filter((d) => codeOf(d) === 'IMR001');
    assert.strictEqual(imr001.length, 1, 'exactly one contradiction (the Upheld tramadol item)');
    const d = imr001[0];
    assert.strictEqual(d.source, SOURCE);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error, 'IMR001 is an error by default');
    assert.strictEqual(d.range.start.line, lineOf(doc, 'Tramadol ER 100mg #30:'));
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code must be {value, target: Uri} so the ID links to its documentation');
    assert.match(d.code.target.toString(), /IMR001/i, 'the documentation target names the rule');
    assert.ok(d.relatedInformation && d.relatedInformation.length > 0, 'related information points at the conclusion');
    const related = d.relatedInformation[0];
    assert.ok(sameUri(related.location.uri, doc.uri));
    assert.strictEqual(related.location.range.start.line, lineOf(doc, 'the request for tramadol ER is medically necessary'));
    assert.deepStrictEqual(imrDiagnostics(doc.uri).map(codeOf), ['IMR001'], 'no other finding on this letter');
  });

  it('links IMR001 to documentation that opens (what it checks, why, an example)', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const [d] = (await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001')).filter((x) => codeOf(x) === 'IMR001');
    assert.ok(typeof d.code === 'object');
    const page = await vscode.workspace.openTextDocument(d.code.target);
    const text = page.getText();
    assert.match(text, /IMR001/);
    assert.match(text, /decision-contradicts-rationale/);
    assert.ok(text.length > 200, 'the page explains the rule');
    assert.match(text, /example/i);
  });

  it('reports nothing on a consistent letter, and recomputes on edit', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    // Make the Upheld item conclude "medically necessary": the contradiction must appear ...
    await replaceInDocument(doc, 'the request for tramadol is not medically necessary', 'the request for tramadol is medically necessary');
    const withEdit = await waitForDiagnostics(doc.uri, hasRule('IMR001'), 'IMR001 after making the letter contradictory');
    assert.strictEqual(withEdit[0].range.start.line, lineOf(doc, 'Tramadol 50mg #120:'));
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
