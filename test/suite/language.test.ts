// Opening .txt letters: VS Code gives every .txt the plaintext language; the extension must
// recognise letters and switch them to `imr`, and leave other text files alone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, LANGUAGE_ID, openAs, openDocumentFor, workspaceUri } from './helpers';

describe('Language detection', () => {
  before(async () => {
    await activateExtension();
  });

  it('opens a letter named *.txt as imr', async () => {
    const doc = await openAs(workspaceUri('letters', 'consistent-knee.txt'), LANGUAGE_ID);
    assert.strictEqual(doc.languageId, LANGUAGE_ID);
    assert.ok(doc.fileName.endsWith('.txt'));
  });

  it('leaves a .txt that is not a letter as plaintext', async () => {
    const note = workspaceUri('notes', 'meeting-notes.txt');
    const opened = await vscode.workspace.openTextDocument(note);
    assert.strictEqual(opened.languageId, 'plaintext');
    // Documents are handled in the order they open: once a letter opened after the note has been
    // switched, any switch of the note would already have happened.
    // (A fresh copy, so no earlier test has opened it.)
    const marker = workspaceUri('scratch', `order-check-${Date.now()}.txt`);
    fs.mkdirSync(path.dirname(marker.fsPath), { recursive: true });
    fs.copyFileSync(workspaceUri('letters', 'consistent-knee.txt').fsPath, marker.fsPath);
    await openAs(marker, LANGUAGE_ID);
    const note2 = openDocumentFor(note);
    assert.ok(note2, 'the note was closed');
    assert.strictEqual(note2.languageId, 'plaintext', 'a text file that is not a letter must keep the plaintext language');
  });
});
