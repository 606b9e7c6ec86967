// A letter in the web extension, as the Node suite checks it (test/suite/language, outline,
// diagnostics and export tests): a .txt letter opens as `imr`, a note stays plaintext, the Outline
// lists its items with their decisions, Problems shows the contradiction, and Export decision
// summary writes the summary through vscode.workspace.fs.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, lineOf, openDocumentFor, requireCommand, waitForDiagnostics } from '../suite/editorHelpers';
import { openLetter, readText, workspaceUri } from './workspace';

const EXPORT = 'imrReview.exportDecisionSummary';

function allSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...allSymbols(s.children)]);
}

describe('A letter in the web extension', () => {
  before(async () => {
    await activateExtension();
  });

  it('opens a letter named *.txt as imr and leaves a note as plaintext', async () => {
    const note = await vscode.workspace.openTextDocument(workspaceUri('notes', 'meeting-notes.txt'));
    const doc = await openLetter('letters', 'consistent-knee.txt');
    assert.strictEqual(doc.languageId, 'imr');
    // Documents are handled in the order they open: the letter opened after the note was switched.
    assert.strictEqual(openDocumentFor(note.uri)?.languageId, 'plaintext', 'a text file that is not a letter keeps plaintext');
  });

  it('lists the items with their decisions in the Outline', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols for a letter');
    const items = allSymbols(symbols).filter((s) => s.name.startsWith('Tramadol') || s.name.startsWith('Physical therapy'));
    assert.deepStrictEqual(
      items.map((i) => [i.name, i.detail]),
      [
        ['Tramadol 50mg #120', 'Upheld'],
        ['Physical therapy 8 sessions for the left knee', 'Overturned'],
      ],
    );
    assert.strictEqual(items[0].selectionRange.start.line, lineOf(doc, 'Tramadol 50mg #120:'));
  });

  it('shows the contradiction of a letter in Problems', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const ds = await waitForDiagnostics(doc.uri, (d) => d.some((x) => codeOf(x) === 'IMR001'), 'IMR001 on the contradictory letter');
    assert.deepStrictEqual(
      ds.map((d) => [codeOf(d), d.severity, d.range.start.line]),
      [['IMR001', vscode.DiagnosticSeverity.Error, lineOf(doc, 'Tramadol ER 100mg #30:')]],
    );
    assert.match(ds[0].message, /Tramadol ER 100mg #30/);
  });

  it('exports the decision summary of a letter through the workspace file system', async () => {
    await requireCommand(EXPORT, 'Export decision summary');
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const target = workspaceUri('exports', `web-${Date.now()}`, 'contradictory-shoulder.summary.json');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, doc.uri, { format: 'json', target });
    assert.ok(written, 'the command returned no Uri');
    assert.strictEqual(written.toString(), target.toString());
    const summary = JSON.parse(await readText(target)) as { letters: { items: { title: string; decision: string | null }[]; findings: { rule: string }[] }[] };
    assert.deepStrictEqual(
      summary.letters[0].items.map((i) => [i.title, i.decision]),
      [
        ['Tramadol ER 100mg #30', 'Upheld'],
        ['Subacromial corticosteroid injection of the right shoulder', 'Overturned'],
      ],
    );
    assert.deepStrictEqual(summary.letters[0].findings.map((f) => f.rule), ['IMR001']);
  });
});
