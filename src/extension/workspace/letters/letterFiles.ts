// The one discovery of the workspace's letters, for the workspace check, the IMR Decisions tree,
// the workspace export, the overview and Ctrl+T: per workspace folder, the files matching
// `imrReview.workspace.include` (default `**/*.txt`, what the CLI reads), minus `files.exclude`,
// `imrReview.workspace.exclude` and the folders the CLI skips. Files are read by the CLI's rules
// (core decodeLetter): binary, invalid UTF-8 or UTF-16, empty, over-limit and non-regular files are
// refused with a reason. Like the CLI, the search follows links (VS Code's search.followSymlinks).
import { DeletionFence } from './deletionFence';
import * as vscode from 'vscode';
import { compareLetterPaths, decodeLetter, sizeProblem, type LetterRead } from '../../../core/index';
import { isAtOrUnder, relativePath } from '../../shared/paths';
import { excludeGlobs, findFilesExclude, isDiscoveredPath, isExcludedPath } from './globs';

const DEFAULT_INCLUDE = '**/*.txt';

export interface FolderDiscovery {
  folder: vscode.WorkspaceFolder;
  include: string;
  excludes: string[];
}

export function discoveryOf(folder: vscode.WorkspaceFolder): FolderDiscovery {
  const settings = vscode.workspace.getConfiguration('imrReview.workspace', folder.uri);
  const filesExclude = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude');
  return {
    folder,
    include: settings.get<string>('include')?.trim() || DEFAULT_INCLUDE,
    excludes: excludeGlobs(filesExclude, settings.get<string>('exclude')),
  };
}

/** The settings that change what the discovery finds. */
export function affectsDiscovery(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('imrReview.workspace') || e.affectsConfiguration('files.exclude');
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
  return isDiscoveredPath(rel.path, d.include, d.excludes);
}

/** Workspace-relative path with forward slashes; multi-root paths start with the folder's name. */
export function relativeFile(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/');
}

/** Every candidate file of every workspace folder, in the CLI's order. No cap: 10,000 letters give 10,000 files. */
export async function findLetterFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const out: { uri: vscode.Uri; file: string }[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    if (token?.isCancellationRequested) break;
    const d = discoveryOf(folder);
    let uris: vscode.Uri[];
    try {
      uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, d.include), findFilesExclude(d.excludes), undefined, token);
    } catch (err) {
      // A cancelled search may reject: the caller sees the cancellation on its token.
      if (token?.isCancellationRequested) break;
      throw err;
    }
    for (const uri of uris) {
      const rel = folderRelative(uri);
      // findFiles got the excludes it can take as one glob; the others (with braces) apply here.
      if (rel && !isExcludedPath(rel.path, d.excludes)) out.push({ uri, file: relativeFile(uri) });
    }
  }
  return out.sort((a, b) => compareLetterPaths(a.file, b.file)).map((f) => f.uri);
}

function fsReason(err: unknown): string {
  if (err instanceof vscode.FileSystemError) return `cannot read: ${err.code || err.message}`;
  return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}

export const SIZE_HINT = 'raise it with the setting imrReview.maxFileSizeMB';

/** Reads a file by the CLI's rules; over-limit files are refused before being read. */
export async function readLetterFile(uri: vscode.Uri, maxBytes: number): Promise<LetterRead> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (err) {
    return { ok: false, skip: false, reason: fsReason(err) };
  }
  // As the CLI: never open a FIFO (the read would block) or a device. The search does not list
  // them, but a watcher event can name one. A followed link is File | SymbolicLink.
  if (!(stat.type & vscode.FileType.File)) return { ok: false, skip: false, reason: 'not a regular file' };
  const size = stat.size;
  const refused = sizeProblem(size, maxBytes, SIZE_HINT);
  if (refused) return { ok: false, skip: false, reason: refused };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    return { ok: false, skip: false, reason: fsReason(err) };
  }
  return decodeLetter(bytes);
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
      const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, d.include), false, false, true);
      const deletions = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**'), true, true, false);
      const changed = (uri: vscode.Uri) => {
        if (isDiscovered(uri)) this.changed.fire(uri);
      };
      this.watchers.push(files, deletions, files.onDidCreate(changed), files.onDidChange(changed), deletions.onDidDelete((uri) => this.deleted.fire(uri)));
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
