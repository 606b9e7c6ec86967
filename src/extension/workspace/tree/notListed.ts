// The files the "IMR Decisions" tree leaves out, named: ordinary non-letters (notes, memos) and
// files that could not be read (binary, too large, a bad PDF). Only the second kind earns a banner
// in the view: a folder of letters with a few notes in it is normal, a letter that cannot be read
// is not. No `vscode` here: unit-tested directly.
import { compareLetterPaths, plural } from '../../../core/light';

export interface NotListedFile {
  /** Workspace-relative path (never the file's text). */
  file: string;
  reason: string;
  /** True when the file could not be read; false for a readable file that is not a letter. */
  unreadable: boolean;
}

/** Unreadable files first (what needs attention), then the non-letters, each in the CLI's order. */
export function sortNotListed<F extends NotListedFile>(files: Iterable<F>): F[] {
  return [...files].sort((a, b) => Number(b.unreadable) - Number(a.unreadable) || compareLetterPaths(a.file, b.file));
}

/** The view's banner: only for files that could not be read (undefined when none). */
export function notListedBanner(files: readonly NotListedFile[]): string | undefined {
  const n = files.filter((f) => f.unreadable).length;
  return n ? `${plural(n, 'file')} could not be read: "Show files not listed" (⚠ above) names ${n === 1 ? 'it' : 'them'}.` : undefined;
}

/** The line the log gets for each file left out: its path and why, never its text. */
export function notListedLogLine(f: NotListedFile): string {
  return `IMR Decisions: not listed: ${f.file}: ${f.unreadable ? f.reason : `not a letter (${f.reason})`}`;
}

/** What the quick pick says of a file. */
export function notListedDetail(f: NotListedFile): string {
  return f.unreadable ? `could not be read: ${f.reason}` : `not a letter: ${f.reason}`;
}
