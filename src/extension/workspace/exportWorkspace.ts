// `imrReview.exportWorkspaceSummaries`: one CSV or JSON with a row per item across all letters and
// totals, rendered by the core's CSV table / renderJson (the same bytes as `imr-review export`), written
// whole (temp + rename) and opened. Never overwrites without the save dialog's confirmation or
// `overwrite: true`.
import * as vscode from 'vscode';
import { exists, writeFileAtomic } from '../fsWrite';
import type { WorkspaceLetters } from './collect';
import { problemLines, tallyText } from './readProblems';
import { renderWorkspace, WorkspaceCsv, type WorkspaceFormat } from './render';

export interface WorkspaceExportOptions {
  format?: WorkspaceFormat;
  target?: vscode.Uri;
  overwrite?: boolean;
}

function parseOptions(arg: unknown): WorkspaceExportOptions {
  if (!arg || typeof arg !== 'object' || arg instanceof vscode.Uri) return {};
  const o = arg as Record<string, unknown>;
  return {
    format: o.format === 'csv' || o.format === 'json' ? o.format : undefined,
    target: o.target instanceof vscode.Uri ? o.target : undefined,
    overwrite: o.overwrite === true,
  };
}

export async function exportWorkspaceSummaries(source: WorkspaceLetters, log: vscode.LogOutputChannel, arg?: unknown): Promise<vscode.Uri | undefined> {
  const options = parseOptions(arg);
  const format = options.format ?? (await vscode.window.showQuickPick(
    [
      { label: 'CSV', description: 'one row per item, for spreadsheets', format: 'csv' as const },
      { label: 'JSON', description: 'schemaVersion 1, all letters', format: 'json' as const },
    ],
    { title: 'Export decision summaries for workspace', placeHolder: 'Format' },
  ))?.format;
  if (!format) return undefined;

  let target = options.target;
  let confirmed = options.overwrite === true;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    target = await vscode.window.showSaveDialog({
      title: 'Export decision summaries for workspace',
      defaultUri: folder ? vscode.Uri.joinPath(folder, `imr-decisions.${format}`) : undefined,
      filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
    });
    if (!target) return undefined;
    confirmed = true; // the save dialog asks before replacing an existing file
  }
  if (!confirmed && (await exists(target))) {
    void vscode.window.showWarningMessage(`IMR Review: ${vscode.workspace.asRelativePath(target, true)} exists; not overwritten.`);
    return undefined;
  }

  const done = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'IMR Review: exporting decision summaries', cancellable: true },
    async (progress, token) => {
      let last = 0;
      const report = (n: number, total: number) => {
        const pct = (n / Math.max(total, 1)) * 100;
        progress.report({ increment: pct - last, message: `${n} of ${total} files` });
        last = pct;
      };
      if (format === 'csv') {
        // A letter's rows as it is read: thousands of letters never hold their models at once.
        const csv = new WorkspaceCsv();
        let letters = 0;
        const pass = await source.forEach(token, (o) => {
          if (o.kind !== 'letter') return;
          csv.add(o.report);
          letters++;
        }, report);
        return pass.cancelled ? undefined : { body: csv.text(), letters, tally: pass.tally };
      }
      const { reports, pass } = await source.collect(token, report);
      return pass.cancelled ? undefined : { body: renderWorkspace(reports, format), letters: reports.length, tally: pass.tally };
    },
  );
  if (!done) return undefined;
  await writeFileAtomic(target, done.body);
  for (const line of problemLines(done.tally)) log.warn(`Workspace export: ${line}`);
  const left = tallyText(done.tally);
  log.info(`Workspace export: ${done.letters} letters to ${target.toString()}${left ? ` (${left})` : ''}`);
  // Files left out are said, never silent; the export itself is complete for the letters it has.
  if (done.tally.unreadable.length) {
    void vscode.window.showWarningMessage(`IMR Review: exported ${done.letters} letter${done.letters === 1 ? '' : 's'}; ${left}: see Output › IMR Review.`);
  }
  if (!options.target) await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
