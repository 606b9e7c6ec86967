// The "IMR Decisions" tree in the Explorer: letters, then their items with the decision as icon and
// description and the problem count; a click selects the item's heading in the letter. Filters by
// decision and treatment (brand and generic names through the lexicon); the view's description
// carries the filter and the counts, its badge the letters with problems. Lists the discovered
// letters (workspace/letters/letterFiles.ts) and follows them on disk (created, changed, deleted) and in the editor.
// A PDF letter is listed by its file and opens as its `imr-pdf` document, where its items' ranges are.
// Its reading is the one source of the workspace's counts: each letter read goes to the Problems
// panel too (WorkspaceProblems), and "Check all letters" is this reading with a progress notification.
import * as vscode from 'vscode';
import { plural, problemText } from '../../../core/light';
import type { WorkspaceProblems } from '../../features/diagnostics/workspaceProblems';
import { Debouncer } from '../../shared/debounce';
import { revealItemCommand } from '../../shared/revealItem';
import type { DeletionFence } from '../letters/deletionFence';
import { escapeMarkdown } from '../../features/hover/content';
import { affectsDiscovery, isDiscovered, isUnder, type LetterWatcher } from '../letters/letterFiles';
import type { LetterOutcome, Pass, ReadRun, WorkspaceLetters, WorkspaceReport } from '../letters/collect';
import { notListedBanner, notListedDetail, notListedLogLine, sortNotListed, type NotListedFile } from './notListed';
import {
  applyFilter, buildLetterNode, describeTree, isFilterActive, letterSummary, sortLetterNodes, treeBadge,
  type DecisionFilter, type ItemNode, type LetterNode, type TreeFilter,
} from './treeModel';

export type DecisionNode = LetterNode | ItemNode;

const REFRESH_DEBOUNCE_MS = 300;

