// Issue 7: reviewing a whole folder. The workspace check puts findings of letters never opened in
// the Problems panel, the "IMR Decisions" tree lists letters and their items, and the workspace
// export writes one table for all letters.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, ImrApi, openDocumentFor, requireCommand, waitForDiagnostics, workspaceRoot, workspaceUri } from './helpers';

type Tree = vscode.TreeDataProvider<unknown>;

/** The CLI bundle of this checkout (the suite is compiled to out/test/suite). */
const CLI = path.resolve(__dirname, '../../../dist/cli.js');

/** `imr-review export --format csv .` run in the workspace folder, as a user would from a terminal. */
function cliCsv(cwd: string): string {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the suite`);
  // In the desktop extension host process.execPath is Electron: ask it to behave as Node.
  const r = spawnSync(process.execPath, [CLI, 'export', '--format', 'csv', '.'], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `the CLI failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** CSV lines of files other tests left edited but unsaved (the editor exports what is on screen, the CLI what is on disk). */
function withoutDirty(csv: string): string[] {
  const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => vscode.workspace.asRelativePath(d.uri, false));
  return csv.split('\n').filter((line) => !dirty.some((f) => line.startsWith(`${f},`)));
}

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
    assert.ok(letterItems.some((l) => /never-opened-elbow/.test(label(l.item))), 'letters never opened are listed too');
  });

  it('the "IMR Decisions" tree follows a letter created on disk', async () => {
    const tree = decisionsTree(api);
    await tree.getChildren();
    const dir = path.join(workspaceRoot(), `tree-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'copied-shoulder.txt');
    const listed = new Promise<void>((resolve) => {
      const sub = tree.onDidChangeTreeData!(async () => {
        const names = await Promise.all(((await tree.getChildren()) ?? []).map(async (l) => label(await tree.getTreeItem(l))));
        if (names.includes('copied-shoulder.txt')) {
          sub.dispose();
          resolve();
        }
      });
    });
    try {
      // Through VS Code's file service, as another extension or a save would write it.
      await vscode.workspace.fs.copy(workspaceUri('letters', 'contradictory-shoulder.txt'), vscode.Uri.file(file));
      await listed;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
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
    const rows = withoutDirty(csv);
    assert.ok(rows.some((l) => l.startsWith('batch/never-opened-elbow.txt,')), 'paths are workspace-relative with forward slashes');
    assert.deepStrictEqual(rows, withoutDirty(cliCsv(workspaceRoot())), 'the workspace export equals `imr-review export --format csv .`');
    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target });
    assert.strictEqual(refused, undefined, 'an existing export is not overwritten');
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), csv);
  });
});
