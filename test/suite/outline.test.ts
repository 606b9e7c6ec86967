// Outline, folding and workspace symbols, through the same provider commands the editor uses.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, lineOf, openLetter, readWorkspaceFile, sameUri } from './helpers';

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
    // Icons that read as a letter: sections as headings ("abc", as in VS Code's Markdown Outline),
    // Upheld (blue) and Overturned (orange bolt) told apart by kind, guidelines as cited documents.
    assert.deepStrictEqual(symbols.map((s) => s.kind), [vscode.SymbolKind.String, vscode.SymbolKind.String, vscode.SymbolKind.String]);
    assert.deepStrictEqual(items.map((i) => i.kind), [vscode.SymbolKind.EnumMember, vscode.SymbolKind.Event]);
    assert.deepStrictEqual(items[0].children.map((c) => c.kind), [vscode.SymbolKind.File, vscode.SymbolKind.File, vscode.SymbolKind.String]);
    assert.strictEqual(items[0].selectionRange.start.line, lineOf(doc, 'Tramadol 50mg #120:'));

    for (const item of items) {
      assert.deepStrictEqual(names(item.children), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale'], `children of ${item.name}`);
      for (const child of item.children) assert.ok(item.range.contains(child.range), `${child.name} lies inside ${item.name}`);
    }
    // What each rationale concludes, in plain words (the cue is the hover's "How this was read").
    assert.strictEqual(items[0].children[2].detail, 'not medically necessary');
    assert.strictEqual(items[1].children[2].detail, 'medically necessary');
    assert.ok(issues.range.contains(items[1].range), 'items lie inside their section');
  });

  it('shows the header as one row without children, the items a few rows below it', async () => {
    // VS Code sorts the Outline by position and opens every node with children (outline.collapseItems
    // is all or nothing), so only a header without children keeps its fields from filling the Outline.
    const text = readWorkspaceFile('letters', 'consistent-knee.txt');
    assert.ok(text);
    const header = 'Case Number: CM99-0000042\nDate Assigned: 02/03/2015\nDate of Injury: 05/06/2013\nUR Denial Date: 01/15/2015\nPriority: Standard\n\n';
    const doc = await vscode.workspace.openTextDocument({ content: header + text, language: 'imr' });
    await vscode.window.showTextDocument(doc);
    try {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols for the letter with a header');
      assert.deepStrictEqual([symbols[0].name, symbols[0].detail, symbols[0].kind, symbols[0].children.length], ['Header', 'Case Number CM99-0000042 · 5 fields', vscode.SymbolKind.File, 0]);
      assert.strictEqual(symbols[0].selectionRange.start.line, 0);
      // Rows of the Outline fully open, in order: the first item is the sixth.
      const rows: string[] = [];
      const walk = (ss: vscode.DocumentSymbol[]) => ss.forEach((x) => (rows.push(x.name), walk(x.children)));
      walk(symbols);
      assert.strictEqual(rows.indexOf('Tramadol 50mg #120'), 5, rows.join(' / '));
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
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
