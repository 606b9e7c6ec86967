// A PDF letter in the web extension (issue 15): the web build reads PDFs in-process (no worker
// threads). A letter rendered to PDF here (pdf-lib, bundled into the suite) is written into the
// workspace and opened with the command of the Explorer's context menu: a read-only `imr-pdf`
// document with its items in the Outline and its contradiction in Problems.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { letterPdf } from '../suite/pdfFixtures';
import { activateExtension, codeOf, lineOf, openPdfLetter, requireCommand, waitForDiagnostics } from '../suite/editorHelpers';
import { readText, workspaceUri } from './workspace';

const OPEN = 'imrReview.openAsLetter';

function allNames(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...allNames(s.children)]);
}

describe('A PDF letter in the web extension', () => {
  let folder: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    await requireCommand(OPEN, 'Open as IMR Letter');
    folder = workspaceUri(`pdf-web-${Date.now()}`);
    const text = await readText(workspaceUri('letters', 'contradictory-shoulder.txt'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'shoulder.pdf'), await letterPdf(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('opens with Open as IMR Letter as a read-only imr document', async () => {
    const pdf = vscode.Uri.joinPath(folder, 'shoulder.pdf');
    // The first PDF loads pdf.js into the worker: more time than on the desktop.
    doc = await openPdfLetter(pdf, 60000);
    assert.match(doc.getText(), /Tramadol ER 100mg #30: +Upheld/);
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem('imr-pdf'), false, 'PDF letters are read-only');
  });

  it('shows its Outline and Problems', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = allNames(symbols ?? []);
    for (const title of ['Tramadol ER 100mg #30', 'Subacromial corticosteroid injection of the right shoulder']) assert.ok(names.includes(title), `the Outline names "${title}": ${names.join(' | ')}`);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the PDF letter\'s problems');
    assert.deepStrictEqual(ds.map((d) => [codeOf(d), d.range.start.line]), [['IMR001', lineOf(doc, 'Tramadol ER 100mg #30:')]]);
  });
});
