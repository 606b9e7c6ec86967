// Findings -> the Problems panel. Recomputed on open, on edit (debounced), and when the
// configuration changes; a generation counter drops results that an edit made stale.
import * as vscode from 'vscode';
import type { Analysis } from '../../../core/index';
import type { AnalysisCache } from '../../analysis/cache';
import type { ConfigService } from '../../config/configService';
import { isLetterDocument, isOpenLetter, toRange } from '../../shared/convert';
import { Debouncer, Generations } from '../../shared/debounce';
import { logError } from '../../shared/errorLog';
import { DIAGNOSTIC_SOURCE, toDiagnosticData, type DiagnosticData } from './data';
import { ruleDocsUriString } from '../../shared/ruleDocsUri';

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
  private readonly generations = new Generations();
  private readonly updated = new vscode.EventEmitter<{ uri: vscode.Uri; analysis: Analysis | undefined }>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updated];
  /** Fires after a document's diagnostics were published (the status bar and tests listen). */
  readonly onDidUpdate = this.updated.event;

  constructor(
    private readonly cache: AnalysisCache,
    config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
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
    const key = doc.uri.toString();
    this.generations.next(key); // results already in flight are stale now
    this.debouncer.schedule(key, () => void this.publish(doc));
  }

  refreshNow(doc: vscode.TextDocument): Promise<void> {
    if (!isLetterDocument(doc)) return Promise.resolve();
    this.debouncer.cancel(doc.uri.toString());
    return this.publish(doc);
  }

  private async publish(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const ticket = this.generations.next(key);
    let analysis: Analysis | undefined;
    try {
      analysis = await this.cache.analysisFor(doc);
    } catch (err) {
      logError(this.log, 'Analysis failed', err);
      analysis = undefined;
    }
    if (!this.generations.isCurrent(key, ticket) || doc.isClosed || !isLetterDocument(doc)) return;
    this.collection.set(doc.uri, analysis ? diagnosticsOf(analysis, doc.uri) : []);
    this.updated.fire({ uri: doc.uri, analysis });
  }

  /** Diagnostics for a letter that is not open (the workspace check); open letters stay live. */
  publishSnapshot(uri: vscode.Uri, analysis: Analysis): void {
    if (!isOpenLetter(uri)) this.collection.set(uri, diagnosticsOf(analysis, uri));
  }

  /** Drops a snapshot (its letter was deleted, renamed or is no longer one); open letters stay live. */
  clearSnapshot(uri: vscode.Uri): void {
    if (!isOpenLetter(uri)) this.collection.delete(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.debouncer.cancel(key);
    this.generations.drop(key);
    this.cache.delete(uri);
    this.collection.delete(uri);
    this.updated.fire({ uri, analysis: undefined });
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
