// The one discovery of the workspace's letters, for the workspace check, the IMR Decisions tree,
// the workspace export, the overview and Ctrl+T: per workspace folder, the files matching
// `imrReview.workspace.include` (default `**/*.txt`, what the CLI reads), minus `files.exclude`,
// `imrReview.workspace.exclude` and the folders the CLI skips; with `imrReview.pdf.enabled` (the
// default) the PDFs beside them as well (globs.ts pdfIncludeOf), none when it is off. Files are
// read by read.ts. Like the CLI, the search follows links (VS Code's search.followSymlinks).
import { DeletionFence } from './deletionFence';
import * as vscode from 'vscode';
import { compareLetterPaths } from '../../../core/light';
import { affectsPdfSettings, pdfSettings } from '../../pdf/settings';
import { isAtOrUnder, relativePath } from '../../shared/paths';
import { excludeGlobs, findFilesExclude, includeGlobs, isDiscoveredPath, isExcludedPath, isPdfPath } from './globs';
import { fileOfDocument } from './pdfLetters';

const DEFAULT_INCLUDE = '**/*.txt';

export interface FolderDiscovery {
  folder: vscode.WorkspaceFolder;
  include: string;
  excludes: string[];
  /** PDF letters are on in this folder. */
  pdf: boolean;
}

export function discoveryOf(folder: vscode.WorkspaceFolder): FolderDiscovery {
  const settings = vscode.workspace.getConfiguration('imrReview.workspace', folder.uri);
  const filesExclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
  return {
    folder,
    include: settings.get<string>('include')?.trim() || DEFAULT_INCLUDE,
    excludes: excludeGlobs(filesExclude, settings.get<string>('exclude')),
    pdf: pdfSettings(folder.uri).enabled,
  };
}

/** The settings that change what the discovery finds or how it reads it (a PDF's page limit). */
export function affectsDiscovery(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('imrReview.workspace') || e.affectsConfiguration('files.exclude') || affectsPdfSettings(e);
}

/** The path of `uri` inside its workspace folder ("/"-separated), or undefined outside every folder. */
function folderRelative(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const path = relativePath(folder.uri.path, uri.path);
  return path === undefined ? undefined : { folder, path };
}

/** Whether the discovery would find this file (for watcher events and open documents). */
export function isDiscovered(uri: vscode.Uri): boolean {
  const rel = folderRelative(uri);
  if (!rel) return false;
  const d = discoveryOf(rel.folder);
  return isDiscoveredPath(rel.path, d.include, d.excludes, d.pdf);
}

/** The discovered file behind an open document (a PDF behind its `imr-pdf` document), or undefined when the discovery does not take it. */
export function discoveredFileOf(document: vscode.Uri): vscode.Uri | undefined {
  const file = fileOfDocument(document);
  return file && isDiscovered(file) ? file : undefined;
}

/** Workspace-relative path with forward slashes; multi-root paths start with the folder's name. */
export function relativeFile(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/');
}

/** Every candidate file of every workspace folder, in the CLI's order. No cap: 10,000 letters give 10,000 files. */
export async function findLetterFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out = new Map<string, { uri: vscode.Uri; file: string }>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const d = discoveryOf(folder);
    // One search per glob (findFiles takes one, and globs with braces cannot be nested in a group);
    // a file both find is listed once.
    for (const glob of includeGlobs(d.include, d.pdf)) {
      if (token?.isCancellationRequested) break;
      let uris: vscode.Uri[];
      try {
        uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), findFilesExclude(d.excludes), undefined, token);
      } catch (err) {
        // A cancelled search may reject: the caller sees the cancellation on its token.
        if (token?.isCancellationRequested) break;
        throw err;
      }
      for (const uri of uris) {
        const rel = folderRelative(uri);
        // findFiles got the excludes it can take as one glob; the others (with braces) apply here,
        // and so does the PDF setting to an include that takes PDFs itself ("**/*").
        if (!rel || isExcludedPath(rel.path, d.excludes) || (!d.pdf && isPdfPath(rel.path))) continue;
        out.set(uri.toString(), { uri, file: relativeFile(uri) });
      }
    }
  }
  return [...out.values()].sort((a, b) => compareLetterPaths(a.file, b.file)).map((f) => f.uri);
}

/**
 * One set of file watchers per workspace folder for every workspace feature (the check, the tree,
 * the Ctrl+T index subscribe to it): letters created or changed that the discovery takes, and
 * deletions of anything (a deleted folder is reported alone, so listeners drop what lies under it
 * too). Follows the discovery settings and the workspace folders. Deletions and renames made in
 * VS Code (Explorer, refactorings) are also taken from the workspace's own events, at once: the
 * file watcher's come later and, when a file is created and deleted within one of its batches,
 * not at all.
 */
export class LetterWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.deleted];
  /** A discovered letter was created or changed on disk. */
  readonly onDidChange = this.changed.event;
  /** A file or folder was deleted. */
  readonly onDidDelete = this.deleted.event;
  /** Every deletion reported, for reads under way to check against (see DeletionFence). */
  readonly deletions = new DeletionFence();

  constructor() {
    this.disposables.push(this.deleted.event((uri) => this.deletions.deleted(uri.toString())));
    this.watch();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsDiscovery(e)) this.watch();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.watch()),
      vscode.workspace.onDidDeleteFiles((e) => {
        for (const uri of e.files) this.deleted.fire(uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const { oldUri, newUri } of e.files) {
          this.deleted.fire(oldUri);
          if (isDiscovered(newUri)) this.changed.fire(newUri);
        }
      }),
    );
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const d = discoveryOf(folder);
      const changed = (uri: vscode.Uri) => {
        if (isDiscovered(uri)) this.changed.fire(uri);
      };
      // One watcher per include glob: the text letters', and the PDFs' when they are on.
      for (const glob of includeGlobs(d.include, d.pdf)) {
        const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob), false, false, true);
        this.watchers.push(files, files.onDidCreate(changed), files.onDidChange(changed));
      }
      const deletions = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      this.watchers.push(deletions, deletions.onDidDelete((uri) => this.deleted.fire(uri)));
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** True when `key` (a URI string) is `deleted` or lies under it (a deleted folder). */
export function isUnder(key: string, deleted: vscode.Uri): boolean {
  return isAtOrUnder(key, deleted.toString());
}

/** Runs `fn` over `items` with at most `width` in flight, stopping early on cancellation. */
export async function forEachLimited<T>(items: readonly T[], width: number, token: vscode.CancellationToken | undefined, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) {
    if (token?.isCancellationRequested) return;
    await Promise.all(items.slice(i, i + width).map(fn));
  }
}
