// The status bar item of the active letter: decisions and problems at a glance. The item has no
// change event (it updates after an asynchronous analysis), so the waits also re-check every 50 ms.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, ImrApi, note, openLetter, waitUntil, workspaceUri } from './helpers';

const POLL_MS = 50;

describe('Status bar', () => {
  let api: ImrApi;
  let statusText: () => string;
  let updated: vscode.Event<unknown>;

  before(async () => {
    api = await activateExtension();
    assert.strictEqual(typeof api.statusText, 'function', 'activate() must expose statusText()');
    statusText = api.statusText as () => string;
    updated = api.onDidUpdateDiagnostics as vscode.Event<unknown>;
    assert.strictEqual(typeof updated, 'function', 'activate() must expose onDidUpdateDiagnostics');
    note(`      activation took ${Number(api.activationMs).toFixed(1)} ms (activate() wiring, measured by the extension)`);
  });

  it('counts the decisions and problems of the active letter', async () => {
    const events = [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>, updated];
    await vscode.window.showTextDocument(await openLetter('letters', 'contradictory-shoulder.txt'));
    const contradictory = await waitUntil(() => /1 upheld · 1 overturned · 1 problem\b/.test(statusText()) && statusText(), events, 15000, () => `the status bar of the contradictory letter (it says "${statusText()}")`, POLL_MS);
    assert.match(contradictory, /^IMR: /);

    await vscode.window.showTextDocument(await openLetter('letters', 'consistent-knee.txt'));
    const consistent = await waitUntil(() => /1 upheld · 1 overturned/.test(statusText()) && !/1 problem\b/.test(statusText()) && statusText(), events, 15000, () => `the status bar of the consistent letter (it says "${statusText()}")`, POLL_MS);
    assert.doesNotMatch(consistent, /[1-9]\d* problems?/);
  });

  it('is hidden for a text file that is not a letter', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('notes', 'meeting-notes.txt')));
    await waitUntil(() => statusText() === '', [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>, updated], 15000, () => `the status bar item to hide on a note (it says "${statusText()}")`, POLL_MS);
  });
});
