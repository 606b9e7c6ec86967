// Issue 16, point 1: a letter is evidence. It opens read-only (VS Code's read-only-in-session):
// typing changes nothing and the status bar's lock says so; the lock's command makes it editable
// for the session and read-only again; the setting imrReview.letters.readOnly turns it off.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, requireCommand, openLetter, waitUntil, type ImrApi } from './helpers';

const TOGGLE = 'imrReview.toggleLetterReadOnly';

interface ReadOnlyApi extends ImrApi {
  readOnlyStatusText(): string;
  readOnlyApplied(uri: vscode.Uri): Promise<boolean> | undefined;
}

describe('Letters open read-only', () => {
  let api: ReadOnlyApi;
  before(async () => {
    api = (await activateExtension()) as ReadOnlyApi;
    assert.strictEqual(typeof api.readOnlyStatusText, 'function', 'the API has no readOnlyStatusText(): the read-only lock (issue 16) is missing');
    await requireCommand(TOGGLE, 'the read-only toggle (issue 16)');
  });

  /** Waits until the extension has set the letter's editor to `readOnly` and VS Code applied it. */
  async function applied(doc: vscode.TextDocument, readOnly: boolean): Promise<void> {
    let seen: Promise<boolean> | undefined;
    let value: boolean | undefined;
    await waitUntil(
      () => {
        const pending = api.readOnlyApplied(doc.uri);
        if (pending !== seen) {
          seen = pending;
          value = undefined;
          void pending?.then((v) => {
            if (seen === pending) value = v;
          });
        }
        return value === readOnly;
      },
      [vscode.window.onDidChangeActiveTextEditor],
      15000,
      `the letter set ${readOnly ? 'read-only' : 'editable'}`,
      50,
    );
  }

  /** Types at the start of the focused editor; returns whether the letter's text changed (and undoes it). */
  async function typingChanges(editor: vscode.TextEditor): Promise<boolean> {
    const doc = editor.document;
    const before = doc.getText();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('type', { text: 'X' });
    if (doc.getText() === before) return false;
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), before, 'the typed text was undone');
    // Auto save may have written the typed text: the text is as before, so saving restores the file.
    if (doc.isDirty) assert.ok(await doc.save(), 'the letter saved as it was');
    return true;
  }

  it('opens a letter read-only, the lock shows it, and a click on it makes the letter editable and read-only again', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await applied(doc, true);
    await waitUntil(() => api.readOnlyStatusText() === '$(lock) Read-only', [vscode.window.onDidChangeActiveTextEditor], 15000, () => `the lock to say Read-only (it says "${api.readOnlyStatusText()}")`, 50);
    assert.strictEqual(await typingChanges(editor), false, 'typing must not change a read-only letter');

    assert.strictEqual(await vscode.commands.executeCommand(TOGGLE), false, 'the toggle makes the letter editable');
    assert.strictEqual(api.readOnlyStatusText(), '$(unlock) Editable');
    await applied(doc, false);
    try {
      assert.strictEqual(await typingChanges(editor), true, 'typing changes an editable letter');
    } finally {
      assert.strictEqual(await vscode.commands.executeCommand(TOGGLE), true, 'the toggle makes the letter read-only again');
    }
    assert.strictEqual(api.readOnlyStatusText(), '$(lock) Read-only');
    await applied(doc, true);
    assert.strictEqual(await typingChanges(editor), false, 'read-only again');
  });

  it('leaves letters editable when imrReview.letters.readOnly is off', async () => {
    const config = vscode.workspace.getConfiguration('imrReview');
    assert.strictEqual(config.inspect<boolean>('letters.readOnly')?.defaultValue, true, 'read-only by default');
    const doc = await openLetter('letters', 'consistent-knee.txt');
    await config.update('letters.readOnly', false, vscode.ConfigurationTarget.Global);
    try {
      const editor = await vscode.window.showTextDocument(doc, { preview: false });
      await waitUntil(() => api.readOnlyStatusText() === '$(unlock) Editable', [vscode.window.onDidChangeActiveTextEditor], 15000, () => `the lock to say Editable (it says "${api.readOnlyStatusText()}")`, 50);
      assert.strictEqual(await typingChanges(editor), true, 'typing changes a letter when the setting is off');
    } finally {
      await config.update('letters.readOnly', undefined, vscode.ConfigurationTarget.Global);
    }
    await applied(doc, true);
    assert.strictEqual(api.readOnlyStatusText(), '$(lock) Read-only');
  });
});
