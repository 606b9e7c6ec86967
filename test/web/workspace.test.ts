// The workspace features in the web extension, as test/suite/workspace.test.ts checks them: Check
// all letters puts a never-opened letter's finding in Problems, the IMR Decisions tree lists the
// letters and their items (through the API activate() returns), and the overview opens.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, type ImrApi, openDocumentFor, treeLabel, waitForDiagnostics, waitUntil } from '../suite/editorHelpers';
import { workspaceUri } from './workspace';

type Tree = vscode.TreeDataProvider<unknown>;

describe('The workspace in the web extension', () => {
  let api: ImrApi;
  before(async () => {
    api = await activateExtension();
  });

  it('"Check all letters in workspace" reports a letter that was never opened', async () => {
    const unopened = workspaceUri('batch', 'never-opened-elbow.txt');
    assert.strictEqual(openDocumentFor(unopened), undefined, 'the letter must not be open for this test');
    const found = waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 for the unopened letter', 60000);
    await vscode.commands.executeCommand('imrReview.checkWorkspace');
    await found;
    assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceUri('notes', 'meeting-notes.txt')), [], 'a note gets no problems');
  });

  it('the "IMR Decisions" tree lists the letters and their items with decisions', async () => {
    const tree = api.decisionsTree as Tree | undefined;
    assert.ok(tree && typeof tree.getChildren === 'function', `activate() exposes the tree's provider; the API has: ${Object.keys(api).join(', ')}`);
    const letters = (await tree.getChildren()) ?? [];
    const nodes = await Promise.all(letters.map(async (element) => ({ element, item: await tree.getTreeItem(element) })));
    const names = nodes.map((n) => treeLabel(n.item));
    for (const name of ['contradictory-shoulder', 'consistent-knee', 'never-opened-elbow']) assert.ok(names.some((n) => n.includes(name)), `${name} is listed: ${names.join(', ')}`);
    assert.ok(!names.some((n) => n.includes('meeting-notes')), 'a note is not listed');
    const shoulder = nodes.find((n) => treeLabel(n.item).includes('contradictory-shoulder'));
    assert.ok(shoulder);
    const items = await Promise.all(((await tree.getChildren(shoulder.element)) ?? []).map((c) => tree.getTreeItem(c)));
    const tramadol = items.find((i) => treeLabel(i).includes('Tramadol ER 100mg #30'));
    assert.ok(tramadol, `no Tramadol item among: ${items.map(treeLabel).join(', ')}`);
    const tooltip = typeof tramadol.tooltip === 'string' ? tramadol.tooltip : (tramadol.tooltip?.value ?? '');
    assert.match(`${tramadol.description ?? ''} ${tooltip}`, /Upheld/);
    assert.ok(tramadol.command, 'clicking an item reveals it');
  });

  it('opens the decisions overview with the workspace\'s counts', async () => {
    const data = await vscode.commands.executeCommand<{ letters: number; items: number } | undefined>('imrReview.showDecisionsOverview');
    assert.ok(data, 'the overview returned its counts');
    assert.ok(data.letters >= 4 && data.items >= 5, `letters ${data.letters}, items ${data.items}`);
    const isOverview = (t: vscode.Tab) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('imrReview.decisionsOverview');
    await waitUntil(() => vscode.window.tabGroups.all.some((g) => g.tabs.some(isOverview)), [vscode.window.tabGroups.onDidChangeTabs], 15000, 'the overview tab');
  });
});
