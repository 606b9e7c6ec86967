// One setting per check (issue 16, point 7): `imrReview.check.<name>`, a drop-down in the Settings
// editor. Changing it re-checks the open letters and the workspace at once; only a value a person
// set counts, so the setting's default never overrides `.imr-review.json` (which the CLI reads).
// Only the `vscode` API: the web suite can run it too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, codeOf, type ImrApi, openLetter, waitForDiagnostics, workspaceUri } from './helpers';
import { claim } from '../budget';

const DIR = 'rule-settings';
const IMR011 = 'check.misspelledTerm';
const IMR001 = 'check.decisionContradictsRationale';
const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;

const config = () => vscode.workspace.getConfiguration('imrReview');
const setting = (key: string, value: unknown) => config().update(key, value, vscode.ConfigurationTarget.Workspace);
const imr011Is = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'IMR011' && d.severity === severity);
const noImr011 = (ds: vscode.Diagnostic[]) => !ds.some((d) => codeOf(d) === 'IMR011');

async function write(segments: string[], text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(...segments), new TextEncoder().encode(text));
}

async function read(...segments: string[]): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(...segments)));
}

type Tree = vscode.TreeDataProvider<unknown>;

/** What the IMR Decisions tree says of one letter (its row's description and tooltip). */
async function row(tree: Tree, name: string): Promise<string | undefined> {
  for (const element of (await tree.getChildren()) ?? []) {
    const item = await tree.getTreeItem(element);
    const label = typeof item.label === 'string' ? item.label : item.label?.label;
    if (label !== name) continue;
    const tooltip = typeof item.tooltip === 'string' ? item.tooltip : (item.tooltip?.value ?? '');
    return `${String(item.description ?? '')} | ${tooltip}`;
  }
  return undefined;
}

/** The row once `ok` holds: read now, and again after each change of the tree (subscribed before reading). */
async function rowUntil(tree: Tree, name: string, ok: (text: string) => boolean, what: string): Promise<string> {
  const timeoutMs = 60000;
  claim(timeoutMs, what);
  const deadline = Date.now() + timeoutMs;
  let last: string | undefined;
  for (;;) {
    let sub: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = new Promise<boolean>((resolve) => {
      sub = tree.onDidChangeTreeData!(() => resolve(true));
      timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
    });
    try {
      last = await row(tree, name);
      if (last !== undefined && ok(last)) return last;
      if (!(await changed)) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; the row: ${last ?? '(none)'}`);
    } finally {
      sub?.dispose();
      clearTimeout(timer);
    }
  }
}

describe('Rule settings: one per check', () => {
  let api: ImrApi;
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    for (const key of [IMR011, IMR001, 'rules']) await setting(key, undefined);
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.path.includes(`/${DIR}/`)) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    }
    await vscode.workspace.fs.delete(workspaceUri(DIR), { recursive: true, useTrash: false });
  });

  it('turns a check off, makes it a warning, and gives it back to its default once unset', async function () {
    this.timeout(90000);
    const doc = await openLetter('letters', 'misspelled-wrist.txt');
    await waitForDiagnostics(doc.uri, imr011Is(INFO), 'IMR011 as information (its default)');
    assert.strictEqual(config().inspect(IMR011)?.defaultValue, 'info', 'the setting is declared, with the rule\'s default');

    await setting(IMR011, 'off');
    await waitForDiagnostics(doc.uri, noImr011, 'IMR011 gone once its setting is "off"');
    await setting(IMR011, 'warning');
    await waitForDiagnostics(doc.uri, imr011Is(WARNING), 'IMR011 a warning once its setting is "warning"');
    await setting(IMR011, undefined);
    await waitForDiagnostics(doc.uri, imr011Is(INFO), 'IMR011 information again once the setting is unset');
  });

  it('leaves .imr-review.json in force while the setting is unset, and wins over it once set', async function () {
    this.timeout(90000);
    await write([DIR, '.imr-review.json'], '{ "rules": { "IMR011": "warning" } }\n');
    await write([DIR, 'wrist.txt'], await read('letters', 'misspelled-wrist.txt'));
    const doc = await openLetter(DIR, 'wrist.txt');
    // The setting's default (info) is not a value anyone set: the file's "warning" applies.
    await waitForDiagnostics(doc.uri, imr011Is(WARNING), 'IMR011 a warning, as the file says, with the setting unset');

    await setting(IMR011, 'off');
    await waitForDiagnostics(doc.uri, noImr011, 'IMR011 gone: the setting wins over the file');
    await setting(IMR011, 'info');
    await waitForDiagnostics(doc.uri, imr011Is(INFO), 'IMR011 information: a set value equal to the default still wins');
    await setting(IMR011, undefined);
    await waitForDiagnostics(doc.uri, imr011Is(WARNING), 'IMR011 a warning again, from the file, once the setting is unset');
  });

  it('wins over the older imrReview.rules, which is still read', async function () {
    this.timeout(90000);
    const doc = await openLetter('letters', 'misspelled-wrist.txt');
    await setting('rules', { IMR011: 'warning' });
    await waitForDiagnostics(doc.uri, imr011Is(WARNING), 'IMR011 a warning by imrReview.rules');
    await setting(IMR011, 'error');
    await waitForDiagnostics(doc.uri, imr011Is(ERROR), 'IMR011 an error: its own setting wins over imrReview.rules');
    await setting(IMR011, undefined);
    await waitForDiagnostics(doc.uri, imr011Is(WARNING), 'IMR011 a warning again by imrReview.rules');
    await setting('rules', undefined);
    await waitForDiagnostics(doc.uri, imr011Is(INFO), 'IMR011 at its default');
  });

  it('re-checks the letters that are not open: their row in IMR Decisions follows the setting', async function () {
    this.timeout(200000);
    const tree = api.decisionsTree as Tree | undefined;
    assert.ok(tree && tree.onDidChangeTreeData, 'activate() exposes the IMR Decisions tree as api.decisionsTree');
    const name = 'never-opened-elbow.txt'; // never opened: only the workspace check analyses it (IMR001)
    const before = await rowUntil(tree, name, () => true, `the row of ${name}`);
    await setting(IMR001, 'off');
    const off = await rowUntil(tree, name, (t) => t !== before, `the row of ${name} to change with IMR001 off`);
    await setting(IMR001, undefined);
    await rowUntil(tree, name, (t) => t === before, `the row of ${name} as before once the setting is unset (it said "${off}")`);
  });
});
