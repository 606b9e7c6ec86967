// Issue 7's editor side: the "IMR Decisions" tree, "Check all letters" (the tree's reading with a
// progress notification), the Problems of letters not open, the workspace export and the decisions
// overview. extension.ts calls registerWorkspaceFeatures once and puts the result on its API.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis/cache';
import type { ConfigService } from '../config/configService';
import type { DiagnosticsController } from '../features/diagnostics/diagnostics';
import { WorkspaceProblems } from '../features/diagnostics/workspaceProblems';
import { WorkspaceCheck } from './check/check';
import { isLetterDocument } from '../shared/convert';
import { discoveredFileOf, type LetterWatcher } from './letters/letterFiles';
import { WorkspaceLetters } from './letters/collect';
import { DecisionsProvider } from './tree/decisionsView';
import { exportWorkspaceSummaries } from './export/exportWorkspace';
import { OverviewPanel } from './overview/overviewPanel';
import type { DecisionFilter } from './tree/treeModel';

export interface WorkspaceServices {
  config: ConfigService;
  cache: AnalysisCache;
  log: vscode.LogOutputChannel;
  watcher: LetterWatcher;
  diagnostics: DiagnosticsController;
}

export interface WorkspaceApi {
  decisions: { provider: DecisionsProvider; refresh(): Promise<void> };
  overview: OverviewPanel;
  problems: WorkspaceProblems;
}

const DECISION_PICKS: { label: string; value: DecisionFilter }[] = [
  { label: 'Upheld', value: 'Upheld' },
  { label: 'Overturned', value: 'Overturned' },
  { label: 'No decision', value: 'none' },
];

export function registerWorkspaceFeatures(context: vscode.ExtensionContext, services: WorkspaceServices): WorkspaceApi {
  const letters = new WorkspaceLetters(services.config, services.cache);
  const problems = new WorkspaceProblems(services.diagnostics);
  const provider = new DecisionsProvider(letters, services.log, services.watcher, problems);
  const check = new WorkspaceCheck(provider, problems, services.log);
  const view = vscode.window.createTreeView('imrReview.decisions', { treeDataProvider: provider, showCollapseAll: true });
  const overview = new OverviewPanel(letters, services.log);
  const setFiltered = () => void vscode.commands.executeCommand('setContext', 'imrReview.decisionsFiltered', provider.filtered);

  // The tree reads the workspace when it is first shown (getChildren), not at activation.
  context.subscriptions.push(
    problems,
    provider,
    view,
    overview,
    provider.onDidChangeDescription((d) => {
      view.description = d;
      view.badge = provider.badge;
      view.message = provider.banner;
      setFiltered();
    }),
    // Open letters: follow each analysis of an edit, and a closing (the file on disk counts again),
    // but only of files the discovery takes: a letter opened from outside the workspace is not listed.
    // A PDF letter's document (`imr-pdf`) stands for its file, the tree's key.
    services.cache.onDidAnalyze(({ document }) => {
      const file = isLetterDocument(document) ? discoveredFileOf(document.uri) : undefined;
      if (file) provider.updateSoon(file);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const file = discoveredFileOf(doc.uri);
      if (file) provider.updateSoon(file);
    }),
    services.config.onDidChange(() => void provider.refresh()),
    vscode.commands.registerCommand('imrReview.refreshDecisions', async () => void (await provider.refresh())),
    vscode.commands.registerCommand('imrReview.checkWorkspace', (arg?: unknown) => check.run(arg)),
    vscode.commands.registerCommand('imrReview.showFilesNotListed', () => provider.showNotListed()),
    vscode.commands.registerCommand('imrReview.filterDecisionsByDecision', async () => {
      const current = provider.currentFilter.decisions ?? DECISION_PICKS.map((p) => p.value);
      const picked = await vscode.window.showQuickPick(
        DECISION_PICKS.map((p) => ({ ...p, picked: current.includes(p.value) })),
        { canPickMany: true, title: 'Show items with these decisions' },
      );
      if (picked) provider.setFilter({ ...provider.currentFilter, decisions: picked.map((p) => p.value) });
    }),
    vscode.commands.registerCommand('imrReview.filterDecisionsByTreatment', async () => {
      const text = await vscode.window.showInputBox({
        title: 'Show items by treatment',
        prompt: 'Text of the title, or a drug by its brand or generic name ("hydrocodone" finds Norco); empty: all',
        value: provider.currentFilter.treatment ?? '',
      });
      if (text !== undefined) provider.setFilter({ ...provider.currentFilter, treatment: text.trim() || undefined });
    }),
    vscode.commands.registerCommand('imrReview.clearDecisionsFilter', () => provider.setFilter({})),
    vscode.commands.registerCommand('imrReview.exportWorkspaceSummaries', (arg?: unknown) => exportWorkspaceSummaries(letters, services.log, arg)),
    vscode.commands.registerCommand('imrReview.showDecisionsOverview', () => overview.show()),
  );
  setFiltered();
  return { decisions: { provider, refresh: async () => void (await provider.refresh()) }, problems, overview };
}
