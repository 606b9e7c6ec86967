// "IMR: 2 upheld · 1 overturned · 1 problem" for the active letter; a click opens the Problems
// panel, or the Outline when there is nothing to fix. While a large letter is analysed in the
// background it says "IMR: analysing…"; over the size limit it says so, and a click opens the setting.
import * as vscode from 'vscode';
import type { Analysis } from '../../../core/light';
import type { AnalysisCache } from '../../analysis/cache';
import { isLetterDocument } from '../../shared/convert';
import { analysingStatus, failedStatus, statusInfo, tooLargeStatus, type StatusInfo } from './statusText';

/** Where the status bar's text goes: a status bar item (statusItemView), or a wrapper around one. */
export interface StatusView extends vscode.Disposable {
  show(info: StatusInfo): void;
  hide(): void;
}

export function statusItemView(): StatusView {
  const item = vscode.window.createStatusBarItem('imrReview.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'IMR Review';
  return {
    show(info) {
      item.text = info.text;
      item.tooltip = info.tooltip;
      item.command = info.command && { title: info.text, command: info.command, arguments: info.arguments };
      item.show();
    },
    hide: () => item.hide(),
    dispose: () => item.dispose(),
  };
}

export class LetterStatusBar implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly view: StatusView = statusItemView(),
  ) {
    const ifActive = (uri: vscode.Uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) void this.refresh();
    };
    this.disposables = [
      view,
      vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
      cache.onDidAnalyze(({ document }) => ifActive(document.uri)),
      cache.onDidChangeState(ifActive),
      vscode.workspace.onDidCloseTextDocument((doc) => ifActive(doc.uri)),
    ];
    void this.refresh();
  }

  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isLetterDocument(doc)) return this.hide();
    const version = doc.version;
    const pending = this.cache.analysisFor(doc);
    // Over the limit, or analysing in the background: say so before the analysis settles.
    const state = this.cache.stateOf(doc)?.kind;
    if (state === 'too-large' || state === 'analysing') this.render(doc, undefined);
    let analysis: Analysis | undefined;
    try {
      analysis = await pending;
    } catch {
      analysis = undefined; // logged by the diagnostics controller; the state says "failed"
    }
    // Another editor may have become active, or the letter changed, while this one was analysed:
    // showing it now would put a previous letter's (or version's) counts on the current one.
    const active = vscode.window.activeTextEditor?.document;
    if (active !== doc || doc.version !== version) return;
    this.render(doc, analysis);
  }

  private render(doc: vscode.TextDocument, analysis: Analysis | undefined): void {
    if (!isLetterDocument(doc)) return this.hide();
    const state = this.cache.stateOf(doc);
    let info: StatusInfo | undefined;
    if (state?.kind === 'too-large') info = tooLargeStatus(state.chars, state.limitChars);
    else if (state?.kind === 'analysing') info = analysingStatus(state.chars);
    else if (state?.kind === 'failed') info = failedStatus();
    else if (analysis) info = statusInfo(analysis);
    if (!info) return this.hide();
    this.view.show(info);
  }

  private hide(): void {
    this.view.hide();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
