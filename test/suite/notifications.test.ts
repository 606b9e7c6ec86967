// Issue 16, points 6 and 10: what the workspace features tell the user, and how often. The
// "IMR Decisions" view names the files it leaves out ("Show files not listed") and shows a banner
// only for files that could not be read, not for ordinary notes; "Check all letters" leaves one
// notification: its progress is closed before its result appears.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, ImrApi, requireCommand, workspaceUri } from './helpers';

interface NotListedFile {
  file: string;
  reason: string;
  unreadable: boolean;
}

/** activate()'s API: the tree's refresh and its data provider. */
const refreshTree = (api: ImrApi) => (api.decisions as { refresh(): Promise<void> }).refresh();

interface TreeWithNotListed {
  notListed?: NotListedFile[];
  banner?: string;
}

/** VS Code keeps a progress notification up at least this long, however soon its task ends. */
const PROGRESS_MIN_VISIBLE_MS = 800;

describe('What the workspace features tell the user (issue 16)', () => {
  let api: ImrApi;
  const binary = workspaceUri('notes', 'scanned-fax.txt');
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    await vscode.workspace.fs.delete(binary).then(undefined, () => undefined);
    await refreshTree(api);
  });

  it('names every file the "IMR Decisions" view leaves out, with a banner only for files that could not be read', async () => {
    await requireCommand('imrReview.showFilesNotListed', 'the files not listed (issue 16)');
    const tree = api.decisionsTree as unknown as TreeWithNotListed;
    await refreshTree(api);
    const notes = tree.notListed?.find((f) => f.file === 'notes/meeting-notes.txt');
    assert.ok(notes, `the note is named among the files not listed: ${JSON.stringify(tree.notListed)}`);
    assert.strictEqual(notes.unreadable, false);
    assert.match(notes.reason, /not an IMR determination letter/);
    assert.ok(!tree.notListed?.some((f) => f.unreadable), `nothing unreadable yet: ${JSON.stringify(tree.notListed)}`);
    assert.strictEqual(tree.banner, undefined, 'a note in the folder is no reason for a banner');

    await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x25, 0x50, 0, 0, 0xff, 0x10, 0x0a]));
    await refreshTree(api);
    const fax = tree.notListed?.[0];
    assert.deepStrictEqual(fax, { file: 'notes/scanned-fax.txt', reason: 'binary file, not text', unreadable: true }, 'the unreadable file comes first, named with its reason');
    assert.strictEqual(tree.banner, '1 file could not be read: "Show files not listed" (⚠ above) names it.');

    await vscode.workspace.fs.delete(binary);
    await refreshTree(api);
    assert.strictEqual(tree.banner, undefined, 'the banner goes with the file');
  });

  it('"Check all letters" closes its progress notification before showing its result', async () => {
    // Twice: the second run reads cached analyses and ends in a few milliseconds, where a progress
    // notification would otherwise linger above the result for VS Code's minimum display time.
    for (const run of ['first', 'second']) {
      const result = await vscode.commands.executeCommand<{ letters: number; progressMs?: number }>('imrReview.checkWorkspace');
      assert.ok(result.letters > 0, `the ${run} check found letters`);
      assert.ok(
        (result.progressMs ?? 0) >= PROGRESS_MIN_VISIBLE_MS,
        `the ${run} check's progress ended after ${result.progressMs} ms: VS Code would keep its notification up with a stale count above the result`,
      );
    }
  });
});
