// One parse per document version and configuration: symbols, folding, hovers, diagnostics, code
// actions and the status bar all read the same Analysis. Small documents are analysed on the spot;
// large ones in a worker thread (the extension host stays responsive), where a newer version or
// closing the document cancels the running job; documents over imrReview.maxFileSizeMB are not
// analysed, and their state says so (the status bar and a message tell the user).
import * as vscode from 'vscode';
import type { Analysis, Letter } from '../../core/light';
import { engine } from './engine';
import { DocumentAnalyzers } from './documentAnalyzers';
import { planAnalysis } from './plan';
import { AnalysisWorkerPool, type WorkerLike } from './workerPool';
import { nodeWorkerFactory } from './workerNode';
import type { ConfigService, LetterOptions } from '../config/configService';

/** A document's current version was analysed: its analysis, or undefined when it was too large or failed. */
export interface AnalysedDocument {
  document: vscode.TextDocument;
  /** The version analysed; the document may have changed since (then a newer analysis follows). */
  version: number;
  analysis: Analysis | undefined;
}

/** What the cache is doing with a document's current version, beyond holding its analysis. */
export type AnalysisState =
  | { kind: 'too-large'; chars: number; limitChars: number }
  | { kind: 'analysing'; chars: number }
  | { kind: 'failed' }
  | { kind: 'done' };

interface Entry {
  version: number;
  configVersion: number;
  analysis: Promise<Analysis | undefined>;
  state?: AnalysisState;
  /** Cancels the worker job of this entry while one runs. */
  cancel?: () => void;
}

