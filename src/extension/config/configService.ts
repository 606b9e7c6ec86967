// The effective configuration of a letter: the nearest `.imr-review.json` in the letter's folder or
// above it (the file the CLI finds: both search core's configSearchFolders) with the rule settings
// a person set on top (`imrReview.rules`, then each rule's own `imrReview.check.<name>`). Files are read through vscode.workspace.fs so virtual
// workspaces work, cached per file and re-read when a watcher sees them change (a file that could
// not be read is read again by the next letter). A broken file costs only the letters below it.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, configSearchFolders, DEFAULT_MAX_SIZE_MB, emptyConfig, parseConfig, REGISTERED_RULES, type Config, type ConfigParseResult } from '../../core/light';
import { configNotice, effectiveConfig, OPEN_FILE, settingsNotice, settingsToConfig, WarnOnce, type ConfigNotice, type SettingsConfig } from './model';
import { CHECK_SECTION, ruleSettingKey, setValue } from './ruleSettings';
import { dirname, isAtOrUnder, relativePath } from '../shared/paths';
import { plainMessageText } from '../shared/messageText';
import { letterFileOf } from '../pdf/uri';

export interface LetterOptions {
  config: Config;
  /** The letter's path relative to its config file's folder (or workspace folder), for suppressions. */
  file?: string;
}

/** The config file that applies to a letter. */
export interface AppliedConfig {
  uri: vscode.Uri;
  result: ConfigParseResult;
}


