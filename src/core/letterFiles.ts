// Which files are letter candidates: the CLI's folder walk and the editor's workspace search use
// the same extension and skip the same folders, so both see the same letters.

/** Folders never searched: tools' and version control's, not the user's letters. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.vscode-test', '.hg', '.svn'];

/** Letters are `.txt` files (any case), as PDF-to-text tools write them. */
export function isLetterFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/** The order letters are listed and exported in, by the CLI and the editor alike: names compared by
 * UTF-16 code unit, not by locale, so every machine gives the same rows. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Paths ("/"-separated) in the order of a folder walk that visits each folder's entries by
 * compareNames: segment by segment, a folder's own files and subfolders interleaved by name. */
export function compareLetterPaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return compareNames(sa[i], sb[i]);
  }
  return sa.length - sb.length;
}
