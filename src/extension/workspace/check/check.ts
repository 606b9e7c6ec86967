// `imrReview.checkWorkspace`: checks every discovered letter of the workspace (the CLI's files:
// letters/letterFiles.ts) and puts the findings in the Problems panel, like `imr-review check FOLDER`.
// Open letters keep their live diagnostics; the others get a snapshot, published as each file is
// read, so no model is kept. Snapshots follow the disk afterwards: a deleted or renamed letter
// loses its problems, a changed one is checked again, and a new run drops what it no longer finds.
// A PDF letter's problems are published on its `imr-pdf` document (what users open and see), and
// kept by its file, which the watchers and deletions name.
import { compareLetterPaths } from '../../../core/light';
import * as vscode from 'vscode';
import type { AnalysisCache } from '../../analysis/cache';
import type { ConfigService } from '../../config/configService';
import { Debouncer } from '../../shared/debounce';
import type { DiagnosticsController } from '../../features/diagnostics/diagnostics';
import { affectsDiscovery, discoveredFileOf, isDiscovered, isUnder, type LetterWatcher } from '../letters/letterFiles';
import type { DeletionFence } from '../letters/deletionFence';
import { checkSummary, countLetter, emptyResult, type WorkspaceCheckResult } from './checkSummary';
import { WorkspaceLetters, type LetterOutcome } from '../letters/collect';
import { problemLines } from '../letters/readProblems';
import { withClosingProgress } from './oneNotification';

export type { WorkspaceCheckResult };

const RECHECK_DEBOUNCE_MS = 300;

export interface CheckOptions {
  /** Cancels the run like the notification's Cancel button (tests, other extensions). */
  token?: vscode.CancellationToken;
}

function parseOptions(arg: unknown): CheckOptions {
  if (!arg || typeof arg !== 'object') return {};
  const token = (arg as { token?: unknown }).token;
  return token && typeof (token as vscode.CancellationToken).onCancellationRequested === 'function' ? { token: token as vscode.CancellationToken } : {};
}

export class WorkspaceCheck implements vscode.Disposable {
  /** Files (URI strings) whose Problems come from a check, with the document they are published on: only these are ever cleared here. */
  private readonly snapshots = new Map<string, vscode.Uri>();
  private checked = false;
  private running: Promise<WorkspaceCheckResult> | undefined;
  private readonly debouncer = new Debouncer(RECHECK_DEBOUNCE_MS);
  private readonly deletions: DeletionFence;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly letters: WorkspaceLetters;

  constructor(
    config: ConfigService,
    cache: AnalysisCache,
    private readonly diagnostics: DiagnosticsController,
    private readonly log: vscode.LogOutputChannel,
    watcher: LetterWatcher,
  ) {
    this.letters = new WorkspaceLetters(config, cache);
    this.deletions = watcher.deletions;
    const recheckSoon = (uri: vscode.Uri) => {
      if (this.checked) this.debouncer.schedule(uri.toString(), () => void this.recheck(uri));
    };
    this.disposables.push(
      watcher.onDidChange(recheckSoon),
      watcher.onDidDelete((uri) => this.dropUnder(uri)),
      // A letter closed after a check: its live diagnostics are gone, the snapshot comes back.
      vscode.workspace.onDidCloseTextDocument((doc) => {
        const file = this.checked ? discoveredFileOf(doc.uri) : undefined;
        if (file) recheckSoon(file);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsDiscovery(e)) return;
        for (const key of [...this.snapshots.keys()]) {
          const uri = vscode.Uri.parse(key);
          if (!isDiscovered(uri)) this.clear(uri);
        }
      }),
    );
  }

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
        const seen = new Set<string>();
        let last = 0;
        const pass = await this.deletions.around((started) =>
          this.letters.forEach(token.token, (o) => {
            if (o.kind === 'letter') {
              countLetter(result, o.analysis.findings);
              seen.add(o.report.key);
            }
            this.apply(o, started);
          }, (done, total) => {
            const pct = (done / Math.max(total, 1)) * 100;
            progress.report({ increment: pct - last, message: `${done} of ${total} files` });
            last = pct;
          }),
        );
        token.dispose();
        pass.tally.unreadable.sort((a, b) => compareLetterPaths(a.file, b.file));
        Object.assign(result, { total: pass.total, done: pass.done, cancelled: pass.cancelled, skipped: pass.tally.skipped, unreadable: pass.tally.unreadable.length });
        // A complete run knows every letter: snapshots it did not renew are stale (deleted, renamed, excluded).
        if (!pass.cancelled) for (const key of [...this.snapshots.keys()]) if (!seen.has(key)) this.clear(vscode.Uri.parse(key));
        this.checked = true;
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

  /** Publishes or clears one outcome's Problems; a letter deleted after its read began (`started`) is not published. */
  private apply(o: LetterOutcome, started: number): void {
    if (o.kind === 'letter') {
      // Read just before its deletion: the deletion already cleared it, and wins.
      if (this.deletions.deletedSince(started, o.report.key)) return;
      this.diagnostics.publishSnapshot(o.report.documentUri, o.analysis);
      this.snapshots.set(o.report.key, o.report.documentUri);
      return;
    }
    if (o.kind === 'skipped') this.log.debug(`Workspace check: ${o.file}: skipped: ${o.reason}`);
    this.clear(o.uri);
  }

  /** After a check, one file again (changed, created, renamed to, or closed). */
  private async recheck(uri: vscode.Uri): Promise<void> {
    await this.deletions.around(async (started) => {
      const o = await this.letters.analyse(uri);
      if (o.kind === 'unreadable') this.log.warn(`Workspace check: ${o.file}: ${o.reason}`);
      this.apply(o, started);
    });
  }

  private dropUnder(deleted: vscode.Uri): void {
    for (const key of [...this.snapshots.keys()]) {
      if (isUnder(key, deleted)) {
        this.debouncer.cancel(key);
        this.clear(vscode.Uri.parse(key));
      }
    }
  }

  /** Clears the snapshot of a file (wherever it was published). */
  private clear(file: vscode.Uri): void {
    const key = file.toString();
    const published = this.snapshots.get(key);
    if (!published) return;
    this.snapshots.delete(key);
    this.diagnostics.clearSnapshot(published);
  }

  dispose(): void {
    this.debouncer.dispose();
    for (const d of this.disposables) d.dispose();
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
