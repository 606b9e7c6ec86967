// Issue 16, point 2: one set of counts. With imrReview.problems.scope "workspace" (the default) the
// Problems panel lists every letter the IMR Decisions tree reads, so the tree's rows, its badge and
// Problems agree, and follow the disk; with "openLetters" Problems lists the open letters and the
// badge says so; "Check all letters" lists every letter whatever the scope.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateExtension, codeOf, ImrApi, imrDiagnostics, openDocumentFor, openLetter, SOURCE, waitForDiagnostics, waitUntil, workspaceRoot, workspaceUri } from './helpers';

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** What the test reads of the tree's letter nodes (plain data). */
interface LetterNode extends Counts {
  kind: 'letter';
  file: string;
  documentKey: string;
}

interface Tree {
  getChildren(): Promise<LetterNode[]>;
  readonly badge: vscode.ViewBadge | undefined;
  onDidChangeTreeData: vscode.Event<unknown>;
}

const setScope = (value: string | undefined) => vscode.workspace.getConfiguration('imrReview').update('problems.scope', value, vscode.ConfigurationTarget.Workspace);
const countsOf = (ds: readonly vscode.Diagnostic[]): Counts => ({
  errors: ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
  warnings: ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
  infos: ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Information).length,
});
const none: Counts = { errors: 0, warnings: 0, infos: 0 };

/** The imr-review problems of every document of the workspace (its files and its PDF letters' documents). */
function workspaceProblems(): Map<string, Counts> {
  const root = `${vscode.Uri.file(workspaceRoot()).toString()}/`;
  // A letter another test deleted while VS Code still holds it open keeps the problems of its text.
  const openButGone = new Set(vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && !fs.existsSync(d.uri.fsPath)).map((d) => d.uri.toString()));
  const out = new Map<string, Counts>();
  for (const [uri, all] of vscode.languages.getDiagnostics()) {
    const ds = all.filter((d) => d.source === SOURCE);
    const key = uri.toString();
    if (ds.length > 0 && !openButGone.has(key) && (key.startsWith(root) || uri.scheme === 'imr-pdf')) out.set(key, countsOf(ds));
  }
  return out;
}

describe('Problems and the IMR Decisions counts agree (issue 16)', () => {
  let api: ImrApi;
  let tree: Tree;
  const unopened = workspaceUri('batch', 'never-opened-elbow.txt');
  before(async () => {
    api = await activateExtension();
    tree = api.decisionsTree as Tree;
    await vscode.commands.executeCommand('imrReview.clearDecisionsFilter');
  });
  after(async () => {
    await setScope(undefined);
  });

  it('with scope "workspace" (the default), Problems lists a letter never opened, and counts what the tree and its badge count', async () => {
    assert.strictEqual(vscode.workspace.getConfiguration('imrReview').get('problems.scope'), 'workspace', 'the default scope');
    assert.strictEqual(openDocumentFor(unopened), undefined, 'the letter must not be open for this test');
    await (api.decisions as { refresh(): Promise<void> }).refresh();
    const letters = await tree.getChildren();
    // Read in one go: nothing can change between the tree's counts and the Problems panel's.
    const problems = workspaceProblems();
    const badge = tree.badge;
    assert.strictEqual(imrDiagnostics(unopened, 'IMR001').length, 1, 'the unopened letter\'s IMR001 is in Problems without "Check all letters"');
    const flagged = letters.filter((l) => l.errors + l.warnings + l.infos > 0);
    assert.ok(flagged.length >= 2, `the workspace has letters with problems: ${letters.map((l) => l.file).join(', ')}`);
    for (const l of letters) {
      assert.deepStrictEqual(problems.get(l.documentKey) ?? none, { errors: l.errors, warnings: l.warnings, infos: l.infos }, `${l.file}: Problems and the tree count differently`);
    }
    const listed = new Set(letters.map((l) => l.documentKey));
    assert.deepStrictEqual([...problems.keys()].filter((k) => !listed.has(k)), [], 'documents with problems the tree does not list');
    assert.ok(badge, 'the view has a badge');
    assert.strictEqual(badge.value, problems.size, 'the badge counts the letters Problems lists');
    const total = [...problems.values()].reduce((t, c) => ({ errors: t.errors + c.errors, warnings: t.warnings + c.warnings, infos: t.infos + c.infos }), none);
    assert.match(badge.tooltip, new RegExp(`^${badge.value} letters? with problems in the workspace \\(`));
    for (const [n, what] of [[total.errors, 'error'], [total.warnings, 'warning'], [total.infos, 'info']] as const) {
      if (n > 0) assert.match(badge.tooltip, new RegExp(`\\b${n} ${what}`), `the badge's tooltip counts ${n} ${what} as Problems does`);
    }
    assert.doesNotMatch(badge.tooltip, /open letters/);
  });

  it('with scope "workspace", a letter added on disk enters Problems and a deleted one leaves, without a check', async () => {
    await tree.getChildren();
    const dir = workspaceUri(`scope-${Date.now()}`);
    const added = vscode.Uri.joinPath(dir, 'added-elbow.txt');
    try {
      await vscode.workspace.fs.copy(unopened, added);
      await waitForDiagnostics(added, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'the new letter\'s IMR001 in Problems', 30000);
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
    await waitForDiagnostics(added, (ds) => ds.length === 0, 'no problems for the deleted letter');
  });

  it('with scope "openLetters", Problems lists the open letters and the badge says so; "Check all letters" lists every letter', async () => {
    const open = await openLetter('letters', 'contradictory-shoulder.txt');
    await waitForDiagnostics(open.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'the open letter\'s IMR001');
    await setScope('openLetters');
    await waitForDiagnostics(unopened, (ds) => ds.length === 0, 'the unopened letter to leave Problems when the scope is open letters');
    assert.ok(imrDiagnostics(open.uri, 'IMR001').length === 1, 'the open letter keeps its problems');
    const said = await waitUntil(() => tree.badge && /lists those of open letters only/.test(tree.badge.tooltip) && tree.badge.tooltip, [tree.onDidChangeTreeData], 15000, 'the badge to say Problems lists open letters only');
    assert.match(said, /with problems in the workspace \(/);

    await vscode.commands.executeCommand('imrReview.checkWorkspace');
    assert.strictEqual(imrDiagnostics(unopened, 'IMR001').length, 1, '"Check all letters" lists the unopened letter whatever the scope');

    await setScope('workspace');
    await waitUntil(() => tree.badge && !/open letters/.test(tree.badge.tooltip), [tree.onDidChangeTreeData], 15000, 'the badge back to the workspace wording');
    assert.strictEqual(imrDiagnostics(unopened, 'IMR001').length, 1, 'back to "workspace": the letter stays listed');
  });
});
