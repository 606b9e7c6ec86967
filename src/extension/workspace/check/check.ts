// `imrReview.checkWorkspace`: checks every discovered letter of the workspace (the CLI's files:
// letters/letterFiles.ts) and puts the findings in the Problems panel, like `imr-review check FOLDER`.
// It is the IMR Decisions tree's reading (tree/decisionsView.ts), with a progress notification, a
// Cancel button and a summary: the tree, its badge and Problems then show what the check counted.
// The reading publishes each letter's problems (features/diagnostics/workspaceProblems.ts: open
// letters keep their live ones, a PDF letter's go on its `imr-pdf` document) and the tree follows
// the disk afterwards: a deleted or renamed letter loses its problems, a changed one is read again.
// With `imrReview.problems.scope` "openLetters", Problems lists every letter from a complete check on.
import { compareLetterPaths } from '../../../core/light';
import * as vscode from 'vscode';
import type { WorkspaceProblems } from '../../features/diagnostics/workspaceProblems';
import { checkSummary, countLetter, emptyResult, type WorkspaceCheckResult } from './checkSummary';
import type { Pass, ReadRun } from '../letters/collect';
import { problemLines } from '../letters/readProblems';
import { withClosingProgress } from './oneNotification';

export type { WorkspaceCheckResult };

export interface CheckOptions {
  /** Cancels the run like the notification's Cancel button (tests, other extensions). */
  token?: vscode.CancellationToken;
}

function parseOptions(arg: unknown): CheckOptions {
  if (!arg || typeof arg !== 'object') return {};
  const token = (arg as { token?: unknown }).token;
  return token && typeof (token as vscode.CancellationToken).onCancellationRequested === 'function' ? { token: token as vscode.CancellationToken } : {};
}

/** The reading of every letter: the IMR Decisions tree's refresh. */
export interface WorkspaceReader {
  refresh(run: ReadRun): Promise<Pass>;
}

export class WorkspaceCheck {
  private running: Promise<WorkspaceCheckResult> | undefined;

  constructor(
    private readonly reader: WorkspaceReader,
    private readonly problems: WorkspaceProblems,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  run(arg?: unknown): Promise<WorkspaceCheckResult> {
    this.running ??= this.runOnce(parseOptions(arg)).finally(() => (this.running = undefined));
    return this.running;
  }

  private async runOnce(options: CheckOptions): Promise<WorkspaceCheckResult> {
    const { value: { result, tally }, progressMs } = await withClosingProgress(
      { title: 'IMR Review: checking the letters of the workspace', cancellable: true },
      async (progress, uiToken) => {
        const token = anyOf(uiToken, options.token);
        const result = emptyResult();
        let last = 0;
        // Asked for: every letter is published, whatever the scope (a cancelled check keeps those it read).
        const wasFollowing = this.problems.follows;
        this.problems.followEveryLetter(true);
        let pass: Pass;
        try {
          pass = await this.reader.refresh({
            token: token.token,
            onOutcome: (o) => {
              if (o.kind === 'letter') countLetter(result, o.analysis.findings);
            },
            progress: (done, total) => {
              const pct = (done / Math.max(total, 1)) * 100;
              progress.report({ increment: pct - last, message: `${done} of ${total} files` });
              last = pct;
            },
          });
        } finally {
          token.dispose();
        }
        // Cancelled: only the letters it read are followed; the scope decides for the others.
        if (pass.cancelled && !wasFollowing) this.problems.followEveryLetter(false);
        pass.tally.unreadable.sort((a, b) => compareLetterPaths(a.file, b.file));
        Object.assign(result, { total: pass.total, done: pass.done, cancelled: pass.cancelled, skipped: pass.tally.skipped, unreadable: pass.tally.unreadable.length });
        return { result, tally: pass.tally };
      },
      (run) => run.result.cancelled,
    );
    for (const line of problemLines(tally)) this.log.warn(`Workspace check: ${line}`);
    result.progressMs = progressMs;
    const summary = checkSummary(result, tally);
    this.log.info(`Workspace check: ${summary}`);
    void vscode.window.showInformationMessage(`IMR Review: ${summary}`, 'Show Problems').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
    return result;
  }
}

/** A token cancelled when either is (the notification's Cancel, or the caller's token). */
function anyOf(a: vscode.CancellationToken, b: vscode.CancellationToken | undefined): { token: vscode.CancellationToken; dispose(): void } {
  if (!b) return { token: a, dispose: () => undefined };
  const source = new vscode.CancellationTokenSource();
  if (a.isCancellationRequested || b.isCancellationRequested) source.cancel();
  const subs = [a.onCancellationRequested(() => source.cancel()), b.onCancellationRequested(() => source.cancel())];
  return {
    token: source.token,
    dispose: () => {
      for (const s of subs) s.dispose();
      source.dispose();
    },
  };
}
