// Outline, folding and workspace symbols, through the same provider commands the editor uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, lineOf, openLetter, sameUri } from './helpers';

function names(symbols: vscode.DocumentSymbol[]): string[] {
  return symbols.map((s) => s.name);
}

describe('Outline, folding and workspace symbols', () => {
  before(async () => {
    await activateExtension();
  });

  it('lists each item with its decision, nested sections -> items -> guidelines and rationale', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols for a letter');
    assert.deepStrictEqual(names(symbols), ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES']);

    const issues = symbols[2];
    const items = issues.children.filter((c) => c.name.startsWith('Tramadol') || c.name.startsWith('Physical therapy'));
    assert.deepStrictEqual(
      items.map((i) => [i.name, i.detail]),
      [
        ['Tramadol 50mg #120', 'Upheld'],
        ['Physical therapy 8 sessions for the left knee', 'Overturned'],
      ],
    );
    // Upheld and Overturned items carry different symbol kinds (different Outline icons).
    assert.notStrictEqual(items[0].kind, items[1].kind, 'Upheld and Overturned items must be told apart by kind');
    assert.strictEqual(items[0].selectionRange.start.line, lineOf(doc, 'Tramadol 50mg #120:'));

    for (const item of items) {
      assert.deepStrictEqual(names(item.children), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale'], `children of ${item.name}`);
      for (const child of item.children) assert.ok(item.range.contains(child.range), `${child.name} lies inside ${item.name}`);
    }
    assert.match(items[0].children[2].detail, /not medically necessary/);
    assert.match(items[1].children[2].detail, /^medically necessary/);
    assert.ok(issues.range.contains(items[1].range), 'items lie inside their section');
  });

  it('gives folding ranges for sections and items', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok(Array.isArray(ranges) && ranges.length > 0, 'no folding ranges');
    const starts = new Set(ranges.map((r) => r.start));
    for (const heading of ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'CLINICAL CASE SUMMARY', 'IMR ISSUES, DECISIONS AND RATIONALES', 'Tramadol 50mg #120:', 'Physical therapy 8 sessions']) {
      assert.ok(starts.has(lineOf(doc, heading)), `a folding range starts at "${heading}"`);
    }
    const tramadol = ranges.find((r) => r.start === lineOf(doc, 'Tramadol 50mg #120:'));
    assert.ok(tramadol && tramadol.end >= lineOf(doc, 'prior supply'), 'the item folds down to its rationale');
  });

  it('finds an item by drug name across two letters (workspace symbols)', async () => {
    const a = await openLetter('letters', 'consistent-knee.txt');
    const b = await openLetter('letters', 'contradictory-shoulder.txt');
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Tramadol');
    assert.ok(Array.isArray(found), 'no workspace symbol answer');
    const inA = found.filter((s) => sameUri(s.location.uri, a.uri));
    const inB = found.filter((s) => sameUri(s.location.uri, b.uri));
    assert.deepStrictEqual(inA.map((s) => s.name), ['Tramadol 50mg #120']);
    assert.deepStrictEqual(inB.map((s) => s.name), ['Tramadol ER 100mg #30']);
    assert.strictEqual(inB[0].location.range.start.line, lineOf(b, 'Tramadol ER 100mg #30:'));
    const none = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Oxycodone');
    assert.deepStrictEqual(none.filter((s) => sameUri(s.location.uri, a.uri) || sameUri(s.location.uri, b.uri)), [], 'a drug in neither letter finds nothing');
  });
});
