// The Problems of letters that are not open: what the workspace reading (the IMR Decisions tree,
// and "Check all letters", which is the same reading with a progress notification) found in each
// letter, so Problems counts what the tree and its badge count. With `imrReview.problems.scope`
// "workspace" (the default) every letter read is published; with "openLetters" only after "Check
// all letters" has run. Open letters keep their live diagnostics (DiagnosticsController). A PDF
// letter's problems go on its `imr-pdf` document, and are kept by its file, which the watchers
// and deletions name. Publishing is batched: a pass over 5,000 letters makes a few dozen calls.
import * as vscode from 'vscode';
import type { Analysis } from '../../../core/light';
import { isAtOrUnder } from '../../shared/paths';
import { diagnosticsOf, type DiagnosticsController } from './diagnostics';
import { MAX_PER_BATCH } from './batches';

export type ProblemsScope = 'workspace' | 'openLetters';
export const SCOPE_SETTING = 'imrReview.problems.scope';

/** Waits this long for more letters before publishing what it has (a whole reading calls flush() at its end). */
const FLUSH_MS = 250;

export function problemsScope(): ProblemsScope {
  return vscode.workspace.getConfiguration('imrReview').get<string>('problems.scope') === 'openLetters' ? 'openLetters' : 'workspace';
}

interface Pending {
  document: vscode.Uri;
  /** Undefined: drop the letter's problems. */
  diagnostics?: vscode.Diagnostic[];
}

/** What a pass published, for the log line the timing is quoted from. */
export interface PublishStats {
  letters: number;
  diagnostics: number;
  ms: number;
}

export class WorkspaceProblems implements vscode.Disposable {
  /** Files (URI strings) whose Problems come from the reading, with the document they are published on. */
  private readonly published = new Map<string, vscode.Uri>();
  private readonly pending = new Map<string, Pending>();
  private pendingCount = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private checked = false;
  private current = problemsScope();
  private stats: PublishStats = { letters: 0, diagnostics: 0, ms: 0 };
  private readonly scopeChanged = new vscode.EventEmitter<ProblemsScope>();
  /** The setting changed: to "workspace", the letters must be read again to be published. */
  readonly onDidChangeScope = this.scopeChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.scopeChanged];

  constructor(private readonly diagnostics: DiagnosticsController) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(SCOPE_SETTING)) return;
        this.current = problemsScope();
        if (this.current === 'openLetters') {
          // Open letters only, as asked: a previous "Check all letters" is forgotten too.
          this.checked = false;
          this.dropWhere(() => true);
          this.flush();
        }
        this.scopeChanged.fire(this.current);
      }),
    );
  }

  get scope(): ProblemsScope {
    return this.current;
  }

  /** True when every letter read is published: scope "workspace", or after "Check all letters". */
  get follows(): boolean {
    return this.current === 'workspace' || this.checked;
  }

  /**
   * "Check all letters" asked for every letter: on while it runs and from its end on, whatever the
   * scope; off again when it was cancelled (the letters it read stay published, and followed).
   */
  followEveryLetter(on: boolean): void {
    this.checked = on;
  }

  /** A letter was read: its problems are published (when every letter is, or it already was). */
  letter(file: vscode.Uri, document: vscode.Uri, analysis: Analysis): void {
    const key = file.toString();
    if (!this.follows && !this.published.has(key)) return;
    const started = performance.now();
    const diagnostics = diagnosticsOf(analysis, document);
    this.stats.ms += performance.now() - started;
    this.published.set(key, document);
    this.queue(key, { document, diagnostics });
  }

  /** A file is no longer a letter of the workspace (deleted, not a letter, unreadable, excluded). */
  drop(file: vscode.Uri): void {
    const key = file.toString();
    const document = this.published.get(key);
    if (!document) return;
    this.published.delete(key);
    this.queue(key, { document });
  }

  /** A file or folder was deleted: the letters at or under it. */
  dropUnder(deleted: vscode.Uri): void {
    const at = deleted.toString();
    this.dropWhere((key) => isAtOrUnder(key, at));
  }

  /** After a complete pass: the letters it did not read are gone (deleted, renamed, excluded). */
  keepOnly(files: ReadonlySet<string>): void {
    this.dropWhere((key) => !files.has(key));
  }

  dropWhere(gone: (key: string) => boolean): void {
    for (const key of [...this.published.keys()]) if (gone(key)) this.drop(vscode.Uri.parse(key));
  }

  private queue(key: string, p: Pending): void {
    const before = this.pending.get(key);
    this.pendingCount += (p.diagnostics?.length ?? 0) - (before?.diagnostics?.length ?? 0);
    this.pending.set(key, p);
    if (this.pendingCount >= MAX_PER_BATCH) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  /** Publishes what is queued, in batches. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const started = performance.now();
    const entries = [...this.pending.values()].map((p): [vscode.Uri, vscode.Diagnostic[] | undefined] => [p.document, p.diagnostics]);
    this.pending.clear();
    this.pendingCount = 0;
    this.diagnostics.publishSnapshots(entries);
    this.stats.letters += entries.filter(([, ds]) => ds).length;
    this.stats.diagnostics += entries.reduce((n, [, ds]) => n + (ds?.length ?? 0), 0);
    this.stats.ms += performance.now() - started;
  }

  /** What was published since the last call (a pass's log line). */
  takeStats(): PublishStats {
    const s = this.stats;
    this.stats = { letters: 0, diagnostics: 0, ms: 0 };
    return s;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
