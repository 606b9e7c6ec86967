// Issue 7: reviewing a whole folder. The workspace check puts findings of letters never opened in
// the Problems panel, the "IMR Decisions" tree lists letters and their items, and the workspace
// export writes one table for all letters.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, imrDiagnostics, ImrApi, openDocumentFor, requireCommand, SOURCE, treeLabel, waitForDiagnostics, workspaceRoot, workspaceUri } from './helpers';

type Tree = vscode.TreeDataProvider<unknown>;

/** The CLI bundle of this checkout (the suite is compiled to out/test/suite). */
const CLI = path.resolve(__dirname, '../../../dist/cli.js');

/** The CLI run in the workspace folder over `.`, as a user would from a terminal. */
function runCli(cwd: string, args: string[]): string {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the suite`);
  // In the desktop extension host process.execPath is Electron: ask it to behave as Node.
  const r = spawnSync(process.execPath, [CLI, ...args, '.'], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `the CLI failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const cliCsv = (cwd: string) => runCli(cwd, ['export', '--format', 'csv']);

interface CheckResult {
  letters: number;
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  done: number;
  cancelled: boolean;
}

function checkWorkspace(token?: vscode.CancellationToken): Thenable<CheckResult> {
  return vscode.commands.executeCommand<CheckResult>('imrReview.checkWorkspace', token ? { token } : undefined);
}

/** Copies a suite letter to a new file of the workspace through VS Code's file service. */
async function copyLetter(from: string[], ...to: string[]): Promise<vscode.Uri> {
  const target = workspaceUri(...to);
  await vscode.workspace.fs.copy(workspaceUri(...from), target, { overwrite: true });
  return target;
}

const SEVERITY = ['error', 'warning', 'info', 'info'];

/** A diagnostic as the CLI's JSON writes a finding: rule, severity, message, 0-based range. */
function asFinding(d: vscode.Diagnostic) {
  return { rule: codeOf(d), severity: SEVERITY[d.severity], message: d.message, range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } } };
}

