// Issue 15: PDF letters in the workspace features. A folder of the test workspace gets a PDF letter
// (a suite letter rendered in the test with pdf-lib, one text run per line), a PDF that is not a
// letter and a truncated one. The IMR Decisions tree lists the letter and opens its `imr-pdf`
// document at an item, "Check all letters" puts its problems on that document and counts the other
// two, the workspace export names the PDF, Ctrl+T finds its items, the decisions overview counts
// it, and imrReview.pdf.enabled off takes it out of all of these (on brings it back).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { claim } from '../budget';
import { activateExtension, codeOf, imrDiagnostics, type ImrApi, treeLabel, waitForDiagnostics, waitUntil, workspaceUri } from './helpers';

type Tree = vscode.TreeDataProvider<unknown>;

interface CheckResult {
  letters: number;
  skipped: number;
  unreadable: number;
  cancelled: boolean;
}

const LINES_PER_PAGE = 50;

/** The text as a PDF a report writer would make: one text run per line, a new page every 50 lines. */
async function renderPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = text.split(/\r?\n/);
  for (let first = 0; first < lines.length; first += LINES_PER_PAGE) {
    const page = doc.addPage([612, 792]);
    lines.slice(first, first + LINES_PER_PAGE).forEach((line, i) => {
      if (line.trim()) page.drawText(line, { x: 54, y: 740 - i * 13.2, size: 10, font });
    });
  }
  return doc.save();
}

/** The document a PDF letter opens as (the PDF service's letterUriForPdf for a local file). */
const pdfDocument = (file: vscode.Uri) => file.with({ scheme: 'imr-pdf' });

async function letterNodes(tree: Tree): Promise<{ element: unknown; item: vscode.TreeItem }[]> {
  const letters = (await tree.getChildren()) ?? [];
  return Promise.all(letters.map(async (element) => ({ element, item: await tree.getTreeItem(element) })));
}