/** Characters in a document without materialising its text. */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly stateChanged = new vscode.EventEmitter<vscode.Uri>();
  private readonly analysed = new vscode.EventEmitter<AnalysedDocument>();
  private readonly closing: vscode.Disposable;
  private readonly pool: AnalysisWorkerPool | undefined;
  /** Per open document, what its last analysis on this thread built, for the next version to reuse. */
  private readonly analyzers = new DocumentAnalyzers();
  /** Fires when a document's state changes (analysing, too large, done...). */
  readonly onDidChangeState = this.stateChanged.event;
  /**
   * Fires when the analysis of a document's current version settles, whoever asked for it
   * (diagnostics, the tree and the status bar follow it); never for a superseded version or a
   * closed document, and once per version and configuration.
   */
  readonly onDidAnalyze = this.analysed.event;

  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
    workers: (() => WorkerLike) | undefined = nodeWorkerFactory(),
  ) {
    this.pool = workers && new AnalysisWorkerPool(workers);
    if (!this.pool) log.info('No worker threads in this extension host: every letter is analysed on its main thread');
    // A closed document's analysis is dropped (and its running job cancelled) here, by its owner.
    this.closing = vscode.workspace.onDidCloseTextDocument((doc) => this.delete(doc.uri));
  }

  /**
   * The analysis of the document as it is now; undefined when it is too large to parse (or closed
   * before its analysis ended). When the document changes while it is analysed, the promise
   * resolves with the newer version's analysis: callers never get a superseded one.
   */
  analysisFor(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const existing = this.entries.get(key);
    if (existing && existing.version === doc.version && existing.configVersion === this.config.version) return existing.analysis;
    existing?.cancel?.();
    const entry: Entry = { version: doc.version, configVersion: this.config.version, analysis: Promise.resolve(undefined) };
    this.entries.set(key, entry);
    entry.analysis = this.compute(doc, key, entry).then(
      (analysis) => {
        if (entry.state?.kind !== 'too-large') this.setState(doc.uri, entry, { kind: 'done' });
        this.announce(doc, entry, analysis);
        return analysis;
      },
      (err: unknown) => {
        this.setState(doc.uri, entry, { kind: 'failed' });
        this.announce(doc, entry, undefined);
        throw err;
      },
    );
    return entry.analysis;
  }

  /** The state of the document's current version, or undefined when the cache has not seen it. */
  stateOf(doc: vscode.TextDocument): AnalysisState | undefined {
    const entry = this.entries.get(doc.uri.toString());
    return entry && entry.version === doc.version && entry.configVersion === this.config.version ? entry.state : undefined;
  }

  private async compute(doc: vscode.TextDocument, key: string, entry: Entry): Promise<Analysis | undefined> {
    const version = doc.version;
    const chars = documentLength(doc);
    const plan = planAnalysis(chars, this.config.maxChars(doc.uri), this.pool !== undefined);
    if (plan.kind === 'too-large') {
      this.log.info(`Not analysing a ${Math.round(chars / 1024)} KB document: above imrReview.maxFileSizeMB (${Math.round(plan.limitChars / 1024)} KB)`);
      this.setState(doc.uri, entry, plan);
      return undefined;
    }
    // The text of this version, before anything is awaited (the document may change meanwhile).
    const text = doc.getText();
    const options = await this.config.optionsFor(doc.uri);
    if (this.entries.get(key) !== entry) return this.newer(key); // superseded while the configuration was read
    const started = Date.now();
    let analysis: Analysis | undefined;
    if (plan.kind === 'worker') {
      this.setState(doc.uri, entry, { kind: 'analysing', chars });
      analysis = await this.offThread(text, options, entry, key);
      if (this.entries.get(key) !== entry) return this.newer(key); // a newer version or the closing won
    }
    analysis ??= this.analyzers.for(key).analyze(text, options);
    this.log.debug(`Analysed version ${version} (${doc.lineCount} lines) ${plan.kind === 'worker' ? 'in a worker' : 'on the main thread'} in ${Date.now() - started} ms: ${analysis.letter.items.length} items, ${analysis.findings.length} findings`);
    return analysis;
  }

  /** What a superseded entry resolves to: the newer version's analysis (undefined once the document closed). */
  private newer(key: string): Promise<Analysis | undefined> {
    return this.entries.get(key)?.analysis ?? Promise.resolve(undefined);
  }

  /**
   * Runs the analysis in a worker; undefined when it was cancelled. A worker that could not start
   * falls back to the main thread (by returning undefined with the entry still current).
   */
  private async offThread(text: string, options: LetterOptions, entry: Entry, document: string): Promise<Analysis | undefined> {
    let job;
    try {
      job = this.pool!.run(text, options, document);
    } catch (err) {
      this.log.warn(`The analysis worker could not start (${err instanceof Error ? err.message : String(err)}); analysing on the main thread`);
      return undefined;
    }
    entry.cancel = job.cancel;
    try {
      return await job.result;
    } finally {
      entry.cancel = undefined;
    }
  }

  /**
   * Analyses a text that is not an open document (a letter read from disk), off the main thread
   * when it is large. For the workspace features; the caller applies the size limit.
   */
  async analyzeText(text: string, options: LetterOptions, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    if (planAnalysis(text.length, Infinity, this.pool !== undefined).kind !== 'worker') return engine().analyze(text, options);
    const job = this.pool!.run(text, options);
    const sub = token?.onCancellationRequested(() => job.cancel());
    try {
      return await job.result;
    } finally {
      sub?.dispose();
    }
  }

  /**
   * The letter model of a text read from disk, for features that need no findings (workspace
   * symbols): parsed here when small, analysed in the worker when large so the host never stalls.
   */
  async letterOfText(text: string, options: LetterOptions, token?: vscode.CancellationToken): Promise<Letter | undefined> {
    if (planAnalysis(text.length, Infinity, this.pool !== undefined).kind !== 'worker') return engine().parseLetter(text);
    return (await this.analyzeText(text, options, token))?.letter;
  }

  private announce(document: vscode.TextDocument, entry: Entry, analysis: Analysis | undefined): void {
    if (this.entries.get(document.uri.toString()) === entry) this.analysed.fire({ document, version: entry.version, analysis });
  }

  private setState(uri: vscode.Uri, entry: Entry, state: AnalysisState): void {
    if (this.entries.get(uri.toString()) !== entry) return;
    entry.state = state;
    this.stateChanged.fire(uri);
  }

  /** Forgets a document (it was closed); its running analysis, if any, is cancelled. */
  private delete(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    entry?.cancel?.();
    this.entries.delete(key);
    this.analyzers.delete(key);
    if (entry) this.stateChanged.fire(uri);
  }

  dispose(): void {
    this.closing.dispose();
    for (const entry of this.entries.values()) entry.cancel?.();
    this.entries.clear();
    this.analyzers.clear();
    this.pool?.dispose();
    this.stateChanged.dispose();
    this.analysed.dispose();
  }
}
