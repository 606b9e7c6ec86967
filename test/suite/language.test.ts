// Opening .txt letters: VS Code gives every .txt the plaintext language; the extension must
// recognise letters and switch them to `imr`, and leave other text files alone.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, LANGUAGE_ID, openAs, openDocumentFor, waitUntil, workspaceUri } from './helpers';

/** A fresh copy of a letter, so that no earlier test has opened it. */
function freshLetter(name: string): vscode.Uri {
  const uri = workspaceUri('scratch', `${name}-${Date.now()}.txt`);
  fs.mkdirSync(path.dirname(uri.fsPath), { recursive: true });
  fs.copyFileSync(workspaceUri('letters', 'consistent-knee.txt').fsPath, uri.fsPath);
  return uri;
}

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
    await openAs(freshLetter('order-check'), LANGUAGE_ID);
    const note2 = openDocumentFor(note);
    assert.ok(note2, 'the note was closed');
    assert.strictEqual(note2.languageId, 'plaintext', 'a text file that is not a letter must keep the plaintext language');
  });

  describe('imrReview.autoDetect', () => {
    const config = () => vscode.workspace.getConfiguration('imrReview');
    after(async () => {
      await config().update('autoDetect', undefined, vscode.ConfigurationTarget.Workspace);
    });

    it('off leaves a letter as plaintext; turned on, it switches the open letter', async () => {
      await config().update('autoDetect', false, vscode.ConfigurationTarget.Workspace);
      const uri = freshLetter('autodetect-off');
      const doc = await vscode.workspace.openTextDocument(uri);
      // A switch requested on open would reach the editor before this second open (of a file not
      // open yet, so it goes to the editor) answers.
      const note = workspaceUri('scratch', `note-${Date.now()}.txt`);
      fs.copyFileSync(workspaceUri('notes', 'meeting-notes.txt').fsPath, note.fsPath);
      await vscode.workspace.openTextDocument(note);
      assert.strictEqual(openDocumentFor(uri)?.languageId ?? doc.languageId, 'plaintext', 'with autoDetect off, a .txt letter stays plaintext');

      await config().update('autoDetect', true, vscode.ConfigurationTarget.Workspace);
      await waitUntil(() => openDocumentFor(uri)?.languageId === LANGUAGE_ID, [vscode.workspace.onDidOpenTextDocument], 15000, 'the open letter to switch to imr when autoDetect is turned on');
    });
  });
});
