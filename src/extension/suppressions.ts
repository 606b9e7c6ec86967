// "Ignore IMRnnn for this item" and "Manage Suppressions": both edit the `ignore` list of the
// workspace folder's `.imr-review.json` (the file the CLI reads), keyed on file + item title + rule,
// so the letter itself is never touched and the entry survives reformatting.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, type Suppression } from '../core/index';
import type { IgnoreArgs } from './codeActions';
import type { ConfigService } from './config';
import { readText, writeFileAtomic } from './fsWrite';
import { relativePath } from './paths';
import { addSuppression, ConfigEditError, listSuppressions, removeSuppressions } from './suppressionEdits';

function isIgnoreArgs(value: unknown): value is IgnoreArgs {
  const v = value as Partial<IgnoreArgs> | null;
  return !!v && typeof v.uri === 'string' && typeof v.rule === 'string' && typeof v.item === 'string';
}

function isSuppression(value: unknown): value is Suppression {
  const v = value as Partial<Suppression> | null;
  return !!v && typeof v.rule === 'string' && typeof v.file === 'string' && typeof v.item === 'string';
}

export class SuppressionCommands {
  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Current text of the config file: an open editor's buffer wins over the disk. */
  private async currentText(uri: vscode.Uri): Promise<{ text: string | undefined; doc: vscode.TextDocument | undefined }> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) return { text: doc.getText(), doc };
    return { text: await readText(uri), doc: undefined };
  }

  /** Writes new config text: into the editor when the file is open with unsaved changes, else to disk. */
  private async store(uri: vscode.Uri, doc: vscode.TextDocument | undefined, text: string, folder: vscode.WorkspaceFolder): Promise<void> {
    if (doc && doc.isDirty) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end), text);
      await vscode.workspace.applyEdit(edit);
      void vscode.window.showInformationMessage(`IMR Review: ${CONFIG_FILE_NAME} has unsaved changes; the edit was made in the editor. Save it to apply.`);
      return;
    }
    await writeFileAtomic(uri, text);
    this.config.invalidate(folder.uri);
  }

  /** `imrReview.ignoreForItem`: returns the config file's URI, or undefined when nothing was written. */
  async ignoreForItem(args?: unknown): Promise<vscode.Uri | undefined> {
    if (!isIgnoreArgs(args)) {
      void vscode.window.showInformationMessage('IMR Review: use the quick fix "Ignore IMRnnn for this item" on a problem in a letter.');
      return undefined;
    }
    const letter = vscode.Uri.parse(args.uri);
    const folder = vscode.workspace.getWorkspaceFolder(letter);
    const file = folder ? relativePath(folder.uri.path, letter.path) : undefined;
    if (!folder || !file) {
      void vscode.window.showWarningMessage('IMR Review: only letters inside a workspace folder can have suppressions (they are stored in the folder\'s .imr-review.json).');
      return undefined;
    }
    const configUri = this.config.configUri(folder);
    try {
      const { text, doc } = await this.currentText(configUri);
      const result = addSuppression(text ?? '', { rule: args.rule, file, item: args.item });
      if (result.added) await this.store(configUri, doc, result.text, folder);
      this.log.info(`${result.added ? 'Added' : 'Already present'}: suppression of ${args.rule} for an item`);
      return configUri;
    } catch (err) {
      const why = err instanceof ConfigEditError ? err.message : err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`IMR Review: could not update ${vscode.workspace.asRelativePath(configUri)}: ${why}`);
      return undefined;
    }
  }

  /**
   * `imrReview.manageSuppressions`: pick suppressions to remove. Tests (and scripts) can pass
   * `{ remove: Suppression[] }` to skip the picker. Returns how many entries were removed.
   */
  async manage(args?: unknown): Promise<number> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const listed: { folder: vscode.WorkspaceFolder; entry: Suppression }[] = [];
    for (const folder of folders) {
      const { text } = await this.currentText(this.config.configUri(folder));
      for (const entry of listSuppressions(text ?? '')) listed.push({ folder, entry: { rule: entry.rule, file: entry.file, item: entry.item } });
    }
    let chosen: typeof listed;
    const requested = (args as { remove?: unknown } | undefined)?.remove;
    if (Array.isArray(requested)) {
      const wanted = requested.filter(isSuppression);
      chosen = listed.filter((l) => wanted.some((w) => w.rule === l.entry.rule && w.file === l.entry.file && w.item === l.entry.item));
    } else {
      if (listed.length === 0) {
        void vscode.window.showInformationMessage(`IMR Review: no suppressions in ${CONFIG_FILE_NAME}.`);
        return 0;
      }
      const picks = await vscode.window.showQuickPick(
        listed.map((l) => ({
          label: `${l.entry.rule}  ${l.entry.item}`,
          description: l.entry.file,
          detail: folders.length > 1 ? l.folder.name : undefined,
          value: l,
        })),
        { title: 'IMR Review: suppressions', placeHolder: 'Select the suppressions to remove', canPickMany: true, matchOnDescription: true },
      );
      if (!picks || picks.length === 0) return 0;
      chosen = picks.map((p) => p.value);
    }
    let removed = 0;
    for (const folder of folders) {
      const entries = chosen.filter((c) => c.folder === folder).map((c) => c.entry);
      if (entries.length === 0) continue;
      const uri = this.config.configUri(folder);
      const { text, doc } = await this.currentText(uri);
      const result = removeSuppressions(text ?? '', entries);
      if (result.removed > 0) await this.store(uri, doc, result.text, folder);
      removed += result.removed;
    }
    if (!Array.isArray(requested)) void vscode.window.showInformationMessage(`IMR Review: removed ${removed} suppression${removed === 1 ? '' : 's'}.`);
    return removed;
  }
}
