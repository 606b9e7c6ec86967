// PDF letters in the editor (issue 15): a PDF rendered here from a synthetic letter (one text run a
// line, two pages) opens with the command the Explorer's context menu runs, as a read-only `imr`
// document with its Outline, Problems, hovers naming the page and quick fixes that only suppress;
// its summary is exported beside the PDF; a damaged PDF and a PDF that is not a letter say why.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { letterPdf } from './pdfFixtures';
import { activateExtension, codeActions, codeOf, lineOf, openDocumentFor, openPdfLetter, requireCommand, waitForDiagnostics, waitUntil, workspaceRoot } from './helpers';

const OPEN = 'imrReview.openAsLetter';
const EXPORT = 'imrReview.exportDecisionSummary';

const SECOND_ITEM = 'Subacromial corticosteroid injection of the right shoulder:';

const letterText = () => fs.readFileSync(path.join(workspaceRoot(), 'letters', 'contradictory-shoulder.txt'), 'utf8');
/** Two pages: the second item opens page 2. */
const paged = (text: string) => text.replace(SECOND_ITEM, `\f${SECOND_ITEM}`);

function allNames(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.flatMap((s) => [s.name, ...allNames(s.children)]);
}

describe('PDF letters: Open as IMR Letter', () => {
  let folder: string;
  let pdf: vscode.Uri;
  let doc: vscode.TextDocument;

  before(async () => {
    await activateExtension();
    await requireCommand(OPEN, 'Open as IMR Letter (issue 15)');
    folder = path.join(workspaceRoot(), `pdf-${Date.now()}`);
    fs.mkdirSync(folder, { recursive: true });
    const bytes = await letterPdf(paged(letterText()));
    fs.writeFileSync(path.join(folder, 'shoulder.pdf'), bytes);
    fs.writeFileSync(path.join(folder, 'damaged.pdf'), bytes.slice(0, Math.floor(bytes.length / 3)));
    fs.writeFileSync(path.join(folder, 'minutes.pdf'), await letterPdf('Minutes of the March meeting\n\nThe budget was approved.\n'));
    pdf = vscode.Uri.file(path.join(folder, 'shoulder.pdf'));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Out of the workspace again: the workspace features' tests count the letters there.
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens the PDF from the Explorer command as a read-only imr document', async () => {
    doc = await openPdfLetter(pdf);
    assert.match(doc.getText(), /Tramadol ER 100mg #30: +Upheld/);
    assert.match(doc.getText(), /\f/, 'a form feed between the pages');
    // Read-only: typing changes nothing, and nothing can be written back to the PDF.
    assert.strictEqual(vscode.workspace.fs.isWritableFileSystem('imr-pdf'), false);
    const before = doc.getText();
    await vscode.commands.executeCommand('type', { text: 'edited ' });
    assert.strictEqual(doc.getText(), before, 'typing into the PDF letter changed it');
    assert.ok(!doc.isDirty);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode('x'))), /read-only|NoPermissions/i);
  });

  it('shows its Outline and Problems', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const names = allNames(symbols ?? []);
    for (const title of ['Tramadol ER 100mg #30', 'Subacromial corticosteroid injection of the right shoulder']) assert.ok(names.includes(title), `the Outline names "${title}": ${names.join(' | ')}`);
    const ds = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'the PDF letter\'s problems');
    assert.deepStrictEqual(
      ds.map((d) => [codeOf(d), d.range.start.line]),
      [['IMR001', lineOf(doc, 'Tramadol ER 100mg #30:')]],
    );
  });

  it('names the page of an item in its hover', async () => {
    const line = lineOf(doc, SECOND_ITEM);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 2));
    const text = (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /p\. 2 of 2/);
  });

  it('offers only suppressions as quick fixes, keyed by the PDF\'s path', async () => {
    const [d] = await waitForDiagnostics(doc.uri, (x) => x.length > 0, 'the PDF letter\'s problems');
    const actions = await codeActions(doc, d);
    for (const a of actions) assert.strictEqual(a.edit, undefined, `"${a.title}" would edit the read-only text`);
    const ignore = actions.find((a) => a.title === 'Ignore IMR001 for this item');
    assert.ok(ignore?.command, actions.map((a) => a.title).join(' | '));
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitForDiagnostics(doc.uri, (x) => x.length === 0, 'IMR001 silenced by the suppression');
    const config = JSON.parse(fs.readFileSync(path.join(workspaceRoot(), '.imr-review.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { ignore?: { rule: string; file?: string; item?: string }[] };
    const entry = config.ignore?.find((e) => e.rule === 'IMR001' && e.file?.endsWith('.pdf'));
    assert.deepStrictEqual(entry, { rule: 'IMR001', file: `${path.basename(folder)}/shoulder.pdf`, item: 'Tramadol ER 100mg #30' });
    assert.strictEqual(await vscode.commands.executeCommand<number>('imrReview.manageSuppressions', { remove: [entry] }), 1);
    await waitForDiagnostics(doc.uri, (x) => x.length === 1, 'IMR001 back once the suppression is gone');
  });

  it('exports the decision summary beside the PDF', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, doc.uri, { format: 'json', toDefault: true });
    assert.ok(written, 'nothing was written');
    assert.strictEqual(written.fsPath, path.join(folder, 'shoulder.summary.json'));
    const summary = JSON.parse(fs.readFileSync(written.fsPath, 'utf8')) as { letters: { file: string; items: { title: string; page?: number }[]; findings: { rule: string }[] }[] };
    const [letter] = summary.letters;
    assert.match(letter.file, /shoulder\.pdf$/);
    assert.deepStrictEqual(letter.items.map((i) => i.title), ['Tramadol ER 100mg #30', 'Subacromial corticosteroid injection of the right shoulder']);
    assert.deepStrictEqual(letter.findings.map((f) => f.rule), ['IMR001']);
  });

  it('reloads when the PDF is saved again', async () => {
    const text = paged(letterText()).replace('Tramadol ER 100mg #30:  Upheld', 'Tramadol ER 100mg #30:  Overturned');
    const reloaded = waitUntil(() => /Tramadol ER 100mg #30: +Overturned/.test(doc.getText()), [vscode.workspace.onDidChangeTextDocument], 20000, 'the PDF letter to show the PDF saved again');
    fs.writeFileSync(pdf.fsPath, await letterPdf(text));
    await reloaded;
    assert.ok(!doc.isDirty);
    await waitForDiagnostics(doc.uri, (d) => d.length === 0, 'the overturned item\'s problem to go');
  });

  it('says why a damaged PDF or a PDF that is not a letter does not open', async () => {
    for (const [name, reason] of [
      ['damaged.pdf', /damaged\.pdf: .*(damaged|cannot read)/],
      ['minutes.pdf', null],
    ] as const) {
      const file = vscode.Uri.file(path.join(folder, name));
      assert.strictEqual(await vscode.commands.executeCommand(OPEN, file), undefined, `${name} is not opened as a letter`);
      assert.strictEqual(openDocumentFor(file.with({ scheme: 'imr-pdf' })), undefined);
      // Opened directly, its document shows the reason, naming the file (what the command's message says).
      if (reason) await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(file.with({ scheme: 'imr-pdf' }))), reason);
    }
  });
});
