// Hovers: on an item heading, the decision, the concluding sentence and its cue and the guideline
// sources; on a guideline citation, its source and pages.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, lineOf, openLetter } from './helpers';

async function hoverText(doc: vscode.TextDocument, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, character));
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('Hover', () => {
  before(async () => {
    await activateExtension();
  });

  it('explains an item heading: decision, conclusion and cue, guideline sources', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const text = await hoverText(doc, lineOf(doc, 'Tramadol 50mg #120:'), 2);
    assert.match(text, /Upheld/);
    assert.match(text, /the request for tramadol is not medically necessary/);
    assert.match(text, /not medically necessary/);
    assert.match(text, /MTUS/);
  });

  it('explains a guideline citation: source and pages', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const line = lineOf(doc, 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, ongoing');
    const text = await hoverText(doc, line, 25);
    assert.match(text, /MTUS/);
    assert.match(text, /78/);
  });

  it('has nothing to say on ordinary prose', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const text = await hoverText(doc, lineOf(doc, 'The following clinical case summary'), 5);
    assert.strictEqual(text.trim(), '');
  });
});
