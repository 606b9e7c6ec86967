// Which files are letter candidates: the CLI's folder walk and the editor's workspace search use
// the same extension and skip the same folders, so both see the same letters.

/** Folders never searched: tools' and version control's, not the user's letters. */
export const SKIPPED_FOLDERS: readonly string[] = ['node_modules', '.git', '.vscode-test', '.hg', '.svn'];

/** Letters are `.txt` files (any case), as PDF-to-text tools write them. */
export function isLetterFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}
