// Entry point: wires the adapters to VS Code. No logic and no module-level state here; every
// piece lives in a class constructed in activate() and disposed with the extension.
import * as vscode from 'vscode';
import type { Analysis } from '../core/index';
import { AnalysisCache } from './analysis/cache';
import { LetterCodeActions } from './features/codeActions';
import { ConfigService } from './config/configService';
import { LANGUAGE_ID } from './shared/convert';
import { LetterDetector } from './features/language/detect';
import { DiagnosticsController } from './features/diagnostics/diagnostics';
import { SummaryExporter, type ExportOptions } from './commands/exportSummary';
import { LetterHoverProvider } from './features/hover/hover';
import { LetterWatcher } from './workspace/letters/letterFiles';
import { RuleDocs, ruleDocsUri } from './commands/ruleDocs';
import { SizeLimitNotice } from './features/sizeNotice';
import { LetterStatusBar } from './features/statusBar/statusBar';
import { SuppressionCommands } from './commands/suppressions';
import { LetterFoldingProvider, LetterSymbolProvider } from './features/outline/symbols';
import { WorkspaceCheck } from './workspace/check/check';
import { registerWorkspaceFeatures, type WorkspaceApi } from './workspace/index';
import { LetterIndex, LetterWorkspaceSymbolProvider } from './workspace/symbols/workspaceSymbols';

/** What activate() returns; the real-VS-Code tests use it. */
export interface ImrReviewApi {
  /** Milliseconds activate() took (wiring only; the scan of open documents continues after). */
  readonly activationMs: number;
  /** The last analysis of a document the extension has seen, or undefined. */
  analysisOf(uri: vscode.Uri): Analysis | undefined;
  /** Fires after a document's diagnostics were (re)published. */
  readonly onDidUpdateDiagnostics: vscode.Event<vscode.Uri>;
  /** The status bar text now ('' when hidden). */
  statusText(): string;
  /** The messages shown for letters over imrReview.maxFileSizeMB, in order. */
  sizeLimitNotices(): readonly { uri: string; message: string }[];
  /** The documentation URI a rule's diagnostics link to. */
  ruleDocsUri(ruleId: string): vscode.Uri;
  /** Resolves once the documents open at activation were checked for letters. */
  readonly initialScan: Promise<number>;
  /** The "IMR Decisions" tree's data provider and a refresh (issue 7). */
  readonly decisions: WorkspaceApi['decisions'];
  readonly decisionsTree: WorkspaceApi['decisions']['provider'];
}

export function activate(context: vscode.ExtensionContext): ImrReviewApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('IMR Review', { log: true });
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

  const config = new ConfigService(log);
  const cache = new AnalysisCache(config, log);
  const detector = new LetterDetector(log);
  const diagnostics = new DiagnosticsController(cache, config, log);
  const ruleDocs = new RuleDocs(log);
  // One set of file watchers for the workspace features (the Ctrl+T index, the check, the tree).
  const letterWatcher = new LetterWatcher();
  const index = new LetterIndex(cache, config, log, letterWatcher);
  const statusBar = new LetterStatusBar(cache, diagnostics);
  const sizeNotice = new SizeLimitNotice(cache);
  const suppressions = new SuppressionCommands(config, log);
  const exporter = new SummaryExporter(context.globalState, cache, log);
  const workspaceCheck = new WorkspaceCheck(config, cache, diagnostics, log, letterWatcher);
  const updated = new vscode.EventEmitter<vscode.Uri>();

  context.subscriptions.push(
    log,
    config,
    detector,
    diagnostics,
    ruleDocs,
    letterWatcher,
    index,
    statusBar,
    sizeNotice,
    cache,
    updated,
    diagnostics.onDidUpdate(({ uri }) => updated.fire(uri)),
    vscode.languages.registerDocumentSymbolProvider(selector, new LetterSymbolProvider(cache), { label: 'IMR letter' }),
    vscode.languages.registerFoldingRangeProvider(selector, new LetterFoldingProvider(cache)),
    vscode.languages.registerHoverProvider(selector, new LetterHoverProvider(cache)),
    vscode.languages.registerCodeActionsProvider(selector, new LetterCodeActions(cache), LetterCodeActions.metadata),
    vscode.languages.registerWorkspaceSymbolProvider(new LetterWorkspaceSymbolProvider(index)),
    vscode.commands.registerCommand('imrReview.exportDecisionSummary', (uri?: unknown, options?: ExportOptions) => exporter.run(uri, options ?? {})),
    vscode.commands.registerCommand('imrReview.showRuleDocumentation', (id?: unknown) => ruleDocs.show(id)),
    vscode.commands.registerCommand('imrReview.ignoreForItem', (args?: unknown) => suppressions.ignoreForItem(args)),
    vscode.commands.registerCommand('imrReview.manageSuppressions', (args?: unknown) => suppressions.manage(args)),
    workspaceCheck,
    vscode.commands.registerCommand('imrReview.checkWorkspace', (arg?: unknown) => workspaceCheck.run(arg)),
  );

  const workspace = registerWorkspaceFeatures(context, { config, cache, diagnostics, log, watcher: letterWatcher });

  // Letters already open (e.g. restored editors) and diagnostics for those already `imr`.
  const initialScan = detector.scanOpenDocuments();
  diagnostics.refreshAll();

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    analysisOf: (uri) => cache.peek(uri),
    onDidUpdateDiagnostics: updated.event,
    statusText: () => statusBar.text,
    sizeLimitNotices: () => sizeNotice.shown,
    ruleDocsUri,
    initialScan,
    decisions: workspace.decisions,
    decisionsTree: workspace.decisions.provider,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
