// The status bar item of the active letter: decisions and problems at a glance. The item has no
// change event (it updates after an asynchronous analysis), so the waits also re-check every 50 ms.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, ImrApi, LANGUAGE_ID, note, openAs, openLetter, waitUntil, workspaceUri } from './helpers';
import { SLOW_LETTER_BYTES, writeLargeLetter } from './largeLetters';

const POLL_MS = 50;
const REPO = path.resolve(__dirname, '../../..');

/**
 * Where `npm run bench` reads the activation time from (scripts/bench.js): the git-ignored
 * .vscode-test/results of the repository this suite was compiled in. Written atomically.
 */
function writeActivationResult(activationMs: number): string {
  const file = path.join(REPO, '.vscode-test', 'results', 'activation.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const packaged = !vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath.startsWith(REPO);
  fs.writeFileSync(tmp, `${JSON.stringify({ activationMs, vscode: vscode.version, packaged, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  fs.renameSync(tmp, file);
  return file;
}

describe('Status bar', () => {
  let api: ImrApi;
  let statusText: () => string;
  let updated: vscode.Event<unknown>;

  before(async () => {
    api = await activateExtension();
    assert.strictEqual(typeof api.statusText, 'function', 'activate() must expose statusText()');
    statusText = api.statusText as () => string;
    updated = api.onDidAnalyze as vscode.Event<unknown>;
    assert.strictEqual(typeof updated, 'function', 'activate() must expose onDidAnalyze');
    assert.strictEqual(api.engineLoadedAtActivation, false, 'activate() loaded the analysis engine (dist/engine.js): only an analysis may');
    const file = writeActivationResult(Number(api.activationMs));
    note(`      activation took ${Number(api.activationMs).toFixed(1)} ms (activate() wiring, measured by the extension; written to ${path.relative(REPO, file)})`);
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

  it('shows the active letter, not a larger one whose analysis ends after the switch', async function () {
    // Covers its waits: 60 s to open, 15 + 15 s for the small letter, 120 s for the large analysis.
    this.timeout(240000);
    const analysisOf = (uri: vscode.Uri) => api.analysisOf(uri);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-suite-race-'));
    try {
      // Analysed in a worker for most of a second, long after the next editor is active.
      const copies = writeLargeLetter(path.join(dir, 'slow-letter.txt'), SLOW_LETTER_BYTES);
      const big = await openAs(vscode.Uri.file(path.join(dir, 'slow-letter.txt')), LANGUAGE_ID, 60000);
      await vscode.window.showTextDocument(big, { preview: false });
      await vscode.window.showTextDocument(await openLetter('letters', 'contradictory-shoulder.txt'), { preview: false });
      const small = /^IMR: 1 upheld · 1 overturned · 1 problem$/;
      await waitUntil(() => small.test(statusText()), [updated], 15000, () => `the status bar of the small letter (it says "${statusText()}")`, POLL_MS);
      assert.strictEqual(analysisOf(big.uri), undefined, 'the large letter is still being analysed after the switch (else this test proves nothing)');
      await waitUntil(() => analysisOf(big.uri) !== undefined, [updated], 120000, 'the analysis of the large letter', POLL_MS);
      // One round trip through the workbench, so that whatever the late analysis triggered has run.
      await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', big.uri);
      assert.match(statusText(), small, `the late analysis of the large letter (${copies} upheld) took over the status bar`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is hidden for a text file that is not a letter', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('notes', 'meeting-notes.txt')));
    await waitUntil(() => statusText() === '', [vscode.window.onDidChangeActiveTextEditor as vscode.Event<unknown>, updated], 15000, () => `the status bar item to hide on a note (it says "${statusText()}")`, POLL_MS);
  });
});