const DECISION_ICONS: Record<DecisionFilter, { icon: vscode.ThemeIcon; meaning: string }> = {
  // Upheld: the denial stands (not medically necessary) -> a closed circle in the error colour.
  Upheld: { icon: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red')), meaning: 'Upheld: the utilization review denial stands (not medically necessary)' },
  // Overturned: the treatment is medically necessary -> a check in the success colour.
  Overturned: { icon: new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green')), meaning: 'Overturned: the treatment is medically necessary' },
  none: { icon: new vscode.ThemeIcon('question', new vscode.ThemeColor('charts.yellow')), meaning: 'No decision was found in the heading' },
};

/** A letter's node, opening the document users see (a PDF's `imr-pdf` document). */
function nodeOf(r: WorkspaceReport): LetterNode {
  return buildLetterNode({ ...r, documentKey: r.documentUri.toString() });
}

export class DecisionsProvider implements vscode.TreeDataProvider<DecisionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DecisionNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** One node per letter, by URI string: titles, decisions and counts, not the models. */
  private readonly nodes = new Map<string, LetterNode>();
  private letters: LetterNode[] = [];
  private filter: TreeFilter = {};
  private loaded: Promise<void> | undefined;
  private readonly debouncer = new Debouncer(REFRESH_DEBOUNCE_MS);
  private readonly completed = new vscode.EventEmitter<void>();
  /** A complete reading of the workspace ended: what follows the disk by events may re-read it too. */
  readonly onDidReadAll = this.completed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.completed];
  private readonly descriptionChanged = new vscode.EventEmitter<string>();
  /** Fires with the new description whenever the data or the filter changed. */
  readonly onDidChangeDescription = this.descriptionChanged.event;
  /** The files the discovery found that are not listed (not letters, or unreadable), by URI string. */
  private readonly left = new Map<string, NotListedFile & { uri: vscode.Uri }>();

  private readonly deletions: DeletionFence;

  constructor(
    private readonly source: WorkspaceLetters,
    private readonly log: vscode.LogOutputChannel,
    watcher: LetterWatcher,
    private readonly problems: WorkspaceProblems,
  ) {
    this.deletions = watcher.deletions;
    this.disposables.push(
      this.descriptionChanged,
      this.debouncer,
      watcher.onDidChange((u) => this.updateSoon(u)),
      watcher.onDidDelete((u) => this.removeUnder(u)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsDiscovery(e)) return;
        // What the discovery no longer takes leaves Problems at once; the reading does the rest.
        problems.dropWhere((key) => !isDiscovered(vscode.Uri.parse(key)));
        void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
      // To "workspace": the letters are read again to be published; the badge says what Problems lists.
      problems.onDidChangeScope((scope) => (scope === 'workspace' ? void this.refresh() : this.rebuild())),
    );
  }

  /** Re-reads every letter of the workspace; "Check all letters" passes its token, progress and tally. */
  refresh(run: ReadRun = {}): Promise<Pass> {
    const wasLoaded = this.loaded;
    const pass = this.read(run);
    const loaded = pass.then((p) => {
      // A cancelled first reading listed part of the workspace: the tree reads it again when shown.
      if (p.cancelled && !wasLoaded && this.loaded === loaded) this.loaded = undefined;
    });
    this.loaded = loaded;
    return pass;
  }

  private async read(run: ReadRun): Promise<Pass> {
    // Nodes as the letters are read: the models are never all held at once.
    const fresh = new Map<string, LetterNode>();
    const left = new Map<string, NotListedFile & { uri: vscode.Uri }>();
    const started = performance.now();
    let files = 0;
    this.problems.takeStats();
    const pass = await this.deletions.around(async (ticket) => {
      const p = await this.source.forEach(run.token, (o) => {
        files++;
        run.onOutcome?.(o);
        if (o.kind !== 'letter') {
          left.set(o.uri.toString(), leftOutOf(o));
          this.problems.drop(o.uri);
        } else if (!this.deletions.deletedSince(ticket, o.report.key)) {
          // Read just before its deletion: the deletion already dropped it, and wins.
          fresh.set(o.report.key, nodeOf(o.report));
          this.problems.letter(o.report.uri, o.report.documentUri, o.analysis);
        }
      }, run.progress);
      // A letter deleted after the pass began is not listed, though it was read.
      for (const key of [...fresh.keys()]) if (this.deletions.deletedSince(ticket, key)) fresh.delete(key);
      return p;
    });
    if (!pass.cancelled) {
      // A complete reading knows every letter: the others are gone (deleted, renamed, excluded).
      this.nodes.clear();
      this.left.clear();
      this.problems.keepOnly(new Set(fresh.keys()));
      this.completed.fire();
    }
    for (const [k, n] of fresh) {
      this.nodes.set(k, n);
      this.left.delete(k);
    }
    for (const [k, f] of left) {
      this.left.set(k, f);
      this.nodes.delete(k);
    }
    this.problems.flush();
    const stats = this.problems.takeStats();
    const published = stats.letters ? `; the Problems of ${plural(stats.letters, 'letter')} (${plural(stats.diagnostics, 'finding')}) published in ${Math.round(stats.ms)} ms` : '';
    this.log.info(`IMR Decisions: read ${plural(files, 'file')} in ${Math.round(performance.now() - started)} ms${pass.cancelled ? ' (cancelled)' : ''}${published}`);
    for (const f of sortNotListed(left.values())) this.log.info(notListedLogLine(f));
    this.rebuild();
    return pass;
  }

  /** The files not listed, unreadable ones first: for the quick pick and the tests. */
  get notListed(): NotListedFile[] {
    return sortNotListed(this.left.values()).map(({ file, reason, unreadable }) => ({ file, reason, unreadable }));
  }

  /** The view's banner: only when files could not be read (ordinary non-letters are not news). */
  get banner(): string | undefined {
    return notListedBanner(this.notListed);
  }

  /** "Show files not listed": each file with why; choosing one opens it. */
  async showNotListed(): Promise<void> {
    const files = sortNotListed(this.left.values());
    if (files.length === 0) {
      void vscode.window.showInformationMessage('IMR Review: every file found is listed in IMR Decisions.');
      return;
    }
    const picked = await vscode.window.showQuickPick(
      files.map((f) => ({ label: f.file, detail: notListedDetail(f), iconPath: new vscode.ThemeIcon(f.unreadable ? 'warning' : 'file'), uri: f.uri })),
      { title: 'Files not listed in IMR Decisions', placeHolder: 'Choose a file to open it', matchOnDetail: true },
    );
    if (picked) await vscode.commands.executeCommand('vscode.open', picked.uri);
  }

  /** Re-reads one file (created, changed on disk, or an open letter edited); files the discovery leaves out are dropped. */
  async update(uri: vscode.Uri): Promise<void> {
    if (!this.loaded) return;
    await this.loaded;
    // Deleted while it was read: the deletion came last, so the letter leaves the tree.
    const o = await this.deletions.around(async (started) => {
      const o = isDiscovered(uri) ? await this.source.analyse(uri).then(undefined, () => undefined) : undefined;
      return o && !this.deletions.deletedSince(started, uri.toString()) ? o : undefined;
    });
    const key = uri.toString();
    const wasLeft = this.left.delete(key);
    if (o && o.kind !== 'letter') {
      const f = leftOutOf(o);
      this.left.set(key, f);
      this.log.info(notListedLogLine(f));
    }
    // Published with the other changes of the moment (a folder copied in is a few calls, not one per letter).
    if (o?.kind === 'letter') this.problems.letter(o.report.uri, o.report.documentUri, o.analysis);
    else this.problems.drop(uri);
    if (o?.kind === 'letter') this.nodes.set(o.report.key, nodeOf(o.report));
    else if (!this.nodes.delete(key) && !wasLeft && !o) return;
    this.rebuild();
  }

  /** Debounced update: a burst of saves or edits reads each file once. */
  updateSoon(uri: vscode.Uri): void {
    this.debouncer.schedule(uri.toString(), () => void this.update(uri));
  }

  /** A file or folder deleted on disk: its letters leave the tree. */
  private removeUnder(deleted: vscode.Uri): void {
    this.problems.dropUnder(deleted);
    let removed = false;
    for (const key of [...this.left.keys()]) if (isUnder(key, deleted)) removed = this.left.delete(key) || removed;
    for (const key of [...this.nodes.keys()]) {
      if (isUnder(key, deleted)) {
        this.debouncer.cancel(key);
        removed = this.nodes.delete(key) || removed;
      }
    }
    if (removed) this.rebuild();
  }

  get currentFilter(): TreeFilter {
    return this.filter;
  }

  setFilter(filter: TreeFilter): void {
    this.filter = filter;
    this.rebuild();
  }

  get description(): string {
    return describeTree(applyFilter(this.letters, this.filter), this.filter);
  }

  get filtered(): boolean {
    return isFilterActive(this.filter);
  }

  /** The view's badge: letters with problems in the whole workspace, and what the Problems panel lists. */
  get badge(): vscode.ViewBadge | undefined {
    return treeBadge(this.letters, this.problems.scope);
  }

  async getChildren(element?: DecisionNode): Promise<DecisionNode[]> {
    if (!element) {
      await (this.loaded ?? this.refresh());
      return applyFilter(this.letters, this.filter);
    }
    return element.kind === 'letter' ? element.items : [];
  }

  getParent(element: DecisionNode): DecisionNode | undefined {
    if (element.kind === 'letter') return undefined;
    return applyFilter(this.letters, this.filter).find((l) => l.key === element.letterKey);
  }

  getTreeItem(node: DecisionNode): vscode.TreeItem {
    return node.kind === 'letter' ? this.letterItem(node) : this.itemItem(node);
  }

  private letterItem(node: LetterNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.key;
    item.resourceUri = vscode.Uri.parse(node.key);
    item.description = [node.folder, problemText(node)].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(node.file)}**\n\n${letterSummary(node)}`);
    item.iconPath = vscode.ThemeIcon.File;
    item.contextValue = 'imrLetter';
    item.command = { command: 'vscode.open', title: 'Open letter', arguments: [vscode.Uri.parse(node.documentKey)] };
    return item;
  }

  private itemItem(node: ItemNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.title || `Item ${node.index + 1}`, vscode.TreeItemCollapsibleState.None);
    item.id = `${node.letterKey}#${node.index}`;
    const look = DECISION_ICONS[node.decision ?? 'none'];
    const problems = problemText(node);
    const decision = node.decision ?? (node.decisionText ? `"${node.decisionText}" (not a decision)` : 'no decision');
    item.description = problems ? `${decision} · ${problems}` : decision;
    item.iconPath = look.icon;
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(node.title)}**\n\n${escapeMarkdown(look.meaning)}${problems ? `\n\n${problems}` : ''}`);
    item.contextValue = node.decision ? `imrItem${node.decision}` : 'imrItemUndecided';
    item.command = revealItemCommand(vscode.Uri.parse(node.documentKey), node.range);
    return item;
  }

  private rebuild(): void {
    this.letters = sortLetterNodes([...this.nodes.values()]);
    void vscode.commands.executeCommand('setContext', 'imrReview.unreadableFiles', this.notListed.some((f) => f.unreadable));
    this.changed.fire(undefined);
    this.descriptionChanged.fire(this.description);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A file left out, by its path and why (never its text). */
function leftOutOf(o: Exclude<LetterOutcome, { kind: 'letter' }>): NotListedFile & { uri: vscode.Uri } {
  return { uri: o.uri, file: o.file, reason: o.reason, unreadable: o.kind === 'unreadable' };
}
