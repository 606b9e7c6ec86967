// Hovers on item headings, guidelines and concluding sentences (text built in content.ts).
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../analysis/cache';
import { fromPosition, toRange } from '../../shared/convert';
import { hoverAt } from './content';

export class LetterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly cache: AnalysisCache) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const analysis = await this.cache.analysisFor(doc);
    if (!analysis || token.isCancellationRequested) return undefined;
    const data = hoverAt(analysis, fromPosition(position));
    if (!data) return undefined;
    // Not trusted, no HTML: the text comes from the letter.
    const md = new vscode.MarkdownString(data.markdown, false);
    md.isTrusted = false;
    md.supportHtml = false;
    return new vscode.Hover(md, toRange(data.range));
  }
}
