// Issue 16, point 5: an ignore says what it did and can be undone; the status bar counts what is
// ignored; "Manage suppressions" offers to create .imr-review.json when there is none.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeActions, codeOf, type ImrApi, openLetter, waitForDiagnostics, waitUntil, workspaceRoot } from './helpers';

const CONFIG_FILE = '.imr-review.json';
const POLL_MS = 50;

describe('Ignoring a finding (issue 16)', () => {
  let api: ImrApi;
  const configPath = () => path.join(workspaceRoot(), CONFIG_FILE);
  let saved: string | undefined;

  before(async () => {
    api = await activateExtension();
  });
  beforeEach(() => {
    saved = fs.existsSync(configPath()) ? fs.readFileSync(configPath(), 'utf8') : undefined;
  });
  afterEach(async () => {
    const uri = vscode.Uri.file(configPath());
    if (saved === undefined) {
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(uri, { ignoreIfNotExists: true });
      assert.ok(await vscode.workspace.applyEdit(edit), `${CONFIG_FILE} could not be removed`);
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(saved));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 back once the suppression is gone');
  });

  /** Runs the "Ignore IMR001 for this item" quick fix on the contradictory letter, shown in an editor. */
  async function ignoreIMR001(): Promise<vscode.TextDocument> {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    await vscode.window.showTextDocument(doc);
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 before ignoring')).filter((x) => codeOf(x) === 'IMR001');
    const ignore = (await codeActions(doc, d)).find((a) => a.command?.command === 'imrReview.ignoreForItem');
    assert.ok(ignore?.command, 'no "Ignore IMR001 for this item" action');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 silenced by the ignore');
    return doc;
  }

  type Tree = vscode.TreeDataProvider<unknown>;
  /** The description of the contradictory letter's row in "IMR Decisions", after a refresh. */
  async function letterRow(): Promise<string> {
    await (api.decisions as { refresh(): Promise<void> }).refresh();
    const tree = api.decisionsTree as Tree;
    for (const node of (await tree.getChildren()) ?? []) {
      const item = await tree.getTreeItem(node);
      if (/contradictory-shoulder/.test(String(item.resourceUri ?? ''))) return String(item.description ?? '');
    }
    assert.fail('no row for contradictory-shoulder.txt in IMR Decisions');
  }

  const statusText = () => (api.statusText as () => string)();
  const events = () => [api.onDidAnalyze as vscode.Event<unknown>, vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>];

  it('counts the ignored finding in the status bar, and Undo deletes the file the ignore created', async () => {
    if (fs.existsSync(configPath())) fs.rmSync(configPath());
    const doc = await ignoreIMR001();
    assert.ok(fs.existsSync(configPath()), `the ignore created ${CONFIG_FILE}`);
    await waitUntil(() => /· 1 ignored$/.test(statusText()), events(), 15000, () => `"1 ignored" in the status bar (it says "${statusText()}")`, POLL_MS);
    assert.match(await letterRow(), /\b1 ignored\b/, 'the letter row of IMR Decisions counts the ignored finding');

    const undone = await vscode.commands.executeCommand<string | undefined>('imrReview.undoIgnore');
    assert.strictEqual(undone, 'deleted', 'Undo deletes the file the ignore created and nothing else changed');
    assert.ok(!fs.existsSync(configPath()), `${CONFIG_FILE} is gone`);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 back after Undo');
    await waitUntil(() => /1 problem$/.test(statusText()), events(), 15000, () => `no "ignored" in the status bar after Undo (it says "${statusText()}")`, POLL_MS);
    assert.strictEqual(await vscode.commands.executeCommand('imrReview.undoIgnore'), undefined, 'nothing left to undo');
    assert.doesNotMatch(await letterRow(), /ignored/);
  });

  it('Undo removes exactly the entry it added from an existing file, comments and all', async () => {
    const original = '{\n  // kept by the team\n  "rules": { "IMR010": "off" },\n  "ignore": [\n    { "rule": "IMR007", "file": "letters/consistent-knee.txt" } // reviewed\n  ]\n}\n';
    fs.writeFileSync(configPath(), original);
    const doc = await ignoreIMR001();
    assert.notStrictEqual(fs.readFileSync(configPath(), 'utf8'), original, 'the ignore added an entry');
    assert.strictEqual(await vscode.commands.executeCommand('imrReview.undoIgnore'), 'removed');
    assert.strictEqual(fs.readFileSync(configPath(), 'utf8'), original, 'the file is as it was before the ignore');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 back after Undo');
  });

  it('"Manage suppressions" creates .imr-review.json when there is none, and opens it', async () => {
    if (fs.existsSync(configPath())) fs.rmSync(configPath());
    const removed = await vscode.commands.executeCommand<number>('imrReview.manageSuppressions', { create: true });
    assert.strictEqual(removed, 0);
    assert.ok(fs.existsSync(configPath()), `${CONFIG_FILE} was created`);
    const parsed = JSON.parse(fs.readFileSync(configPath(), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as unknown;
    assert.deepStrictEqual(parsed, { rules: {}, ignore: [] });
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.fsPath, vscode.Uri.file(configPath()).fsPath, 'the new file is open');
  });
});
