// Glob matching for the workspace discovery, in VS Code's glob syntax (`**`, `*`, `?`, `{a,b}`,
// `[a-z]`, `[!a]`), for what findFiles cannot answer: whether a file a watcher reported, or an
// open letter, is one the discovery would find. Matching is picomatch's; the options and the
// rewriting below give it VS Code's meaning. No `vscode` here: unit-tested directly.
import picomatch from 'picomatch/posix';
import { SKIPPED_FOLDERS } from '../../../core/light';

// Dotfiles match like any file, `[!a]` negates, and `!`, `+(a)` and the like are plain characters,
// as in VS Code. Case-sensitive, as VS Code on Linux (on Windows and macOS VS Code ignores case).
const OPTIONS: picomatch.PicomatchOptions = { dot: true, posix: true, noextglob: true, nonegate: true, nocase: false };

// The glob in picomatch's syntax: "/" for "\" and no leading "./" (VS Code takes both), literal
// parentheses and bars, and a brace alternative that starts with "**/" also matching at the top: VS Code
// reads each alternative as a glob of its own ("{**/old,archive}" takes "old"), picomatch inlines
// it, and there "**/" needs a folder before it.
function toPicomatch(glob: string): string {
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  let out = '';
  let depth = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '{') depth++;
    else if (c === '}' && depth > 0) depth--;
    if (c === '(' || c === ')' || c === '|') out += `\\${c}`;
    else out += c;
    if ((c === '{' || (c === ',' && depth > 0)) && g.startsWith('**/', i + 1)) {
      out += '{,**/}';
      i += 3;
    }
  }
  return out;
}

const compiled = new Map<string, (path: string) => boolean>();

/** Whether a "/"-separated path relative to its workspace folder matches the glob. */
export function matchesGlob(glob: string, relativePath: string): boolean {
  let isMatch = compiled.get(glob);
  if (!isMatch) {
    isMatch = picomatch(toPicomatch(glob), OPTIONS);
    compiled.set(glob, isMatch);
  }
  return isMatch(relativePath);
}

/** Excludes apply to folders too: a path is excluded when it or one of its folders matches. */
export function isExcludedPath(relativePath: string, excludes: readonly string[]): boolean {
  const parts = relativePath.split('/');
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join('/');
    if (excludes.some((g) => matchesGlob(g, prefix))) return true;
  }
  return false;
}

/** The CLI's skipped folders as globs: they are never letters' folders. */
const SKIPPED_FOLDER_GLOBS: readonly string[] = SKIPPED_FOLDERS.map((f) => `**/${f}`);

/**
 * Every exclude of a folder: the CLI's skipped folders, `files.exclude` (entries set to true; the
 * conditional `{ when }` form depends on sibling files and is not applied) and the user's
 * `imrReview.workspace.exclude`.
 */
export function excludeGlobs(filesExclude: Record<string, unknown> | undefined, userExclude: string | undefined): string[] {
  const fromFiles = Object.entries(filesExclude ?? {}).filter(([, on]) => on === true).map(([g]) => g);
  const user = userExclude?.trim();
  return [...SKIPPED_FOLDER_GLOBS, ...fromFiles, ...(user ? [user] : [])];
}

/**
 * One exclude glob for findFiles (it takes a single pattern). Patterns holding braces cannot be
 * nested in a group, so they are left out here and applied afterwards with isExcludedPath.
 */
export function findFilesExclude(excludes: readonly string[]): string | null {
  const simple = excludes.filter((g) => !/[{}]/.test(g));
  if (simple.length === 0) return null;
  return simple.length === 1 ? simple[0] : `{${simple.join(',')}}`;
}

/** PDF letters: `.pdf` files, in any case (as the CLI takes `.txt` in any case). */
export function isPdfPath(path: string): boolean {
  return path.toLowerCase().endsWith('.pdf');
}

// The glob of the PDF letters beside the include's text letters: its `.txt` ending swapped for
// `.pdf` (an include of letters/**/*.txt finds letters/**/*.pdf too). An include without that
// ending (**/* or **/*.{txt,md}) says itself which files to take, PDFs among them: undefined.
export function pdfIncludeOf(include: string): string | undefined {
  if (!/\.txt$/i.test(include)) return undefined;
  return include.slice(0, -3) + (include.endsWith('TXT') ? 'PDF' : 'pdf');
}

/** The globs findFiles and the watchers take for a discovery: the include, and the PDF glob when PDF letters are on. */
export function includeGlobs(include: string, pdf: boolean): string[] {
  const forPdf = pdf ? pdfIncludeOf(include) : undefined;
  return forPdf ? [include, forPdf] : [include];
}

/**
 * Whether discovery with this include and these excludes takes a file (a "/"-separated path
 * relative to its folder). With PDF letters off (`pdf` false) no `.pdf` file is taken, whatever
 * the include: its text cannot be read then, and each would otherwise be reported as binary.
 */
export function isDiscoveredPath(relativePath: string, include: string, excludes: readonly string[], pdf = false): boolean {
  if (isPdfPath(relativePath) && !pdf) return false;
  return includeGlobs(include, pdf).some((g) => matchesGlob(g, relativePath)) && !isExcludedPath(relativePath, excludes);
}
