// "IMR: 2 upheld · 1 overturned · 1 problem" for the active letter; a click opens the Problems
// panel, or the Outline when there is nothing to fix.
import * as vscode from 'vscode';
import type { Analysis } from '../core/index';
import type { AnalysisCache } from './analysisCache';
import { isLetterDocument } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { statusInfo } from './statusText';

export class LetterStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('imrReview.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(
    private readonly cache: AnalysisCache,
    diagnostics: DiagnosticsController,
  ) {
    this.item.name = 'IMR Review';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      diagnostics.onDidUpdate(({ uri, analysis }) => {
        const active = vscode.window.activeTextEditor?.document;
        if (active && active.uri.toString() === uri.toString()) this.show(active, analysis);
      }),
    );
    void this.refresh();
  }

  /** The text shown now ('' when hidden), for the test API. */
  get text(): string {
    return this.visible ? this.item.text : '';
  }

  private visible = false;

  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isLetterDocument(doc)) return this.hide();
    this.show(doc, await this.cache.analysisFor(doc));
  }

  private show(doc: vscode.TextDocument, analysis: Analysis | undefined): void {
    if (!isLetterDocument(doc) || !analysis) return this.hide();
    const info = statusInfo(analysis);
    this.item.text = info.text;
    this.item.tooltip = info.tooltip;
    this.item.command = info.command;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
