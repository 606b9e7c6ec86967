// Finding and reading the letters of the workspace (for workspace symbols, the workspace check and
// the workspace export): .txt and .imr files whose first 8 KB look like an IMR letter.
import * as vscode from 'vscode';
import { DETECT_PREFIX_CHARS, looksLikeLetter } from '../core/index';

export const LETTER_GLOB = '**/*.{txt,imr}';
export const MAX_LETTER_FILES = 5000;

/** Candidate files (default excludes apply), at most MAX_LETTER_FILES, sorted by path. */
export async function findCandidateFiles(token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles(LETTER_GLOB, undefined, MAX_LETTER_FILES, token);
  return uris.sort((a, b) => a.toString().localeCompare(b.toString()));
}

/** The text of a letter; undefined when the file is too large, unreadable or not a letter. */
export async function readLetter(uri: vscode.Uri, maxChars: number): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxChars) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    const decoder = new TextDecoder('utf-8');
    // Up to 4 bytes per character: enough bytes for the detector's prefix.
    if (!looksLikeLetter(decoder.decode(bytes.subarray(0, DETECT_PREFIX_CHARS * 4)))) return undefined;
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Runs `fn` over `items` with at most `width` in flight, stopping early on cancellation. */
export async function forEachLimited<T>(items: readonly T[], width: number, token: vscode.CancellationToken | undefined, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) {
    if (token?.isCancellationRequested) return;
    await Promise.all(items.slice(i, i + width).map(fn));
  }
}