export class ConfigService implements vscode.Disposable {
  /** By config file URI; undefined when there is no such file. */
  private readonly files = new Map<string, Promise<ConfigParseResult | undefined>>();
  private readonly warnings = new WarnOnce();
  /** The rule settings by workspace folder (resource settings differ only per folder); cleared when they change. */
  private readonly settings = new Map<string, SettingsConfig>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Bumped on every change, so cached analyses know they are stale. */
  version = 0;
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    // Any config in the workspace may be the nearest one of some letter, and a new one may shadow
    // a file further up: forget exactly the file that changed.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = (uri: vscode.Uri) => this.invalidate(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeConfiguration((e) => {
        const rules = e.affectsConfiguration('imrReview.rules') || e.affectsConfiguration(`imrReview.${CHECK_SECTION}`);
        if (rules) this.settings.clear();
        if (rules || e.affectsConfiguration('imrReview.maxFileSizeMB')) this.changed();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.settings.clear();
        this.changed();
      }),
      // Files created, deleted or renamed in the editor (Explorer, workspace edits) are reported
      // here reliably: the disk watcher drops a create and a delete that land in one batch.
      vscode.workspace.onDidCreateFiles((e) => this.forgetUnder(e.files)),
      vscode.workspace.onDidDeleteFiles((e) => this.forgetUnder(e.files)),
      vscode.workspace.onDidRenameFiles((e) => this.forgetUnder(e.files.flatMap((f) => [f.oldUri, f.newUri]))),
    );
  }

  /** Forgets the config files at or below these URIs (a deleted folder takes its configs with it). */
  private forgetUnder(uris: readonly vscode.Uri[]): void {
    const gone = uris.map((u) => u.toString());
    const hit = [...this.files.keys()].filter((key) => gone.some((g) => isAtOrUnder(key, g)));
    if (hit.length === 0 && !uris.some((u) => u.path.endsWith(`/${CONFIG_FILE_NAME}`))) return;
    for (const key of hit) this.files.delete(key);
    this.changed();
  }

  /** Forget a config file (it changed on disk, or the extension just edited it). */
  invalidate(configUri: vscode.Uri): void {
    this.files.delete(configUri.toString());
    this.changed();
  }

  private changed(): void {
    this.version++;
    this.emitter.fire();
  }

  /** The config file at the root of a workspace folder (where a first suppression goes). */
  configUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  }

  /** Where a letter's config may be, nearest first: the CLI's order. None for untitled or provider-less documents. */
  candidates(letter: vscode.Uri): vscode.Uri[] {
    if (vscode.workspace.fs.isWritableFileSystem(letter.scheme) === undefined) return [];
    return configSearchFolders(dirname(letter.path)).map((dir) =>
      letter.with({ path: dir.endsWith('/') ? dir + CONFIG_FILE_NAME : `${dir}/${CONFIG_FILE_NAME}`, query: '', fragment: '' }),
    );
  }

  /** The nearest config file of a letter, or undefined when none exists. */
  async configFor(letter: vscode.Uri): Promise<AppliedConfig | undefined> {
    for (const uri of this.candidates(letter)) {
      const result = await this.readFile(uri);
      if (result) return { uri, result };
    }
    return undefined;
  }

  /**
   * Where "Ignore ..." writes for this letter: the config that applies, else a new one at the root
   * of the letter's workspace folder; `file` is the letter relative to that file's folder.
   */
  async suppressionTarget(letter: vscode.Uri): Promise<{ uri: vscode.Uri; file: string } | undefined> {
    letter = letterFileOf(letter); // a PDF letter's suppressions name the PDF, like a .txt's
    const applied = await this.configFor(letter);
    const folder = vscode.workspace.getWorkspaceFolder(letter);
    const uri = applied?.uri ?? (folder ? this.configUri(folder) : undefined);
    const file = uri && relativePath(dirname(uri.path), letter.path);
    return uri && file ? { uri, file } : undefined;
  }

  private readFile(uri: vscode.Uri): Promise<ConfigParseResult | undefined> {
    const key = uri.toString();
    let pending = this.files.get(key);
    if (!pending) {
      const read = this.read(uri);
      const result = read.then((r) => r.result);
      pending = result;
      this.files.set(key, result);
      // A failed read is not kept: the next letter reads the file again (permissions fixed, a
      // write finished), as the watcher may say nothing about it.
      void read.then((r) => {
        if (!r.keep && this.files.get(key) === result) this.files.delete(key);
      });
    }
    return pending;
  }

  /** Never rejects: a file that exists but cannot be read applies as an empty config, with a warning, as in the CLI. */
  private async read(uri: vscode.Uri): Promise<{ result: ConfigParseResult | undefined; keep: boolean }> {
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      // Not there: the usual case on the way up; look further up.
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return { result: undefined, keep: true };
      const why = err instanceof vscode.FileSystemError ? err.code : err instanceof Error ? err.message : String(err);
      const result: ConfigParseResult = { config: emptyConfig(), errors: [`cannot read the configuration: ${why}`], unused: true };
      this.warn(uri, result);
      return { result, keep: false };
    }
    const result = parseConfig(text); // never throws: its problems are warnings
    this.warn(uri, result);
    return { result, keep: true };
  }

  private warn(uri: vscode.Uri, result: ConfigParseResult): void {
    const name = vscode.workspace.asRelativePath(uri, true);
    if (!this.warnings.shouldWarn(uri.toString(), result.errors)) return;
    this.log.warn(`${name}: ${result.errors.join('; ')}`);
    this.showFileProblem(uri, configNotice(name, result).message);
  }

  /**
   * Every problem with a config file is shown with "Open file" (the README promises it): the
   * warnings of reading it here, and an edit that could not be made (a suppression written into a
   * file that is not valid JSON) from the commands.
   */
  showFileProblem(uri: vscode.Uri, message: string, level: 'warning' | 'error' = 'warning'): void {
    this.show({ message, actions: [OPEN_FILE] }, () => vscode.window.showTextDocument(uri), level);
  }

  /** Shows a warning (or error); its one button runs `open` (opening a file that cannot be read is only logged). */
  private show(notice: ConfigNotice, open: () => Thenable<unknown>, level: 'warning' | 'error' = 'warning'): void {
    const show = (m: string, ...a: string[]) => (level === 'error' ? vscode.window.showErrorMessage(m, ...a) : vscode.window.showWarningMessage(m, ...a));
    void show(plainMessageText(notice.message), ...notice.actions).then(async (choice) => {
      if (choice === undefined) return;
      try {
        await open();
      } catch (err) {
        this.log.warn(`${choice}: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  }

  /**
   * The rule settings of a letter's folder. Only values a person set count (inspect(), not get()):
   * the Settings editor's default for a rule is its own severity, which must not override the file.
   */
  private settingsFor(uri: vscode.Uri): SettingsConfig {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let settings = this.settings.get(key);
    if (!settings) {
      const section = vscode.workspace.getConfiguration('imrReview', folder?.uri ?? uri);
      const perRule = REGISTERED_RULES.map((r) => {
        const name = ruleSettingKey(r);
        return { id: r.id, setting: `imrReview.${name}`, value: setValue(section.inspect(name)) };
      });
      settings = settingsToConfig(section.get<unknown>('rules'), perRule);
      this.settings.set(key, settings);
    }
    if (settings.errors.length > 0 && this.warnings.shouldWarn('settings:imrReview', settings.errors)) {
      const query = settings.setting ?? 'imrReview.rules';
      this.show(settingsNotice(settings.errors), () => vscode.commands.executeCommand('workbench.action.openSettings', query));
    }
    return settings;
  }

  async optionsFor(uri: vscode.Uri): Promise<LetterOptions> {
    uri = letterFileOf(uri); // a PDF letter's document takes the config and settings of the PDF's folder
    const settings = this.settingsFor(uri);
    const applied = await this.configFor(uri);
    if (applied) {
      return { config: effectiveConfig(applied.result.config, settings.config), file: relativePath(dirname(applied.uri.path), uri.path) };
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return { config: effectiveConfig(undefined, settings.config), file: folder ? relativePath(folder.uri.path, uri.path) : undefined };
  }

  /** Letters above this size (in UTF-16 code units, close to bytes for these texts) are not parsed. */
  maxChars(uri?: vscode.Uri): number {
    const mb = vscode.workspace.getConfiguration('imrReview', uri).get<number>('maxFileSizeMB', DEFAULT_MAX_SIZE_MB);
    return Math.max(0, Number.isFinite(mb) ? mb : DEFAULT_MAX_SIZE_MB) * 1024 * 1024;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
