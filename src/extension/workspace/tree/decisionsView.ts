// The "IMR Decisions" tree in the Explorer: letters, then their items with the decision as icon and
// description and the problem count; a click selects the item's heading in the letter. Filters by
// decision and treatment (brand and generic names through the lexicon); the view's description
// carries the filter and the counts, its badge the letters with problems. Lists the discovered
// letters (workspace/letters/letterFiles.ts) and follows them on disk (created, changed, deleted) and in the editor.
// A PDF letter is listed by its file and opens as its `imr-pdf` document, where its items' ranges are.
import * as vscode from 'vscode';
import { problemText } from '../../../core/light';
import { Debouncer } from '../../shared/debounce';
import type { DeletionFence } from '../letters/deletionFence';
import { escapeMarkdown } from '../../features/hover/content';
import { affectsDiscovery, isDiscovered, isUnder, type LetterWatcher } from '../letters/letterFiles';
import type { LetterOutcome, WorkspaceLetters, WorkspaceReport } from '../letters/collect';
import { notListedBanner, notListedDetail, notListedLogLine, sortNotListed, type NotListedFile } from './notListed';
import {
  applyFilter, buildLetterNode, describeTree, isFilterActive, sortLetterNodes, treeBadge,
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
  private readonly disposables: vscode.Disposable[] = [this.changed];
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
  ) {
    this.deletions = watcher.deletions;
    this.disposables.push(
      this.descriptionChanged,
      this.debouncer,
      watcher.onDidChange((u) => this.updateSoon(u)),
      watcher.onDidDelete((u) => this.removeUnder(u)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsDiscovery(e)) void this.refresh();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.refresh()),
    );
  }

  /** Re-reads every letter of the workspace. */
  refresh(): Promise<void> {
    this.loaded = (async () => {
      // Nodes as the letters are read: the models are never all held at once.
      const fresh = new Map<string, LetterNode>();
      const left = new Map<string, NotListedFile & { uri: vscode.Uri }>();
      await this.deletions.around(async (started) => {
        const p = await this.source.forEach(undefined, (o) => {
          if (o.kind === 'letter') fresh.set(o.report.key, nodeOf(o.report));
          else left.set(o.uri.toString(), leftOutOf(o));
        });
        // A letter deleted after the pass began is not listed, though it was read.
        for (const key of [...fresh.keys()]) if (this.deletions.deletedSince(started, key)) fresh.delete(key);
        return p;
      });
      this.nodes.clear();
      for (const [k, n] of fresh) this.nodes.set(k, n);
      this.left.clear();
      for (const [k, f] of left) this.left.set(k, f);
      for (const f of sortNotListed(left.values())) this.log.info(notListedLogLine(f));
      this.rebuild();
    })();
    return this.loaded;
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

  /** The view's badge: letters with problems in the whole workspace. */
  get badge(): vscode.ViewBadge | undefined {
    return treeBadge(this.letters);
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
    const problems = problemText(node);
    item.description = [node.folder, problems].filter(Boolean).join(' · ');
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(node.file)}**\n\n${node.items.length} item${node.items.length === 1 ? '' : 's'}${problems ? ` · ${problems}` : ' · no problems'}`);
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
    const uri = vscode.Uri.parse(node.documentKey);
    const r = node.range;
    const selection = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    item.command = { command: 'vscode.open', title: 'Reveal item', arguments: [uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
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
