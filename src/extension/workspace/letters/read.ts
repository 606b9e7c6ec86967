// Reading a discovered file by the CLI's rules (core decodeLetter for text): binary, invalid UTF-8
// or UTF-16, empty, over-limit and non-regular files are refused with a reason. A `.pdf` file is
// read through the PDF service when PDF letters are on: its text is the letter, a PDF that is not
// a letter is skipped, and an encrypted, scanned, damaged or too long one is refused with the
// service's one-line reason. The size limit applies to both before any byte is read (to a PDF by
// the service, which also holds its text to it).
import * as vscode from 'vscode';
import { decodeLetter, sizeProblem, type LetterRead } from '../../../core/light';
import { pdfSettings } from '../../pdf/settings';
import { isPdfPath } from './globs';
import { readPdfLetter } from './pdfLetters';

export const SIZE_HINT = 'raise it with the setting imrReview.maxFileSizeMB';

function fsReason(err: unknown): string {
  if (err instanceof vscode.FileSystemError) return `cannot read: ${err.code || err.message}`;
  return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}

/** Why a file may not be read (undefined when it may): gone, not a regular file, empty or over the limit. */
async function refusal(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch (err) {
    return fsReason(err);
  }
  // As the CLI: never open a FIFO (the read would block) or a device. The search does not list
  // them, but a watcher event can name one. A followed link is File | SymbolicLink.
  if (!(stat.type & vscode.FileType.File)) return 'not a regular file';
  return sizeProblem(stat.size, maxBytes, SIZE_HINT);
}

/** Reads a text file by the CLI's rules; over-limit files are refused before being read. */
export async function readLetterFile(uri: vscode.Uri, maxBytes: number): Promise<LetterRead> {
  const refused = await refusal(uri, maxBytes);
  if (refused) return { ok: false, skip: false, reason: refused };
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    return { ok: false, skip: false, reason: fsReason(err) };
  }
  return decodeLetter(bytes);
}

/** A discovered file's letter: a PDF's extracted text (the service caches it per file version), or a text file's. */
export async function readCandidate(uri: vscode.Uri, maxBytes: number): Promise<LetterRead> {
  if (!isPdfPath(uri.path)) return readLetterFile(uri, maxBytes);
  const settings = pdfSettings(uri);
  // The discovery leaves PDFs out when they are off; a watcher event may still name one.
  if (!settings.enabled) return { ok: false, skip: true, reason: 'PDF letters are off (imrReview.pdf.enabled)' };
  // The service applies the size limit (imrReview.maxFileSizeMB, to the PDF and its text) before reading.
  try {
    return await readPdfLetter(uri, settings.maxPages);
  } catch (err) {
    // The service reports bad PDFs as reasons; should it throw, the file is named and the rest goes on.
    return { ok: false, skip: false, reason: `cannot read the PDF: ${err instanceof Error ? err.message : String(err)}` };
  }
}
