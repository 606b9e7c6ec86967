// Findings -> the Problems panel. Asks for an analysis on open, on edit (debounced) and when the
// configuration changes, and publishes every analysis the cache announces for a letter's current
// version (whoever asked for it); one of a version an edit has since replaced is dropped.
import * as vscode from 'vscode';
import type { Analysis } from '../../../core/light';
import type { AnalysedDocument, AnalysisCache } from '../../analysis/cache';
import type { ConfigService } from '../../config/configService';
import { isLetterDocument, isOpenLetter, toRange } from '../../shared/convert';
import { Debouncer } from '../../shared/debounce';
import { logError } from '../../shared/errorLog';
import { DIAGNOSTIC_SOURCE, toDiagnosticData, type DiagnosticData } from './data';
import { ruleDocsUriString } from '../../shared/ruleDocsUri';
import { batchesOf } from './batches';

export const EDIT_DEBOUNCE_MS = 250;

const SEVERITY: Record<DiagnosticData['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(data: DiagnosticData, uri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(data.range), data.message, SEVERITY[data.severity]);
  d.source = data.source;
  d.code = { value: data.code.value, target: vscode.Uri.parse(data.code.target) };
  if (data.related.length > 0) {
    d.relatedInformation = data.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  }
  return d;
}

export function diagnosticsOf(analysis: Analysis, uri: vscode.Uri): vscode.Diagnostic[] {
  return analysis.findings.map((f) => toDiagnostic(toDiagnosticData(f, ruleDocsUriString), uri));
}

export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly debouncer = new Debouncer(EDIT_DEBOUNCE_MS);
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly cache: AnalysisCache,
    config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      cache.onDidAnalyze((e) => this.publish(e)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.refreshNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isLetterDocument(e.document) && e.contentChanges.length > 0) this.refreshSoon(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      config.onDidChange(() => this.refreshAll()),
    );
  }

  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.refreshNow(doc);
  }

  private refreshSoon(doc: vscode.TextDocument): void {
    this.debouncer.schedule(doc.uri.toString(), () => void this.request(doc));
  }

  private refreshNow(doc: vscode.TextDocument): void {
    if (!isLetterDocument(doc)) return;
    this.debouncer.cancel(doc.uri.toString());
    void this.request(doc);
  }

  /** Asks for the analysis; the cache announces it (publish). A failed one is published empty. */
  private async request(doc: vscode.TextDocument): Promise<void> {
    try {
      await this.cache.analysisFor(doc);
    } catch (err) {
      logError(this.log, 'Analysis failed', err);
    }
  }

  private publish({ document, version, analysis }: AnalysedDocument): void {
    // An edit made this version stale: the analysis of the newer one follows.
    if (document.version !== version || document.isClosed || !isLetterDocument(document)) return;
    this.collection.set(document.uri, analysis ? diagnosticsOf(analysis, document.uri) : []);
  }

  /**
   * Problems of letters that are not open (workspace/letters read from disk: WorkspaceProblems),
   * undefined to drop them; open letters stay live. In batches VS Code passes on whole.
   */
  publishSnapshots(entries: readonly [vscode.Uri, vscode.Diagnostic[] | undefined][]): void {
    const closed = entries.filter(([uri]) => !isOpenLetter(uri));
    for (const batch of batchesOf(closed, ([, ds]) => ds?.length ?? 0)) this.collection.set(batch);
  }

  private forget(uri: vscode.Uri): void {
    this.debouncer.cancel(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
