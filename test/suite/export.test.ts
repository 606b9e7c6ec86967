// "Export decision summary": the command writes the summary where it is told to, with the same
// content as the renderers, and never overwrites an existing file unless told to.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, openLetter, readWorkspaceFile, replaceInDocument, requireCommand, waitUntil, workspaceRoot } from './helpers';

const COMMAND = 'imrReview.exportDecisionSummary';

interface JsonSummary {
  schemaVersion: number;
  letters: { file: string; items: { title: string; decision: string | null; conclusion: { necessity: string } }[]; findings: { rule: string; item?: number }[] }[];
}

describe('Export decision summary', () => {
  let outDir: string;
  before(async () => {
    await activateExtension();
    await requireCommand(COMMAND, 'Export decision summary (issue 3)');
    outDir = path.join(workspaceRoot(), 'exports', `run-${Date.now()}`);
    fs.mkdirSync(outDir, { recursive: true });
  });

  it('writes the JSON summary of a letter to the target', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const target = vscode.Uri.file(path.join(outDir, 'contradictory-shoulder.summary.json'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, doc.uri, { format: 'json', target });
    assert.ok(written, 'the command returned no Uri');
    assert.strictEqual(written.toString(), target.toString());
    const summary = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as JsonSummary;
    assert.strictEqual(summary.schemaVersion, 1);
    assert.strictEqual(summary.letters.length, 1);
    const [letter] = summary.letters;
    assert.match(letter.file, /contradictory-shoulder\.txt$/);
    assert.deepStrictEqual(
      letter.items.map((i) => [i.title, i.decision, i.conclusion.necessity]),
      [
        ['Tramadol ER 100mg #30', 'Upheld', 'necessary'],
        ['Subacromial corticosteroid injection of the right shoulder', 'Overturned', 'necessary'],
      ],
    );
    assert.deepStrictEqual(letter.findings.map((f) => [f.rule, f.item]), [['IMR001', 0]]);
  });

  it('writes Markdown and CSV too', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const md = vscode.Uri.file(path.join(outDir, 'consistent-knee.summary.md'));
    assert.ok(await vscode.commands.executeCommand(COMMAND, doc.uri, { format: 'markdown', target: md }));
    const mdText = fs.readFileSync(md.fsPath, 'utf8');
    assert.match(mdText, /Tramadol 50mg #120/);
    assert.match(mdText, /Upheld/);
    assert.match(mdText, /Physical therapy 8 sessions for the left knee/);
    const csv = vscode.Uri.file(path.join(outDir, 'consistent-knee.summary.csv'));
    assert.ok(await vscode.commands.executeCommand(COMMAND, doc.uri, { format: 'csv', target: csv }));
    const rows = fs.readFileSync(csv.fsPath, 'utf8').trim().split(/\r?\n/);
    assert.strictEqual(rows.length, 4, 'a header, one row per item and the totals');
    assert.match(rows[1], /Tramadol 50mg #120/);
    assert.match(rows[2], /Overturned/);
    assert.match(rows[3], /^TOTAL,/);
  });

  it('opens a Markdown summary as its rendered preview, and JSON or CSV as text (issue 16)', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const md = vscode.Uri.file(path.join(outDir, 'preview-shoulder.summary.md'));
    const describeTab = () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      const input = t?.input;
      const kind = input instanceof vscode.TabInputWebview ? `webview ${input.viewType}` : input instanceof vscode.TabInputText ? `text ${input.uri.fsPath}` : 'other';
      return `the active tab is "${t?.label}" (${kind})`;
    };
    assert.ok(await vscode.commands.executeCommand(COMMAND, doc.uri, { format: 'markdown', target: md }));
    const preview = await waitUntil(
      () => {
        const t = vscode.window.tabGroups.activeTabGroup.activeTab;
        // VS Code reuses its one preview that follows the editor (an earlier export's), retitled once it shows this file.
        return t?.input instanceof vscode.TabInputWebview && t.input.viewType.includes('markdown.preview') && t.label === 'Preview preview-shoulder.summary.md' ? t : undefined;
      },
      [vscode.window.tabGroups.onDidChangeTabs],
      15000,
      () => `the Markdown preview of the summary as the active tab (${describeTab()})`,
    );
    const sources = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === md.toString());
    assert.deepStrictEqual(sources.map((t) => t.label), [], 'the Markdown source is not opened');
    assert.match(fs.readFileSync(md.fsPath, 'utf8'), /^## Item 2 — Subacromial corticosteroid injection of the right shoulder: Overturned$/m);
    await vscode.window.tabGroups.close(preview);

    const json = vscode.Uri.file(path.join(outDir, 'preview-shoulder.summary.json'));
    assert.ok(await vscode.commands.executeCommand(COMMAND, doc.uri, { format: 'json', target: json }));
    const active = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(active?.input instanceof vscode.TabInputText && active.input.uri.toString() === json.toString(), describeTab());
  });

  it('refuses to overwrite an existing file, unless told to', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const target = vscode.Uri.file(path.join(outDir, 'existing.json'));
    fs.writeFileSync(target.fsPath, 'keep me\n');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, doc.uri, { format: 'json', target });
    assert.strictEqual(refused, undefined, 'an existing target must not be written');
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), 'keep me\n', 'the existing file is unchanged');

    const forced = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, doc.uri, { format: 'json', target, overwrite: true });
    assert.ok(forced, 'overwrite: true writes');
    assert.strictEqual((JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as JsonSummary).schemaVersion, 1);
  });

  it('writes through a symlink and keeps a 0600 file 0600 (issue 12)', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const real = path.join(outDir, 'private', 'summary.json');
    fs.mkdirSync(path.dirname(real), { recursive: true });
    fs.writeFileSync(real, 'old\n', { mode: 0o600 });
    fs.chmodSync(real, 0o600);
    const link = path.join(outDir, 'linked-summary.json');
    fs.symlinkSync(path.join('private', 'summary.json'), link);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(COMMAND, doc.uri, { format: 'json', target: vscode.Uri.file(link), overwrite: true });
    assert.ok(written, 'the command returned no Uri');
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link stays a link');
    assert.strictEqual((JSON.parse(fs.readFileSync(real, 'utf8')) as JsonSummary).schemaVersion, 1, 'the file it leads to has the summary');
    assert.strictEqual((fs.statSync(real).mode & 0o777).toString(8), '600', 'patient data stays private');
    assert.deepStrictEqual(fs.readdirSync(path.dirname(real)).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  });

  it('exports what the editor holds: unsaved edits and untitled letters', async () => {
    // Unsaved: the summary follows the buffer, the file on disk stays as it was.
    const doc = await openLetter('letters', 'consistent-knee.txt');
    await replaceInDocument(doc, 'Tramadol 50mg #120:', 'Tramadol 50mg #90:');
    assert.ok(doc.isDirty);
    const edited = vscode.Uri.file(path.join(outDir, 'unsaved.summary.json'));
    assert.ok(await vscode.commands.executeCommand(COMMAND, doc.uri, { format: 'json', target: edited }));
    const fromBuffer = JSON.parse(fs.readFileSync(edited.fsPath, 'utf8')) as JsonSummary;
    assert.strictEqual(fromBuffer.letters[0].items[0].title, 'Tramadol 50mg #90', 'the unsaved heading is exported');
    assert.match(readWorkspaceFile('letters', 'consistent-knee.txt') ?? '', /Tramadol 50mg #120:/, 'the letter on disk is untouched');
    await replaceInDocument(doc, 'Tramadol 50mg #90:', 'Tramadol 50mg #120:');
    assert.ok(await doc.save());

    // Untitled: a letter pasted into a new editor, never saved.
    const text = readWorkspaceFile('letters', 'contradictory-shoulder.txt');
    assert.ok(text);
    const untitled = await vscode.workspace.openTextDocument({ content: text, language: 'imr' });
    assert.strictEqual(untitled.uri.scheme, 'untitled');
    const target = vscode.Uri.file(path.join(outDir, 'untitled.summary.md'));
    assert.ok(await vscode.commands.executeCommand(COMMAND, untitled.uri, { format: 'markdown', target }));
    const md = fs.readFileSync(target.fsPath, 'utf8');
    assert.match(md, /Tramadol ER 100mg #30/);
    assert.match(md, /IMR001/, 'the findings of the buffer are in the summary');
  });
});
