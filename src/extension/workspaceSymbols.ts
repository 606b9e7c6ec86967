// Ctrl+T over the disputed items of every letter in the workspace ("Norco" lists each Norco item).
// The index covers open IMR documents (their current buffer) and the workspace's .txt/.imr files
// that look like letters. It is built on the first query, capped, and kept fresh by a watcher.
import * as vscode from 'vscode';
import { parseLetter, type Letter } from '../core/index';
import type { AnalysisCache } from './analysisCache';
import type { ConfigService } from './config';
import { isLetterDocument, toRange } from './convert';
import { findCandidateFiles, forEachLimited, LETTER_GLOB, readLetter } from './letterFiles';
import { basename } from './paths';
import { symbolKindOf } from './symbols';
import { itemKind } from './symbolTree';
import { searchItems, type IndexedItem } from './symbolSearch';

const BATCH = 8;

function itemsOf(uri: vscode.Uri, letter: Letter): IndexedItem[] {
  return letter.items.map((i) => ({ uri: uri.toString(), title: i.title, decision: i.decision, range: i.titleRange }));
}

function whenCancelled(token: vscode.CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    if (token.isCancellationRequested) resolve();
    else token.onCancellationRequested(() => resolve());
  });
}

export class LetterIndex implements vscode.Disposable {
  private readonly files = new Map<string, IndexedItem[]>();
  private built: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(LETTER_GLOB);
    const reindex = (uri: vscode.Uri) => {
      if (this.built) void this.indexFile(uri);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reindex),
      watcher.onDidChange(reindex),
      watcher.onDidDelete((uri) => this.files.delete(uri.toString())),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.built = undefined;
      }),
    );
  }

  /** Starts the build once; resolves when it finishes or when `token` is cancelled. */
  async ready(token: vscode.CancellationToken): Promise<void> {
    this.built ??= this.build();
    await Promise.race([this.built, whenCancelled(token)]);
  }

  private async build(): Promise<void> {
    const started = Date.now();
    const uris = await findCandidateFiles();
    await forEachLimited(uris, BATCH, undefined, (u) => this.indexFile(u));
    this.log.info(`Indexed ${this.files.size} letters among ${uris.length} .txt/.imr files in ${Date.now() - started} ms`);
  }

  private async indexFile(uri: vscode.Uri): Promise<void> {
    const text = await readLetter(uri, this.config.maxChars(uri));
    if (text === undefined) this.files.delete(uri.toString());
    else this.files.set(uri.toString(), itemsOf(uri, parseLetter(text)));
  }

  /** Every indexed item; open IMR documents contribute their current buffer instead of the disk. */
  async items(token: vscode.CancellationToken): Promise<IndexedItem[]> {
    await this.ready(token);
    const open = vscode.workspace.textDocuments.filter(isLetterDocument);
    const openKeys = new Set(open.map((d) => d.uri.toString()));
    const out: IndexedItem[] = [];
    for (const [key, items] of this.files) if (!openKeys.has(key)) out.push(...items);
    for (const doc of open) {
      if (token.isCancellationRequested) break;
      const analysis = await this.cache.analysisFor(doc);
      if (analysis) out.push(...itemsOf(doc.uri, analysis.letter));
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
        i.title || '(untitled item)',
        symbolKindOf(itemKind(i)),
        `${basename(uri.path)} · ${i.decision ?? 'no decision'}`,
        new vscode.Location(uri, toRange(i.range)),
      );
    });
  }
}