/** Waits for a tree change after which the listed letters satisfy `ok` (subscribed before `change` runs). */
async function treeAfter(tree: Tree, change: () => Thenable<unknown>, ok: (names: string[]) => boolean, what: string): Promise<string[]> {
  claim(60000, what);
  const seen = new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after 60000 ms waiting for ${what}`));
    }, 60000);
    const sub = tree.onDidChangeTreeData!(async () => {
      const names = (await letterNodes(tree)).map((l) => treeLabel(l.item));
      if (ok(names)) {
        clearTimeout(timer);
        sub.dispose();
        resolve(names);
      }
    });
  });
  await change();
  return seen;
}

/**
 * Ctrl+T's answer once `ok` holds. The index follows the disk and the settings without an event
 * of its own, so the query is asked again every 200 ms until then: a bounded wait, not a sleep.
 */
async function symbolsUntil(query: string, ok: (found: vscode.SymbolInformation[]) => boolean, what: string): Promise<vscode.SymbolInformation[]> {
  claim(30000, what);
  const deadline = Date.now() + 30000;
  for (;;) {
    const found = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
    if (ok(found)) return found;
    if (Date.now() > deadline) throw new Error(`timed out after 30000 ms waiting for ${what}: ${found.map((s) => `${s.location.uri.toString()} ${s.name}`).join('; ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const overview = async () => {
  const data = await vscode.commands.executeCommand<{ letters: number; items: number } | undefined>('imrReview.showDecisionsOverview');
  assert.ok(data, 'the overview returned its counts');
  return data;
};

const checkWorkspace = () => vscode.commands.executeCommand<CheckResult>('imrReview.checkWorkspace');

describe('Workspace PDF letters', function () {
  this.timeout(300000);
  const dir = `pdf-letters-${Date.now()}`;
  let api: ImrApi;
  let tree: Tree;
  let letter: vscode.Uri;
  let doc: vscode.Uri;
  const settings = () => vscode.workspace.getConfiguration();

  before(async () => {
    api = await activateExtension();
    tree = api.decisionsTree as Tree;
    const text = fs.readFileSync(workspaceUri('letters', 'contradictory-shoulder.txt').fsPath, 'utf8');
    const notes = fs.readFileSync(workspaceUri('notes', 'meeting-notes.txt').fsPath, 'utf8');
    const pdf = await renderPdf(text);
    letter = workspaceUri(dir, 'shoulder-letter.pdf');
    doc = pdfDocument(letter);
    await vscode.workspace.fs.writeFile(letter, pdf);
    await vscode.workspace.fs.writeFile(workspaceUri(dir, 'notes.pdf'), await renderPdf(notes));
    // Cut in half: no cross-reference table, no trailer.
    await vscode.workspace.fs.writeFile(workspaceUri(dir, 'truncated.pdf'), pdf.slice(0, Math.floor(pdf.length / 2)));
    await (api.decisions as { refresh(): Promise<void> }).refresh();
  });

  after(async () => {
    await settings().update('imrReview.pdf.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false });
  });

  it('the IMR Decisions tree lists the PDF letter and its items, not the other PDFs', async () => {
    const nodes = await letterNodes(tree);
    const names = nodes.map((n) => treeLabel(n.item));
    const node = nodes.find((n) => treeLabel(n.item) === 'shoulder-letter.pdf');
    assert.ok(node, `the PDF letter is listed: ${names.join(', ')}`);
    assert.ok(!names.includes('notes.pdf') && !names.includes('truncated.pdf'), `neither the notes nor the damaged PDF: ${names.join(', ')}`);
    assert.strictEqual((node.item.command?.arguments?.[0] as vscode.Uri).toString(), doc.toString(), 'the letter opens as its imr-pdf document');
    const items = await Promise.all(((await tree.getChildren(node.element)) ?? []).map((c) => tree.getTreeItem(c)));
    assert.ok(items.some((i) => treeLabel(i).includes('Tramadol ER 100mg #30')), items.map(treeLabel).join(', '));
    assert.ok(items.some((i) => treeLabel(i).includes('Subacromial corticosteroid injection')), items.map(treeLabel).join(', '));
  });

  it('"Check all letters" puts the PDF letter\'s problems on its imr-pdf document and counts the other PDFs', async () => {
    const found = waitForDiagnostics(doc, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 on the PDF letter', 60000);
    const on = await checkWorkspace();
    await found;
    assert.deepStrictEqual(imrDiagnostics(letter), [], 'nothing on the PDF file itself');
    assert.deepStrictEqual(imrDiagnostics(pdfDocument(workspaceUri(dir, 'notes.pdf'))), []);
    assert.ok(on.skipped >= 2 && on.unreadable >= 1, `the notes PDF skipped, the truncated one unreadable: ${JSON.stringify(on)}`);
  });

  it('the workspace export has the PDF letter\'s items, named by the PDF', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pdf-export-')), 'decisions.csv');
    try {
      await vscode.commands.executeCommand('imrReview.exportWorkspaceSummaries', { format: 'csv', target: vscode.Uri.file(out) });
      const rows = fs.readFileSync(out, 'utf8').split('\n');
      const ours = rows.filter((r) => r.startsWith(`${dir}/`));
      assert.ok(ours.length >= 2, `rows of the PDF letter: ${ours.join(' | ')}`);
      assert.ok(ours.every((r) => r.startsWith(`${dir}/shoulder-letter.pdf,`)), ours.join(' | '));
      assert.ok(ours.some((r) => r.includes('Tramadol ER 100mg #30')));
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });

  it('Ctrl+T finds the PDF letter\'s items in its imr-pdf document', async () => {
    const found = await symbolsUntil('Tramadol ER', (f) => f.some((s) => s.location.uri.toString() === doc.toString()), 'the PDF letter in Ctrl+T');
    const hit = found.find((s) => s.location.uri.toString() === doc.toString())!;
    assert.match(hit.name, /Tramadol ER 100mg #30/);
    // Read through the imr-pdf file system, not opened: an open letter would keep live problems in the tests below.
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(doc)).split(/\r?\n/);
    const r = hit.location.range;
    assert.strictEqual(r.start.line, r.end.line);
    assert.match(lines[r.start.line].slice(r.start.character, r.end.character), /Tramadol ER 100mg #30/, 'the location is the title in the document users see');
    assert.ok(found.every((s) => s.location.uri.scheme !== 'file' || !s.location.uri.path.endsWith('.pdf')), 'never the binary file');
  });

  it('a PDF letter created on disk joins the tree (the watchers take *.pdf)', async () => {
    const names = await treeAfter(
      tree,
      () => vscode.workspace.fs.copy(letter, workspaceUri(dir, 'copied-letter.pdf')),
      (n) => n.includes('copied-letter.pdf'),
      'the copied PDF letter in the tree',
    );
    assert.ok(names.includes('shoulder-letter.pdf'));
    await treeAfter(tree, () => vscode.workspace.fs.delete(workspaceUri(dir, 'copied-letter.pdf')), (n) => !n.includes('copied-letter.pdf'), 'the copy gone from the tree');
  });

  it('imrReview.pdf.enabled off takes PDF letters out of the tree, the check, the export, the overview and Ctrl+T; on brings them back', async () => {
    const on = await checkWorkspace();
    const overviewOn = await overview();
    await waitForDiagnostics(doc, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 on the PDF letter before');
    await treeAfter(tree, () => settings().update('imrReview.pdf.enabled', false, vscode.ConfigurationTarget.Workspace), (n) => !n.includes('shoulder-letter.pdf'), 'the tree without the PDF letter');
    await waitForDiagnostics(doc, (ds) => ds.length === 0, 'the PDF letter\'s problems dropped with the setting');
    const off = await checkWorkspace();
    assert.deepStrictEqual(
      { letters: on.letters - off.letters, skipped: on.skipped - off.skipped, unreadable: on.unreadable - off.unreadable },
      { letters: 1, skipped: 1, unreadable: 1 },
      'the PDF letter, the notes PDF and the truncated PDF are no longer read',
    );
    assert.deepStrictEqual(imrDiagnostics(doc), [], 'a new check does not read it');
    const overviewOff = await overview();
    assert.strictEqual(overviewOn.letters - overviewOff.letters, 1, 'the decisions overview counts the PDF letter only when on');
    assert.strictEqual(overviewOn.items - overviewOff.items, 2, 'and its two items');
    await symbolsUntil('Tramadol ER', (f) => f.length > 0 && f.every((s) => s.location.uri.toString() !== doc.toString()), 'Ctrl+T without the PDF letter');
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pdf-export-')), 'decisions.csv');
    try {
      await vscode.commands.executeCommand('imrReview.exportWorkspaceSummaries', { format: 'csv', target: vscode.Uri.file(out) });
      assert.ok(!fs.readFileSync(out, 'utf8').includes(`${dir}/`), 'the export leaves the PDFs out');
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }

    await treeAfter(tree, () => settings().update('imrReview.pdf.enabled', undefined, vscode.ConfigurationTarget.Workspace), (n) => n.includes('shoulder-letter.pdf'), 'the tree with the PDF letter again');
    await symbolsUntil('Tramadol ER', (f) => f.some((s) => s.location.uri.toString() === doc.toString()), 'Ctrl+T with the PDF letter again');
  });

  // Last: the document it opens stays open for a while after its editor closes, and an open
  // letter keeps its live problems whatever the workspace settings.
  it('an item of the PDF letter in the tree opens its imr-pdf document, in the imr language, with the item selected', async () => {
    const node = (await letterNodes(tree)).find((n) => treeLabel(n.item) === 'shoulder-letter.pdf');
    assert.ok(node, 'the PDF letter is listed');
    const items = await Promise.all(((await tree.getChildren(node.element)) ?? []).map((c) => tree.getTreeItem(c)));
    const tramadol = items.find((i) => treeLabel(i).includes('Tramadol ER 100mg #30'));
    assert.ok(tramadol?.command, `the Tramadol item, with a command: ${items.map(treeLabel).join(', ')}`);
    const [target, options] = tramadol.command.arguments as [vscode.Uri, vscode.TextDocumentShowOptions];
    assert.strictEqual(target.toString(), doc.toString());

    await vscode.commands.executeCommand(tramadol.command.command, ...(tramadol.command.arguments ?? []));
    const editor = await waitUntil(
      () => {
        const e = vscode.window.activeTextEditor;
        return e && e.document.uri.toString() === doc.toString() && e.document.languageId === 'imr' ? e : undefined;
      },
      [vscode.window.onDidChangeActiveTextEditor, vscode.workspace.onDidOpenTextDocument],
      30000,
      'the PDF letter open in the imr language',
    );
    assert.ok(options.selection && editor.selection.isEqual(options.selection as vscode.Range), 'the item is selected');
    assert.match(editor.document.getText(editor.selection), /Tramadol ER 100mg #30/);
  });
});
