// The effective configuration of a letter: `.imr-review.json` at the root of the letter's workspace
// folder (the file the CLI reads) with the `imrReview.rules` setting on top. Files are read through
// vscode.workspace.fs so virtual workspaces work, cached per folder and re-read when they change.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, emptyConfig, parseConfig, type Config, type ConfigParseResult } from '../core/index';
import { effectiveConfig, settingsToConfig, WarnOnce } from './configModel';
import { relativePath } from './paths';

export interface LetterOptions {
  config: Config;
  /** The letter's path relative to its workspace folder, for suppressions; undefined outside one. */
  file?: string;
}

const DEFAULT_MAX_FILE_SIZE_MB = 5;

export class ConfigService implements vscode.Disposable {
  private readonly files = new Map<string, Promise<ConfigParseResult | undefined>>();
  private readonly warnings = new WarnOnce();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Bumped on every change, so cached analyses know they are stale. */
  version = 0;
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString() === uri.toString()) this.invalidate(folder.uri);
    };
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('imrReview.rules') || e.affectsConfiguration('imrReview.maxFileSizeMB')) this.changed();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.changed();
      }),
    );
  }

  /** Forget a folder's file (it changed on disk, or the extension just edited it). */
  invalidate(folder: vscode.Uri): void {
    this.files.delete(folder.toString());
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.emitter.fire();
  }

  configUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  }

  private readFile(folder: vscode.WorkspaceFolder): Promise<ConfigParseResult | undefined> {
    const key = folder.uri.toString();
    let pending = this.files.get(key);
    if (!pending) {
      const uri = this.configUri(folder);
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => {
          const result = parseConfig(new TextDecoder('utf-8').decode(bytes));
          this.warn(uri, result.errors);
          return result;
        },
        (err: unknown) => {
          if (!(err instanceof vscode.FileSystemError && err.code === 'FileNotFound')) {
            this.log.warn(`Could not read ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
          }
          return undefined;
        },
      );
      this.files.set(key, pending);
    }
    return pending;
  }

  private warn(uri: vscode.Uri, errors: readonly string[]): void {
    const name = vscode.workspace.asRelativePath(uri, true);
    if (!this.warnings.shouldWarn(uri.toString(), errors)) return;
    this.log.warn(`${name}: ${errors.join('; ')}`);
    void vscode.window.showWarningMessage(`IMR Review: problems in ${name} (the valid parts still apply): ${errors.join('; ')}`);
  }

  async optionsFor(uri: vscode.Uri): Promise<LetterOptions> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const settings = settingsToConfig(vscode.workspace.getConfiguration('imrReview', uri).get<unknown>('rules'));
    if (settings.errors.length > 0 && this.warnings.shouldWarn('settings:imrReview.rules', settings.errors)) {
      void vscode.window.showWarningMessage(`IMR Review: problems in the setting imrReview.rules: ${settings.errors.join('; ')}`);
    }
    if (!folder) return { config: effectiveConfig(undefined, settings.config) };
    const file = await this.readFile(folder);
    return {
      config: effectiveConfig(file?.config ?? emptyConfig(), settings.config),
      file: relativePath(folder.uri.path, uri.path),
    };
  }

  /** Letters above this size (in UTF-16 code units, close to bytes for these texts) are not parsed. */
  maxChars(uri?: vscode.Uri): number {
    const mb = vscode.workspace.getConfiguration('imrReview', uri).get<number>('maxFileSizeMB', DEFAULT_MAX_FILE_SIZE_MB);
    return Math.max(0, Number.isFinite(mb) ? mb : DEFAULT_MAX_FILE_SIZE_MB) * 1024 * 1024;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
