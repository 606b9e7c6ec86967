// Ctrl+T over the disputed items of every letter in the workspace ("Norco" lists each Norco item,
// and so does "hydrocodone", through the treatment lexicon). The index covers the discovered
// letters (workspace/letters/letterFiles.ts: the CLI's files), open ones from their current buffer. It is built on
// the first query, without a cap, and kept fresh by a watcher. A PDF letter is indexed by its file
// and its items point into its `imr-pdf` document; its text comes from the PDF service's cache, so
// the tree and this index extract a PDF once.
import * as vscode from 'vscode';
import type { Letter } from '../../../core/light';
import { engine } from '../../analysis/engine';
import type { AnalysisCache } from '../../analysis/cache';
import type { ConfigService } from '../../config/configService';
import type { DeletionFence } from '../letters/deletionFence';
import { isLetterDocument, toRange } from '../../shared/convert';
import { affectsDiscovery, discoveredFileOf, findLetterFiles, forEachLimited, isUnder, type LetterWatcher, relativeFile } from '../letters/letterFiles';
import { documentUriOf } from '../letters/pdfLetters';
import { readCandidate } from '../letters/read';
import { basename } from '../../shared/paths';
import { symbolKindOf } from '../../features/outline/symbols';
import { itemKind } from '../../features/outline/symbolTree';
import { hitName, searchItems, type IndexedItem } from './search';
import { emptyTally, tallyText } from '../letters/readProblems';

const BATCH = 8;

function itemsOf(uri: vscode.Uri, letter: Letter): IndexedItem[] {
  return letter.items.map((i) => ({ uri: uri.toString(), title: i.title, decision: i.decision, range: i.titleRange, treatments: engine().treatmentRefs(i.title) }));
}

function whenCancelled(token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });
}

export class LetterIndex implements vscode.Disposable {
  private readonly files = new Map<string, IndexedItem[]>();
  /** The items of an open letter per analysis: each query would otherwise rescan every title. */
  private readonly openItems = new WeakMap<Letter, IndexedItem[]>();
  private built: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly deletions: DeletionFence;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
    watcher: LetterWatcher,
  ) {
    this.deletions = watcher.deletions;
    const reset = () => this.reset();
    this.disposables.push(
      watcher.onDidChange((uri) => {
        if (this.built) void this.indexFile(uri);
      }),
      watcher.onDidDelete((deleted) => {
        for (const key of [...this.files.keys()]) if (isUnder(key, deleted)) this.files.delete(key);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(reset),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsDiscovery(e)) reset();
      }),
    );
  }

  /**
   * Forgets the index; the next query reads the letters again. After a complete reading of the
   * workspace (Refresh, Check all letters): the file watcher can miss events (a folder deleted or
   * files written in bulk), and the reading is when a user expects Ctrl+T to match the disk.
   */
  reset(): void {
    this.files.clear();
    this.built = undefined;
  }

  /** Starts the build once; resolves when it finishes or when `token` is cancelled. */
  async ready(token: vscode.CancellationToken): Promise<void> {
    this.built ??= this.build();
    await Promise.race([this.built, whenCancelled(token)]);
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const uris = await findLetterFiles();
    const tally = emptyTally();
    await forEachLimited(uris, BATCH, undefined, async (u) => {
      const problem = await this.indexFile(u);
      if (problem === 'skipped') tally.skipped++;
      else if (problem) tally.unreadable.push({ file: relativeFile(u), reason: problem });
    });
    for (const p of tally.unreadable) this.log.debug(`Workspace symbols: ${p.file}: ${p.reason}`);
    const left = tallyText(tally);
    this.log.info(`Indexed ${this.files.size} letters among ${uris.length} files in ${Date.now() - started} ms${left ? ` (${left})` : ''}`);
  }

  /** Indexes one file; returns 'skipped' for a non-letter, the reason for an unreadable file. */
  private async indexFile(uri: vscode.Uri): Promise<string | undefined> {
    return this.deletions.around((started) => this.indexRead(uri, started));
  }

  private async indexRead(uri: vscode.Uri, started: number): Promise<string | undefined> {
    const read = await readCandidate(uri, this.config.maxChars(uri));
    if (read.ok) {
      // A large letter is read in the analysis worker: indexing never stalls the extension host.
      const letter = await this.cache.letterOfText(read.text, await this.config.optionsFor(uri));
      if (!letter) return 'not indexed: its analysis was cancelled';
      // Deleted while it was read: the deletion came last.
      if (this.deletions.deletedSince(started, uri.toString())) return undefined;
      this.files.set(uri.toString(), itemsOf(documentUriOf(uri), letter));
      return undefined;
    }
    this.files.delete(uri.toString());
    return read.skip ? 'skipped' : read.reason;
  }

  /** Every indexed item; open letters of the discovery contribute their current buffer instead of the disk. */
  async items(token: vscode.CancellationToken): Promise<IndexedItem[]> {
    await this.ready(token);
    // Keyed by file: an open PDF letter replaces its file's entry.
    const open = vscode.workspace.textDocuments.flatMap((d) => {
      const file = isLetterDocument(d) ? discoveredFileOf(d.uri) : undefined;
      return file ? [{ doc: d, key: file.toString() }] : [];
    });
    const openKeys = new Set(open.map((o) => o.key));
    const out: IndexedItem[] = [];
    // Loops, not push(...items): a letter of 200,000 items overflowed the stack as a spread.
    for (const [key, items] of this.files) if (!openKeys.has(key)) for (const item of items) out.push(item);
    for (const { doc } of open) {
      if (token.isCancellationRequested) break;
      const analysis = await this.cache.analysisFor(doc);
      if (!analysis) continue;
      let items = this.openItems.get(analysis.letter);
      if (!items) this.openItems.set(analysis.letter, (items = itemsOf(doc.uri, analysis.letter)));
      for (const item of items) out.push(item);
    }
    return out;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export class LetterWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: LetterIndex) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const items = await this.index.items(token);
    return searchItems(query, items).map((i) => {
      const uri = vscode.Uri.parse(i.uri);
      return new vscode.SymbolInformation(
        hitName(i),
        symbolKindOf(itemKind(i)),
        `${basename(uri.path)} · ${i.decision ?? 'no decision'}`,
        new vscode.Location(uri, toRange(i.range)),
      );
    });
  }
}
