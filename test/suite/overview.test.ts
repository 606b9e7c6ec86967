// Issue 16, point 9: the decisions overview leads to its items. A click on a row of its webview
// posts the row's table and key (and a count's decision); the panel lists the row's items in a
// quick pick, and the item chosen opens its letter with its heading selected. The webview cannot be
// clicked from here: the test calls the panel's handler of that message through the test API, then
// drives the quick pick by its commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, baseName, type ImrApi, lineOf, waitUntil, workspaceRoot, workspaceUri } from './helpers';
import * as fs from 'fs';
import * as path from 'path';

interface Shown {
  title: string;
  items: { label: string; description: string; detail: string }[];
}

interface OverviewApi {
  showRowItems(message: unknown): Promise<Shown | undefined>;
}

const DIR = `overview-${Date.now()}`;
const FILE = 'zorblatt.txt';

/** A suite letter whose two items name a treatment no lexicon knows: a row of their own. */
function zorblattLetter(): string {
  const knee = fs.readFileSync(path.join(workspaceRoot(), 'letters', 'consistent-knee.txt'), 'utf8');
  return knee.replace('Tramadol 50mg #120:', 'Zorblatt device, 30-day trial:').replace('Physical therapy 8 sessions for the left knee:', 'Zorblatt device, replacement pads x2:');
}

describe('Decisions overview: a row lists its items and opens them', function () {
  this.timeout(120000);
  let overview: OverviewApi;
  const uri = () => workspaceUri(DIR, FILE);

  before(async () => {
    const api: ImrApi = await activateExtension();
    assert.ok(api.overview, 'the test API has the decisions overview (issue 16, point 9)');
    overview = api.overview as OverviewApi;
    await vscode.workspace.fs.writeFile(uri(), Buffer.from(zorblattLetter()));
    const data = await vscode.commands.executeCommand<{ letters: number } | undefined>('imrReview.showDecisionsOverview');
    assert.ok(data && data.letters > 0, 'the overview shows the workspace\'s letters');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(DIR), { recursive: true });
  });

  it('ignores a message that names no row shown', async () => {
    for (const m of [{ type: 'showItems', table: 'treatment', key: 'Not a treatment here' }, { type: 'showItems', table: 'letters', key: 'Zorblatt' }, { type: 'showItems', table: 'treatment', key: 'Zorblatt', decision: 'undecided' }, 'Zorblatt']) {
      assert.strictEqual(await overview.showRowItems(m), undefined, JSON.stringify(m));
    }
  });

  it('a row lists all its items: treatment, decision, file, item', async () => {
    const shown = await overview.showRowItems({ type: 'showItems', table: 'treatment', key: 'Zorblatt' });
    try {
      assert.ok(shown, 'the row\'s items are listed');
      assert.strictEqual(shown.title, 'Zorblatt (treatment): 2 items, 1 upheld, 1 overturned');
      assert.deepStrictEqual(shown.items, [
        { label: 'Zorblatt device, 30-day trial', description: 'Upheld', detail: `${DIR}/${FILE} · item 1` },
        { label: 'Zorblatt device, replacement pads x2', description: 'Overturned', detail: `${DIR}/${FILE} · item 2` },
      ]);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    }
  });

  it('a count lists the items of its decision, and the one accepted opens its letter at its heading', async () => {
    // The overview is the active editor (closing it would forget its rows): the letter is not open.
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri().toString()));
    const shown = await overview.showRowItems({ type: 'showItems', table: 'treatment', key: 'Zorblatt', decision: 'Overturned' });
    assert.deepStrictEqual(shown?.items.map((i) => i.label), ['Zorblatt device, replacement pads x2']);
    assert.strictEqual(shown?.title, 'Zorblatt (treatment): 1 overturned item');
    const opened = () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === uri().toString() && !e.selection.isEmpty ? e : undefined;
    };
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const editor = await waitUntil(opened, [vscode.window.onDidChangeActiveTextEditor, vscode.window.onDidChangeTextEditorSelection], 30000, `${baseName(uri())} open with a selection`);
    const heading = lineOf(editor.document, 'Zorblatt device, replacement pads x2:');
    assert.strictEqual(editor.selection.start.line, heading, 'the selection is on the item\'s heading');
    assert.strictEqual(editor.selection.start.character, 0);
    assert.match(editor.document.getText(editor.selection), /^Zorblatt device, replacement pads x2:\s+Overturned$/);
  });
});