const byPosition = (a: ReturnType<typeof asFinding>, b: ReturnType<typeof asFinding>) =>
  a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.rule).localeCompare(String(b.rule)) || a.message.localeCompare(b.message);

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
    const shoulder = letterItems.find((l) => /contradictory-shoulder/.test(treeLabel(l.item)) || /contradictory-shoulder/.test(String(l.item.resourceUri ?? '')));
    assert.ok(shoulder, `no node for contradictory-shoulder.txt among: ${letterItems.map((l) => treeLabel(l.item)).join(', ')}`);
    const children = (await tree.getChildren(shoulder.element)) ?? [];
    const items = await Promise.all(children.map((c) => tree.getTreeItem(c)));
    const tramadol = items.find((i) => treeLabel(i).includes('Tramadol ER 100mg #30'));
    assert.ok(tramadol, `no Tramadol item among: ${items.map(treeLabel).join(', ')}`);
    assert.match(`${tramadol.description ?? ''} ${typeof tramadol.tooltip === 'string' ? tramadol.tooltip : (tramadol.tooltip?.value ?? '')}`, /Upheld/);
    assert.ok(tramadol.command, 'clicking an item reveals it');
    assert.ok(letterItems.every((l) => !/meeting-notes/.test(treeLabel(l.item))), 'notes are not listed');
    assert.ok(letterItems.some((l) => /never-opened-elbow/.test(treeLabel(l.item))), 'letters never opened are listed too');
    const flagged = letterItems.filter((l) => /\d+ (error|warning|info)/.test(String(l.item.description ?? '')));
    const badge = (tree as unknown as { badge?: vscode.ViewBadge }).badge;
    assert.ok(badge, 'the view has a badge when letters have problems');
    assert.strictEqual(badge.value, flagged.length, 'the badge counts the letters with problems');
    assert.match(badge.tooltip, /^\d+ letters? with problems in the workspace \(/);
  });

  it('the "IMR Decisions" tree leaves out a letter opened from outside the workspace', async () => {
    const tree = decisionsTree(api);
    await tree.getChildren();
    const outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-outside-'));
    const outside = path.join(outsideDir, 'outside-shoulder.txt');
    fs.copyFileSync(workspaceUri('letters', 'contradictory-shoulder.txt').fsPath, outside);
    const inside = `inside-${Date.now()}`;
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(outside));
      await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'live problems for the outside letter');
      // A letter created in the workspace afterwards: once the tree lists it, the earlier open was handled too.
      const names = async (): Promise<string[]> => Promise.all(((await tree.getChildren()) ?? []).map(async (l) => treeLabel(await tree.getTreeItem(l))));
      const listed = new Promise<string[]>((resolve) => {
        const sub = tree.onDidChangeTreeData!(async () => {
          const now = await names();
          if (now.includes(`${inside}.txt`)) {
            sub.dispose();
            resolve(now);
          }
        });
      });
      await copyLetter(['letters', 'contradictory-shoulder.txt'], 'batch', `${inside}.txt`);
      const now = await listed;
      assert.ok(!now.includes('outside-shoulder.txt'), `a letter outside the workspace is listed: ${now.join(', ')}`);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('batch', `${inside}.txt`), { useTrash: false });
      fs.rmSync(outsideDir, { recursive: true, force: true });
    }
  });

  it('the "IMR Decisions" tree follows a letter created on disk', async () => {
    const tree = decisionsTree(api);
    await tree.getChildren();
    const dir = path.join(workspaceRoot(), `tree-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'copied-shoulder.txt');
    const listed = new Promise<void>((resolve) => {
      const sub = tree.onDidChangeTreeData!(async () => {
        const names = await Promise.all(((await tree.getChildren()) ?? []).map(async (l) => treeLabel(await tree.getTreeItem(l))));
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

  it('the check leaves out what imrReview.workspace.exclude and files.exclude exclude, and drops their old problems', async () => {
    const stamp = Date.now();
    const byUser = await copyLetter(['batch', 'never-opened-elbow.txt'], `user-excluded-${stamp}`, 'elbow.txt');
    const byFiles = await copyLetter(['batch', 'never-opened-elbow.txt'], `files-excluded-${stamp}`, 'elbow.txt');
    const settings = vscode.workspace.getConfiguration();
    try {
      await checkWorkspace();
      await waitForDiagnostics(byUser, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 before the exclude');
      await waitForDiagnostics(byFiles, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 before files.exclude');

      await settings.update('imrReview.workspace.exclude', `user-excluded-${stamp}/**`, vscode.ConfigurationTarget.Workspace);
      const filesExclude = { ...(settings.inspect<Record<string, boolean>>('files.exclude')?.defaultValue ?? {}), [`**/files-excluded-${stamp}`]: true };
      await settings.update('files.exclude', filesExclude, vscode.ConfigurationTarget.Workspace);
      // Excluding a folder drops its snapshot at once, without another check.
      await waitForDiagnostics(byUser, (ds) => ds.length === 0, 'no problems once excluded by imrReview.workspace.exclude');
      await waitForDiagnostics(byFiles, (ds) => ds.length === 0, 'no problems once excluded by files.exclude');

      const result = await checkWorkspace();
      assert.strictEqual(result.cancelled, false);
      assert.deepStrictEqual(imrDiagnostics(byUser), [], 'a new check does not read the user-excluded folder');
      assert.deepStrictEqual(imrDiagnostics(byFiles), [], 'nor the files.exclude-d one');
      assert.ok(imrDiagnostics(workspaceUri('batch', 'never-opened-elbow.txt')).some((d) => codeOf(d) === 'IMR001'), 'the other letters are still checked');
    } finally {
      await settings.update('imrReview.workspace.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('files.exclude', undefined, vscode.ConfigurationTarget.Workspace);
      for (const dir of [`user-excluded-${stamp}`, `files-excluded-${stamp}`]) await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false });
    }
  });

  it('a letter deleted on disk after the check loses its problems', async () => {
    const dir = `deleted-${Date.now()}`;
    const gone = await copyLetter(['batch', 'never-opened-elbow.txt'], dir, 'gone.txt');
    try {
      await checkWorkspace();
      await waitForDiagnostics(gone, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 for the copy');
      await vscode.workspace.fs.delete(gone, { useTrash: false });
      await waitForDiagnostics(gone, (ds) => ds.length === 0, 'no problems for the deleted letter');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false });
    }
  });

  it('a letter deleted or renamed in VS Code (as the Explorer does) loses its problems, and the renamed one is checked again', async () => {
    const dir = `explorer-${Date.now()}`;
    const gone = await copyLetter(['batch', 'never-opened-elbow.txt'], dir, 'gone.txt');
    const moved = await copyLetter(['batch', 'never-opened-elbow.txt'], dir, 'moved.txt');
    const renamed = workspaceUri(dir, 'renamed.txt');
    try {
      await checkWorkspace();
      for (const uri of [gone, moved]) await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), `IMR001 for ${uri.path}`);
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(gone);
      edit.renameFile(moved, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the delete and the rename were applied');
      await waitForDiagnostics(gone, (ds) => ds.length === 0, 'no problems for the deleted letter');
      await waitForDiagnostics(moved, (ds) => ds.length === 0, 'no problems under the old name');
      await waitForDiagnostics(renamed, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 under the new name');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false });
    }
  });

  it('a cancelled check stops before reading the rest, says so, and publishes nothing more', async () => {
    // Problems of open letters only: with scope "workspace" the tree's reading would list the copies.
    await vscode.workspace.getConfiguration('imrReview').update('problems.scope', 'openLetters', vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(workspaceUri('batch', 'never-opened-elbow.txt'), (ds) => ds.length === 0, 'Problems of open letters only');
    const dir = `cancelled-${Date.now()}`;
    const copies: vscode.Uri[] = [];
    for (let i = 0; i < 3; i++) copies.push(await copyLetter(['batch', 'never-opened-elbow.txt'], dir, `copy-${i}.txt`));
    const source = new vscode.CancellationTokenSource();
    try {
      source.cancel();
      const result = await checkWorkspace(source.token);
      assert.strictEqual(result.cancelled, true, 'the result says it was cancelled');
      assert.strictEqual(result.letters, 0);
      for (const c of copies) assert.deepStrictEqual(imrDiagnostics(c), [], 'no letter was checked after the cancellation');
    } finally {
      source.dispose();
      await vscode.workspace.fs.delete(workspaceUri(dir), { recursive: true, useTrash: false });
      await vscode.workspace.getConfiguration('imrReview').update('problems.scope', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('"Check all letters in workspace" gives the Problems panel the findings of `imr-review check --format json .`', async () => {
    const result = await checkWorkspace();
    assert.strictEqual(result.cancelled, false);
    const cli = JSON.parse(runCli(workspaceRoot(), ['check', '--format', 'json'])) as { files: { file: string; findings: ReturnType<typeof asFinding>[] }[] };
    // Letters other tests left edited but unsaved: the Problems panel shows their buffer, the CLI reads the disk.
    const dirty = new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
    const compared = cli.files.filter((f) => !dirty.has(workspaceUri(...f.file.split('/')).toString()));
    assert.ok(compared.length >= 3, `the CLI found too few letters: ${cli.files.map((f) => f.file).join(', ')}`);
    for (const f of compared) {
      const ours = imrDiagnostics(workspaceUri(...f.file.split('/'))).map(asFinding).sort(byPosition);
      const theirs = f.findings.map((x) => ({ rule: x.rule, severity: x.severity, message: x.message, range: x.range })).sort(byPosition);
      assert.deepStrictEqual(ours, theirs, `${f.file}: the Problems panel differs from imr-review check`);
    }
    // And the other way: no file has problems from the extension that the CLI does not know about.
    const root = vscode.Uri.file(workspaceRoot()).toString();
    const known = new Set(cli.files.map((f) => workspaceUri(...f.file.split('/')).toString()));
    // Letters another suite deleted while VS Code still holds them open (it closes a document some
    // time after its editor): the editor keeps the problems of the text it shows; the CLI finds no file.
    const openButGone = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && !fs.existsSync(d.uri.fsPath)).map((d) => d.uri.toString()));
    const extra = vscode.languages.getDiagnostics()
      .filter(([uri, ds]) => uri.toString().startsWith(`${root}/`) && !dirty.has(uri.toString()) && !openButGone.has(uri.toString()) && ds.some((d) => d.source === SOURCE))
      .map(([uri]) => uri.toString())
      .filter((u) => !known.has(u));
    assert.deepStrictEqual(extra, [], 'files with problems that imr-review check does not report');
    const all = compared.flatMap((f) => f.findings);
    assert.ok(all.length > 0);
    if (dirty.size === 0) assert.strictEqual(result.errors, all.filter((x) => x.severity === 'error').length, 'the result counts what the CLI counts');
  });

  it('Ctrl+T finds items by another name of their drug (Ultram finds the tramadol items)', async () => {
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Ultram');
    const names = found.map((s) => `${path.basename(s.location.uri.fsPath)}: ${s.name}`).sort();
    assert.ok(names.includes('consistent-knee.txt: Tramadol 50mg #120 (Ultram)'), `Ultram (a brand of tramadol) finds the tramadol items: ${names.join('; ')}`);
    assert.ok(names.includes('contradictory-shoulder.txt: Tramadol ER 100mg #30 (Ultram)'), names.join('; '));
    assert.ok(found.every((s) => /Tramadol/.test(s.name)), 'and nothing else');
  });

  it('"Export decision summaries for workspace" writes one CSV row per item across letters', async () => {
    await requireCommand('imrReview.exportWorkspaceSummaries', 'the workspace export (issue 7)');
    const dir = path.join(workspaceRoot(), 'exports', `workspace-${Date.now()}`);
    fs.mkdirSync(dir, { recursive: true });
    const target = vscode.Uri.file(path.join(dir, 'decisions.csv'));
    const started = Date.now();
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target });
    // Issue 16, point 10: one notification per action. VS Code keeps a progress notification up for
    // at least 800 ms: a quicker export would leave its "8 of 8 files" above what comes next.
    assert.ok(Date.now() - started >= 800, `the export's progress ended after ${Date.now() - started} ms, before VS Code may close its notification`);
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
    // Issue 12: written a letter at a time through the safe writer: a symlink is written through
    // and a 0600 file stays 0600; the same bytes.
    const real = path.join(dir, 'private.csv');
    fs.writeFileSync(real, 'old\n');
    fs.chmodSync(real, 0o600);
    const link = path.join(dir, 'linked.csv');
    fs.symlinkSync('private.csv', link);
    assert.ok(await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target: vscode.Uri.file(link), overwrite: true }));
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link stays a link');
    assert.deepStrictEqual(withoutDirty(fs.readFileSync(real, 'utf8')), rows, 'the same CSV, through the link');
    assert.strictEqual((fs.statSync(real).mode & 0o777).toString(8), '600');
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temporary file left');
  });
});
