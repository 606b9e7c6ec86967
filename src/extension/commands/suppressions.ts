// "Ignore IMRnnn for this item / for this letter" and "Manage Suppressions": both edit the `ignore`
// list of the `.imr-review.json` that applies to the letter (the nearest one, the file the CLI
// reads; a new one at the workspace folder's root when there is none), keyed on file + rule (+ item
// title), with the file relative to that config's folder. The letter itself is never touched.
// Each ignore says what it did, with an Undo that takes back exactly that entry.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, suppression, type Suppression } from '../../core/light';
import type { IgnoreArgs } from '../features/codeActions';
import type { ConfigService } from '../config/configService';
import { readText, writeFileAtomic } from '../shared/fsWrite';
import { KeyedQueue } from '../shared/keyedQueue';
import { escapeIcons } from '../shared/iconText';
import { addSuppression, ConfigEditError, listSuppressions, NEW_CONFIG_TEXT, removeSuppressions, sameSuppression } from './suppressionEdits';
import { ignoredMessage, noConfigMessage, noSuppressionsMessage, undoneMessage } from './suppressionMessages';
import { plainMessageText } from '../shared/messageText';

function isIgnoreArgs(value: unknown): value is IgnoreArgs {
  const v = value as Partial<IgnoreArgs> | null;
  return !!v && typeof v.uri === 'string' && typeof v.rule === 'string' && (v.item === undefined || typeof v.item === 'string');
}

function isSuppression(value: unknown): value is Suppression {
  const v = value as Partial<Suppression> | null;
  return !!v && typeof v.rule === 'string' && typeof v.file === 'string' && (v.item === undefined || typeof v.item === 'string');
}

/** What one ignore wrote, for its Undo. */
interface Ignored {
  config: vscode.Uri;
  entry: Suppression;
  /** The file's text before the ignore (undefined: there was no file) and the text it wrote. */
  before: string | undefined;
  after: string;
}

/** What `imrReview.undoIgnore` did: the entry removed from the file, the file deleted, or nothing. */
export type UndoResult = 'removed' | 'deleted' | undefined;

export class SuppressionCommands {
  /** The last ignore that added an entry: what the Undo command takes back. */
  private last: Ignored | undefined;

  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Read-modify-write of each config file, one at a time (see KeyedQueue). */
  private readonly edits = new KeyedQueue();

