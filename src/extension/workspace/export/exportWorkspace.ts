// `imrReview.exportWorkspaceSummaries`: one CSV or JSON with a row per item across all letters and
// totals, written by the core's export stream (the same bytes as `imr-review export`) a letter at a
// time as the letters are read, to a temporary file renamed into place at the end (a local file
// streams; other file systems get the whole text at once), then opened. Never overwrites without
// the save dialog's confirmation or `overwrite: true`; a cancelled export leaves the target as it was.
import * as vscode from 'vscode';
import { exportStream, plural, type LetterReport } from '../../../core/light';
import { withClosingProgress } from '../check/oneNotification';
import { exists, openChunkedWrite, type ChunkedWrite } from '../../shared/fsWrite';
import { findLetterFiles } from '../letters/letterFiles';
import type { LetterOutcome, WorkspaceLetters } from '../letters/collect';
import { emptyTally, problemLines, tallyText, type ReadTally } from '../letters/readProblems';
import type { WorkspaceFormat } from './render';
import { plainMessageText } from '../../shared/messageText';

/** Files read at once (as WorkspaceLetters.forEach): their letters are written in order, then dropped. */
const WIDTH = 8;

/**
 * Reads every discovered letter (already in the CLI's order) a window of WIDTH at a time and writes
 * each window's letters in that order: the export holds WIDTH models at most, whatever the
 * workspace's size. Undefined when cancelled.
 */
async function writeInOrder(
  source: WorkspaceLetters,
  format: WorkspaceFormat,
  out: ChunkedWrite,
  token: vscode.CancellationToken,
  progress: (done: number, total: number) => void,
): Promise<{ letters: number; tally: ReadTally } | undefined> {
  const uris = await findLetterFiles(token);
  const stream = exportStream(format);
  const tally = emptyTally();
  let letters = 0;
  let read = 0;
  await out.write(stream.begin());
  for (let i = 0; i < uris.length; i += WIDTH) {
    if (token.isCancellationRequested) return undefined;
    const window: LetterOutcome[] = await Promise.all(
      uris.slice(i, i + WIDTH).map(async (uri) => {
        const o = await source.analyse(uri, token);
        progress(++read, uris.length);
        return o;
      }),
    );
    for (const o of window) {
      if (o.kind === 'skipped') tally.skipped++;
      else if (o.kind === 'unreadable') tally.unreadable.push({ file: o.file, reason: o.reason });
      else {
        const plain: LetterReport = { file: o.report.file, letter: o.report.letter, findings: o.report.findings };
        await out.write(stream.add(plain));
        letters++;
      }
    }
  }
  if (token.isCancellationRequested) return undefined;
  await out.write(stream.end());
  return { letters, tally };
}

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
    void vscode.window.showWarningMessage(`IMR Review: ${plainMessageText(vscode.workspace.asRelativePath(target, true))} exists; not overwritten.`);
    return undefined;
  }

  let out: ChunkedWrite;
  try {
    out = await openChunkedWrite(target);
  } catch (err) {
    void vscode.window.showErrorMessage(plainMessageText(`IMR Review: ${err instanceof Error ? err.message : String(err)}`));
    return undefined;
  }
  let done: { letters: number; tally: ReadTally } | undefined;
  try {
    // One notification per action: the progress closes before the export opens or a warning shows.
    ({ value: done } = await withClosingProgress(
      { title: 'IMR Review: exporting decision summaries', cancellable: true },
      async (progress, token) => {
        let last = 0;
        const report = (n: number, total: number) => {
          const pct = (n / Math.max(total, 1)) * 100;
          progress.report({ increment: pct - last, message: `${n} of ${total} files` });
          last = pct;
        };
        const written = await writeInOrder(source, format, out, token, report);
        if (!written) return undefined;
        await out.commit();
        return written;
      },
      (written) => written === undefined,
    ));
  } catch (err) {
    await out.abort();
    void vscode.window.showErrorMessage(plainMessageText(`IMR Review: the export was not written: ${err instanceof Error ? err.message : String(err)}`));
    return undefined;
  }
  if (!done) {
    // Cancelled: the temporary file goes, an existing export stays as it was.
    await out.abort();
    return undefined;
  }
  for (const line of problemLines(done.tally)) log.warn(`Workspace export: ${line}`);
  const left = tallyText(done.tally);
  log.info(`Workspace export: ${done.letters} letters to ${target.toString()}${left ? ` (${left})` : ''}`);
  // Files left out are said, never silent; the export itself is complete for the letters it has.
  if (done.tally.unreadable.length) {
    void vscode.window.showWarningMessage(`IMR Review: exported ${plural(done.letters, 'letter')}; ${left}: see Output › IMR Review.`);
  }
  if (!options.target) await vscode.window.showTextDocument(target, { preview: false });
  return target;
}
