// Issue 7: reviewing a whole folder. The workspace check puts findings of letters never opened in
// the Problems panel, the "IMR Decisions" tree lists letters and their items, and the workspace
// export writes one table for all letters.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, ImrApi, openDocumentFor, requireCommand, waitForDiagnostics, workspaceRoot, workspaceUri } from './helpers';

type Tree = vscode.TreeDataProvider<unknown>;

/** The tree's data provider, from the API activate() returns (the view itself has no API). */
function decisionsTree(api: ImrApi): Tree {
  const tree = api.decisionsTree as Tree | undefined;
  assert.ok(
    tree && typeof tree.getChildren === 'function' && typeof tree.getTreeItem === 'function',
    `activate() must expose the "IMR Decisions" TreeDataProvider as api.decisionsTree (issue 7); the API has: ${Object.keys(api).join(', ')}`,
  );
  return tree;
}

function label(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}

describe('Workspace review', () => {
  let api: ImrApi;
  before(async () => {
    api = await activateExtension();
  });

  it('"Check all letters in workspace" reports a letter that was never opened', async () => {
    await requireCommand('imrReview.checkWorkspace', 'the workspace check (issue 7)');
    const unopened = workspaceUri('batch', 'never-opened-elbow.txt');
    assert.strictEqual(openDocumentFor(unopened), undefined, 'the letter must not be open for this test');
    const found = waitForDiagnostics(unopened, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 for the unopened letter', 60000);
    await vscode.commands.executeCommand('imrReview.checkWorkspace');
    const ds = await found;
    assert.strictEqual(ds.filter((d) => codeOf(d) === 'IMR001').length, 1);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceUri('notes', 'meeting-notes.txt')), [], 'a note is not a letter and gets no problems');
  });

  it('the "IMR Decisions" tree lists the letters and their items with decisions', async () => {
    const tree = decisionsTree(api);
    await vscode.commands.executeCommand('imrReview.checkWorkspace');
    const letters = (await tree.getChildren()) ?? [];
    const letterItems = await Promise.all(letters.map(async (l) => ({ element: l, item: await tree.getTreeItem(l) })));
    const shoulder = letterItems.find((l) => /contradictory-shoulder/.test(label(l.item)) || /contradictory-shoulder/.test(String(l.item.resourceUri ?? '')));
    assert.ok(shoulder, `no node for contradictory-shoulder.txt among: ${letterItems.map((l) => label(l.item)).join(', ')}`);
    const children = (await tree.getChildren(shoulder.element)) ?? [];
    const items = await Promise.all(children.map((c) => tree.getTreeItem(c)));
    const tramadol = items.find((i) => label(i).includes('Tramadol ER 100mg #30'));
    assert.ok(tramadol, `no Tramadol item among: ${items.map(label).join(', ')}`);
    assert.match(`${tramadol.description ?? ''} ${typeof tramadol.tooltip === 'string' ? tramadol.tooltip : (tramadol.tooltip?.value ?? '')}`, /Upheld/);
    assert.ok(tramadol.command, 'clicking an item reveals it');
    assert.ok(letterItems.every((l) => !/meeting-notes/.test(label(l.item))), 'notes are not listed');
  });

  it('"Export decision summaries for workspace" writes one CSV row per item across letters', async () => {
    await requireCommand('imrReview.exportWorkspaceSummaries', 'the workspace export (issue 7)');
    const dir = path.join(workspaceRoot(), 'exports', `workspace-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const target = vscode.Uri.file(path.join(dir, 'decisions.csv'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target });
    assert.ok(written, 'the command returned no Uri (arguments: {format, target})');
    const csv = fs.readFileSync(target.fsPath, 'utf8');
    for (const title of ['Tramadol 50mg #120', 'Tramadol ER 100mg #30', 'Counterforce elbow strap for the left elbow', 'Physical therapy 8 sessions for the left knee']) {
      assert.ok(csv.includes(title), `the table has a row for "${title}"`);
    }
    assert.ok(!csv.includes('meeting-notes'), 'notes are not exported');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target });
    assert.strictEqual(refused, undefined, 'an existing export is not overwritten');
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), csv);
  });
});
