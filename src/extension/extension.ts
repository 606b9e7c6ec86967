// Entry point: wires the adapters to VS Code. No logic and no module-level state here; every
// piece lives in a class constructed in activate() and disposed with the extension.
import * as vscode from 'vscode';
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
import { showSizeNotice, SizeLimitNotice } from './features/sizeNotice';
import { LetterStatusBar, statusItemView } from './features/statusBar/statusBar';
import { SuppressionCommands } from './commands/suppressions';
import { LetterFoldingProvider, LetterSymbolProvider } from './features/outline/symbols';
import { registerWorkspaceFeatures } from './workspace/index';
import { LetterIndex, LetterWorkspaceSymbolProvider } from './workspace/symbols/workspaceSymbols';
import { registerPdfLetters } from './pdf/index';
import { registerReadOnlyLetters } from './features/readOnly/index';
import { engineLoaded } from './analysis/engine';
import { TestRecorder, type ImrReviewApi } from './testApi';

export function activate(context: vscode.ExtensionContext): ImrReviewApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('IMR Review', { log: true });
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };

  const config = new ConfigService(log);
  const cache = new AnalysisCache(config, log);
  const detector = new LetterDetector(log);
  const diagnostics = new DiagnosticsController(cache, config, log);
  const recorder = new TestRecorder(cache); // after the diagnostics: see its constructor
  const ruleDocs = new RuleDocs(log);
  // One set of file watchers for the workspace features (the Ctrl+T index, the check, the tree).
  const letterWatcher = new LetterWatcher();
  const index = new LetterIndex(cache, config, log, letterWatcher);
  const statusBar = new LetterStatusBar(cache, recorder.statusView(statusItemView()));
  const sizeNotice = new SizeLimitNotice(cache, recorder.notifier(showSizeNotice));
  const suppressions = new SuppressionCommands(config, log);
  const exporter = new SummaryExporter(context.globalState, cache, log);
  const readOnly = registerReadOnlyLetters();

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
    recorder,
    readOnly,
    vscode.languages.registerDocumentSymbolProvider(selector, new LetterSymbolProvider(cache), { label: 'IMR letter' }),
    vscode.languages.registerFoldingRangeProvider(selector, new LetterFoldingProvider(cache)),
    vscode.languages.registerHoverProvider(selector, new LetterHoverProvider(cache)),
    vscode.languages.registerCodeActionsProvider(selector, new LetterCodeActions(cache, readOnly.letters), LetterCodeActions.metadata),
    vscode.languages.registerWorkspaceSymbolProvider(new LetterWorkspaceSymbolProvider(index)),
    vscode.commands.registerCommand('imrReview.exportDecisionSummary', (uri?: unknown, options?: ExportOptions) => exporter.run(uri, options ?? {})),
    vscode.commands.registerCommand('imrReview.showRuleDocumentation', (id?: unknown) => ruleDocs.show(id)),
    vscode.commands.registerCommand('imrReview.ignoreForItem', (args?: unknown) => suppressions.ignoreForItem(args)),
    vscode.commands.registerCommand('imrReview.manageSuppressions', (args?: unknown) => suppressions.manage(args)),
    vscode.commands.registerCommand('imrReview.undoIgnore', () => suppressions.undoLast()),
    registerPdfLetters(log),
  );

  const workspace = registerWorkspaceFeatures(context, { config, cache, log, watcher: letterWatcher, diagnostics });
  // Ctrl+T reads the disk again after a complete reading: the watcher's events can be missed.
  context.subscriptions.push(workspace.decisions.provider.onDidReadAll(() => index.reset()));

  // Letters already open (e.g. restored editors) and diagnostics for those already `imr`.
  const initialScan = detector.scanOpenDocuments();
  diagnostics.refreshAll();

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    engineLoadedAtActivation: engineLoaded(),
    analysisOf: (uri) => recorder.analysisOf(uri),
    onDidAnalyze: recorder.onDidAnalyze,
    statusText: () => recorder.statusText(),
    readOnlyStatusText: () => readOnly.statusText(),
    readOnlyApplied: (uri) => readOnly.letters.appliedTo(uri),
    sizeLimitNotices: () => recorder.notices,
    ruleDocsUri,
    initialScan,
    decisions: workspace.decisions,
    decisionsTree: workspace.decisions.provider,
    overview: workspace.overview,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