  /**
   * Current text of the config file: an open editor's unsaved buffer wins over the disk. A saved
   * one is read from the disk: the buffer learns of the previous edit's write only later.
   */
  private async currentText(uri: vscode.Uri): Promise<{ text: string | undefined; doc: vscode.TextDocument | undefined }> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc?.isDirty) return { text: doc.getText(), doc };
    return { text: await readText(uri), doc };
  }

  /** Writes new config text: into the editor when the file is open with unsaved changes, else to disk. */
  private async store(uri: vscode.Uri, doc: vscode.TextDocument | undefined, text: string): Promise<void> {
    if (doc && doc.isDirty) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end), text);
      await vscode.workspace.applyEdit(edit);
      void vscode.window.showInformationMessage(`IMR Review: ${CONFIG_FILE_NAME} has unsaved changes; the edit was made in the editor. Save it to apply.`);
      return;
    }
    await writeFileAtomic(uri, text);
    this.config.invalidate(uri);
  }

  /**
   * `imrReview.ignoreForItem`: with `item`, for that item; without, for the whole letter (findings
   * tied to no item). Returns the config file's URI, or undefined when nothing was written.
   */
  async ignoreForItem(args?: unknown): Promise<vscode.Uri | undefined> {
    if (!isIgnoreArgs(args)) {
      void vscode.window.showInformationMessage('IMR Review: use the quick fix "Ignore IMRnnn for this item" on a problem in a letter.');
      return undefined;
    }
    const letter = vscode.Uri.parse(args.uri);
    const target = await this.config.suppressionTarget(letter);
    if (!target) {
      void vscode.window.showWarningMessage(`IMR Review: only letters inside a workspace folder or below a ${CONFIG_FILE_NAME} can have suppressions.`);
      return undefined;
    }
    const configUri = target.uri;
    const entry = suppression(args.rule, target.file, args.item);
    try {
      const result = await this.edits.run(configUri.toString(), async () => {
        const { text, doc } = await this.currentText(configUri);
        const edited = addSuppression(text ?? '', entry);
        if (edited.added) await this.store(configUri, doc, edited.text);
        return { ...edited, before: text, buffered: doc?.isDirty === true };
      });
      this.log.info(`${result.added ? 'Added' : 'Already present'}: suppression of ${args.rule} for ${args.item === undefined ? 'a letter' : 'an item'}`);
      const name = vscode.workspace.asRelativePath(configUri);
      const message = plainMessageText(`IMR Review: ${ignoredMessage(entry, name, result.added)}`);
      if (result.added) {
        // An edit of an unsaved buffer is undone with the editor's own Undo.
        const done: Ignored | undefined = result.buffered ? undefined : { config: configUri, entry, before: result.before, after: result.text };
        this.last = done;
        if (done) void vscode.window.showInformationMessage(message, 'Undo').then((choice) => (choice === 'Undo' ? this.undo(done) : undefined));
        else void vscode.window.showInformationMessage(message);
      } else {
        void vscode.window.showInformationMessage(message);
      }
      return configUri;
    } catch (err) {
      const why = err instanceof ConfigEditError ? err.message : err instanceof Error ? err.message : String(err);
      this.config.showFileProblem(configUri, `IMR Review: could not update ${vscode.workspace.asRelativePath(configUri)}: ${why}`, 'error');
      return undefined;
    }
  }

  /**
   * `imrReview.undoIgnore` (the Undo of an ignore's message): when nothing changed the file since,
   * puts back its text from before the ignore (deletes it if the ignore created it); otherwise
   * removes exactly the entry that ignore added.
   */
  async undoLast(): Promise<UndoResult> {
    if (!this.last) {
      void vscode.window.showInformationMessage('IMR Review: no ignore to undo.');
      return undefined;
    }
    return this.undo(this.last);
  }

  private async undo(done: Ignored): Promise<UndoResult> {
    if (this.last === done) this.last = undefined;
    const { config, entry } = done;
    const name = vscode.workspace.asRelativePath(config);
    try {
      const result = await this.edits.run(config.toString(), async (): Promise<UndoResult> => {
        const { text, doc } = await this.currentText(config);
        if (text === undefined) return undefined;
        if (text === done.after && !doc?.isDirty) {
          if (done.before === undefined) {
            await vscode.workspace.fs.delete(config);
            this.config.invalidate(config);
            return 'deleted';
          }
          await this.store(config, doc, done.before);
          return 'removed';
        }
        const edited = removeSuppressions(text, [entry]);
        if (edited.removed === 0) return undefined;
        await this.store(config, doc, edited.text);
        return 'removed';
      });
      this.log.info(`Undo of a suppression of ${entry.rule}: ${result ?? 'nothing to remove'}`);
      void vscode.window.showInformationMessage(
        plainMessageText(result ? `IMR Review: ${undoneMessage(entry, name, result === 'deleted')}` : `IMR Review: the entry for ${entry.rule} is no longer in ${name}; nothing to undo.`),
      );
      return result;
    } catch (err) {
      this.config.showFileProblem(config, `IMR Review: could not update ${name}: ${err instanceof Error ? err.message : String(err)}`, 'error');
      return undefined;
    }
  }

  /** Every config file of the workspace: each folder's root one and any nested one. */
  private async configFiles(): Promise<vscode.Uri[]> {
    const byKey = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) byKey.set(this.config.configUri(folder).toString(), this.config.configUri(folder));
    try {
      for (const uri of await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`)) byKey.set(uri.toString(), uri);
    } catch (err) {
      // Without a search provider (some virtual workspaces) the root files still count.
      this.log.warn(`Could not search for nested ${CONFIG_FILE_NAME} files: ${err instanceof Error ? err.message : String(err)}`);
    }
    return [...byKey.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  }

  /**
   * `imrReview.manageSuppressions`: pick suppressions to remove, from every config file of the
   * workspace. Tests (and scripts) can pass `{ remove: Suppression[] }` to skip the picker (entries
   * equal in every file are removed from each). Returns how many entries were removed.
   */
  async manage(args?: unknown): Promise<number> {
    const configs = await this.configFiles();
    const listed: { config: vscode.Uri; entry: Suppression }[] = [];
    const present: vscode.Uri[] = [];
    for (const uri of configs) {
      const { text } = await this.currentText(uri);
      if (text !== undefined) present.push(uri);
      for (const s of listSuppressions(text ?? '')) listed.push({ config: uri, entry: suppression(s.rule, s.file, s.item) });
    }
    if (present.length === 0 && !Array.isArray((args as { remove?: unknown } | undefined)?.remove)) {
      await this.offerToCreate((args as { create?: unknown } | undefined)?.create === true);
      return 0;
    }
    let chosen: typeof listed;
    const requested = (args as { remove?: unknown } | undefined)?.remove;
    if (Array.isArray(requested)) {
      const wanted = requested.filter(isSuppression);
      chosen = listed.filter((l) => wanted.some((w) => sameSuppression(w, l.entry)));
    } else {
      if (listed.length === 0) {
        const names = present.map((u) => vscode.workspace.asRelativePath(u)).join(', ');
        void vscode.window.showInformationMessage(plainMessageText(`IMR Review: ${noSuppressionsMessage(names)}`), 'Open').then((choice) => {
          if (choice === 'Open') void vscode.window.showTextDocument(present[0]);
        });
        return 0;
      }
      const picks = await vscode.window.showQuickPick(
        listed.map((l) => ({
          // Titles and paths as written: `$(name)` in them is not an icon.
          label: `${l.entry.rule}  ${l.entry.item !== undefined ? escapeIcons(l.entry.item) : '(whole letter)'}`,
          description: escapeIcons(l.entry.file),
          detail: configs.length > 1 ? escapeIcons(vscode.workspace.asRelativePath(l.config, true)) : undefined,
          value: l,
        })),
        { title: 'IMR Review: suppressions', placeHolder: 'Select the suppressions to remove', canPickMany: true, matchOnDescription: true },
      );
      if (!picks || picks.length === 0) return 0;
      chosen = picks.map((p) => p.value);
    }
    let removed = 0;
    for (const uri of configs) {
      const entries = chosen.filter((c) => c.config.toString() === uri.toString()).map((c) => c.entry);
      if (entries.length === 0) continue;
      removed += await this.edits.run(uri.toString(), async () => {
        const { text, doc } = await this.currentText(uri);
        const result = removeSuppressions(text ?? '', entries);
        if (result.removed > 0) await this.store(uri, doc, result.text);
        return result.removed;
      });
    }
    if (!Array.isArray(requested)) void vscode.window.showInformationMessage(`IMR Review: removed ${removed} suppression${removed === 1 ? '' : 's'}.`);
    return removed;
  }

  /**
   * No config file anywhere: offer to create one at the first workspace folder's root (the file
   * every letter there reads) and open it. `create` (tests, scripts) skips the question.
   */
  private async offerToCreate(create: boolean): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      void vscode.window.showInformationMessage(`IMR Review: open a folder of letters first; its ${CONFIG_FILE_NAME} holds the suppressions.`);
      return undefined;
    }
    const uri = this.config.configUri(folder);
    const name = vscode.workspace.asRelativePath(uri);
    if (!create) {
      const choice = await vscode.window.showInformationMessage(plainMessageText(`IMR Review: ${noConfigMessage(name)}`), `Create ${CONFIG_FILE_NAME}`);
      if (choice === undefined) return undefined;
    }
    const made = await this.edits.run(uri.toString(), async () => {
      if ((await this.currentText(uri)).text !== undefined) return false; // made meanwhile: keep it
      await writeFileAtomic(uri, NEW_CONFIG_TEXT);
      this.config.invalidate(uri);
      return true;
    });
    this.log.info(made ? `Created ${CONFIG_FILE_NAME} at a workspace folder's root` : `${CONFIG_FILE_NAME} already exists`);
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  }
}
