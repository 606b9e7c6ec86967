// What activate() returns, for the real-VS-Code tests. It wraps the production pieces (it records
// what the cache announces, what the status bar shows and which size messages were shown) instead
// of adding members to them that only tests would use.
import * as vscode from 'vscode';
import type { Analysis } from '../core/light';
import type { AnalysisCache } from './analysis/cache';
import type { StatusView } from './features/statusBar/statusBar';
import type { SizeNotifier } from './features/sizeNotice';
import type { WorkspaceApi } from './workspace/index';

export interface ImrReviewApi {
  /** Milliseconds activate() took (wiring only; the scan of open documents continues after). */
  readonly activationMs: number;
  /** Whether activate() loaded the analysis engine (it must not: the first analysis does). */
  readonly engineLoadedAtActivation: boolean;
  /** The last analysis of an open document the extension has seen, or undefined. */
  analysisOf(uri: vscode.Uri): Analysis | undefined;
  /** Fires after the cache announced an analysis (its diagnostics are published by then). */
  readonly onDidAnalyze: vscode.Event<vscode.Uri>;
  /** The status bar text now ('' when hidden). */
  statusText(): string;
  /** The status bar's read-only lock for the active letter now ('' when hidden). */
  readOnlyStatusText(): string;
  /** The read-only state last set on the letter's editor, once VS Code applied it (undefined: none set). */
  readOnlyApplied(uri: vscode.Uri): Promise<boolean> | undefined;
  /** The messages shown for letters over imrReview.maxFileSizeMB, in order. */
  sizeLimitNotices(): readonly { uri: string; message: string }[];
  /** The documentation URI a rule's diagnostics link to. */
  ruleDocsUri(ruleId: string): vscode.Uri;
  /** Resolves once the documents open at activation were checked for letters. */
  readonly initialScan: Promise<number>;
  /** The "IMR Decisions" tree's data provider and a refresh (issue 7). */
  readonly decisions: WorkspaceApi['decisions'];
  readonly decisionsTree: WorkspaceApi['decisions']['provider'];
  /** The decisions overview: showRowItems is what a click on a row of its webview runs (issue 16). */
  readonly overview: Pick<WorkspaceApi['overview'], 'showRowItems'>;
}

/** Records for the test API; extension.ts hands it the pieces to wrap. */
export class TestRecorder implements vscode.Disposable {
  private readonly analyses = new Map<string, Analysis>();
  private readonly analysed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.analysed];
  private shownText = '';
  readonly notices: { uri: string; message: string }[] = [];
  readonly onDidAnalyze = this.analysed.event;

  /** Made after the diagnostics controller: it subscribes later, so a test woken here finds them published. */
  constructor(cache: AnalysisCache) {
    this.disposables.push(
      cache.onDidAnalyze(({ document, analysis }) => {
        if (analysis) this.analyses.set(document.uri.toString(), analysis);
        this.analysed.fire(document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.analyses.delete(doc.uri.toString())),
    );
  }

  analysisOf(uri: vscode.Uri): Analysis | undefined {
    return this.analyses.get(uri.toString());
  }

  statusView(view: StatusView): StatusView {
    return {
      show: (info) => {
        view.show(info);
        this.shownText = info.text;
      },
      hide: () => {
        view.hide();
        this.shownText = '';
      },
      dispose: () => view.dispose(),
    };
  }

  statusText(): string {
    return this.shownText;
  }

  notifier(notify: SizeNotifier): SizeNotifier {
    return (uri, message) => {
      this.notices.push({ uri, message });
      notify(uri, message);
    };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
