// Outline, breadcrumbs and folding from the letter model (see symbolTree.ts for the kinds).
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../analysis/cache';
import { toRange } from '../../shared/convert';
import { foldingRanges, symbolTree, type SymbolKindName, type SymbolNode } from './symbolTree';

const KIND: Record<SymbolKindName, vscode.SymbolKind> = {
  File: vscode.SymbolKind.File,
  String: vscode.SymbolKind.String,
  Event: vscode.SymbolKind.Event,
  EnumMember: vscode.SymbolKind.EnumMember,
  Null: vscode.SymbolKind.Null,
};

export const symbolKindOf = (name: SymbolKindName) => KIND[name];

function toSymbol(n: SymbolNode): vscode.DocumentSymbol {
  const s = new vscode.DocumentSymbol(n.name, n.detail, KIND[n.kind], toRange(n.range), toRange(n.selectionRange));
  s.children = n.children.map(toSymbol);
  return s;
}

// The Outline, breadcrumbs and sticky scroll ask again and again for the same version: each
// result is kept with the letter model it came from (a new analysis is a new model), so a letter
// of thousands of items is converted once per edit, not once per request.

export class LetterSymbolProvider implements vscode.DocumentSymbolProvider {
  private readonly built = new WeakMap<object, vscode.DocumentSymbol[]>();

  constructor(private readonly cache: AnalysisCache) {}

  async provideDocumentSymbols(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.cache.analysisFor(doc);
    if (!analysis || token.isCancellationRequested) return [];
    let symbols = this.built.get(analysis.letter);
    if (!symbols) this.built.set(analysis.letter, (symbols = symbolTree(analysis.letter).map(toSymbol)));
    return symbols;
  }
}

export class LetterFoldingProvider implements vscode.FoldingRangeProvider {
  private readonly built = new WeakMap<object, vscode.FoldingRange[]>();

  constructor(private readonly cache: AnalysisCache) {}

  async provideFoldingRanges(doc: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[]> {
    const analysis = await this.cache.analysisFor(doc);
    if (!analysis || token.isCancellationRequested) return [];
    let ranges = this.built.get(analysis.letter);
    if (!ranges) this.built.set(analysis.letter, (ranges = foldingRanges(analysis.letter).map((f) => new vscode.FoldingRange(f.start, f.end))));
    return ranges;
  }
}
