// `imrReview.checkWorkspace`: checks every letter in the workspace (not only the open ones) and
// puts the findings in the Problems panel, like the CLI run over the folder. Open letters keep
// their live diagnostics; the others get a snapshot.
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/index';
import type { AnalysisCache } from './analysisCache';
import type { ConfigService } from './config';
import { isLetterDocument } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { findCandidateFiles, forEachLimited, readLetter } from './letterFiles';

export interface WorkspaceLetter {
  uri: vscode.Uri;
  /** Workspace-relative path with forward slashes (the CLI's `file`). */
  file: string;
  analysis: Analysis;
}

export interface WorkspaceCheckResult {
  letters: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Every letter of the workspace, analysed with its configuration; open letters use their buffer. */
export async function collectWorkspaceLetters(config: ConfigService, cache: AnalysisCache, token: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<WorkspaceLetter[]> {
  const uris = await findCandidateFiles(token);
  const open = new Map(vscode.workspace.textDocuments.filter(isLetterDocument).map((d) => [d.uri.toString(), d]));
  const out: WorkspaceLetter[] = [];
  let done = 0;
  const add = (uri: vscode.Uri, analysis: Analysis | undefined) => {
    if (analysis) out.push({ uri, file: vscode.workspace.asRelativePath(uri, false), analysis });
  };
  await forEachLimited(uris, 8, token, async (uri) => {
    const doc = open.get(uri.toString());
    if (doc) {
      open.delete(uri.toString());
      add(uri, await cache.analysisFor(doc));
    } else {
      const text = await readLetter(uri, config.maxChars(uri));
      if (text !== undefined) add(uri, analyze(text, await config.optionsFor(uri)));
    }
    progress?.(++done, uris.length);
  });
  // Open letters that are not files of the workspace search (untitled, other extensions).
  for (const doc of open.values()) if (doc.uri.scheme !== 'untitled') add(doc.uri, await cache.analysisFor(doc));
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

export function countFindings(letters: readonly WorkspaceLetter[]): WorkspaceCheckResult {
  const all = letters.flatMap((l) => l.analysis.findings);
  return {
    letters: letters.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
  };
}

export class WorkspaceCheck {
  constructor(
    private readonly config: ConfigService,
    private readonly cache: AnalysisCache,
    private readonly diagnostics: DiagnosticsController,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async run(): Promise<WorkspaceCheckResult | undefined> {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'IMR Review: checking the letters of the workspace', cancellable: true },
      async (progress, token) => {
        let last = 0;
        const letters = await collectWorkspaceLetters(this.config, this.cache, token, (done, total) => {
          const pct = (done / Math.max(total, 1)) * 100;
          progress.report({ increment: pct - last, message: `${done} of ${total} files` });
          last = pct;
        });
        if (token.isCancellationRequested) return undefined;
        for (const l of letters) this.diagnostics.publishSnapshot(l.uri, l.analysis);
        return countFindings(letters);
      },
    );
    if (!result) return undefined;
    this.log.info(`Workspace check: ${result.letters} letters, ${result.errors} errors, ${result.warnings} warnings, ${result.infos} infos`);
    const summary = `IMR Review: checked ${result.letters} letter${result.letters === 1 ? '' : 's'}: ${result.errors} errors, ${result.warnings} warnings, ${result.infos} infos.`;
    void vscode.window.showInformationMessage(summary, 'Show Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return result;
  }
}
