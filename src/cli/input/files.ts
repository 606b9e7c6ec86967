// Finds the letters to read: files given explicitly, and .txt and .pdf files in folders (recursively).
// Links are followed, as the editor's search (ripgrep --follow) follows them, so both list the same
// files; a link back to a folder the walk is already inside is not entered (ripgrep skips it too).
import * as fs from 'fs';
import * as path from 'path';
import { compareNames, isLetterFileName, SKIPPED_FOLDERS } from '../../core';

/** PDF letters are `.pdf` files (any case): their text is extracted, then read as a `.txt` letter's. */
export function isPdfFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.pdf');
}

/** What a folder walk reads: `.txt` letters (the core's rule, the editor's too) and PDFs. */
function isCandidate(name: string): boolean {
  return isLetterFileName(name) || isPdfFileName(name);
}

export interface Target {
  /** Absolute path. */
  abs: string;
  /** As shown in output, with forward slashes: as given, or for a file found in a folder, the folder as given joined with the file's path inside it. */
  display: string;
  /** Given by name on the command line (then a non-letter is reported, not silently skipped). */
  explicit: boolean;
}

/** One line about one path: `${file}: ${message}`. */
export interface PathMessage {
  file: string;
  message: string;
}

export interface Found {
  targets: Target[];
  /** Unusable paths (missing, unreadable, broken links, not regular files): errors, exit 2. */
  problems: PathMessage[];
  /** What the walk followed or left out without reading it: for `--verbose` only. */
  notes: PathMessage[];
}

export function toDisplay(p: string): string {
  return p.split(path.sep).join('/');
}

/** Why `abs` cannot be stat'ed, in one line: a link whose target is missing is a broken link. */
export function statProblem(abs: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'broken link (its links lead round in a loop)';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    let isLink = false;
    try {
      isLink = fs.lstatSync(abs).isSymbolicLink();
    } catch {
      // Not there at all.
    }
    return isLink ? 'broken link' : 'no such file or folder';
  }
  return `cannot read: ${code ?? (e as Error).message}`;
}

/** A folder being walked: its real path (for loop detection) and how it is shown. */
interface Ancestor {
  real: string;
  shown: string;
}

/** Targets in a stable order; problems and notes come back as messages. */
export function findTargets(paths: readonly string[], cwd: string): Found {
  const found: Found = { targets: [], problems: [], notes: [] };
  const seen = new Map<string, Target>();
  const add = (t: Target) => {
    const earlier = seen.get(t.abs);
    if (earlier) {
      // Named on the command line as well as found in a folder: treat it as named.
      earlier.explicit ||= t.explicit;
      return;
    }
    seen.set(t.abs, t);
    found.targets.push(t);
  };
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      found.problems.push({ file: given, message: statProblem(abs, e) });
      continue;
    }
    if (stat.isDirectory()) walk(abs, given, [{ real: realPath(abs), shown: toDisplay(given) }], add, found);
    else if (stat.isFile()) add({ abs, display: toDisplay(given), explicit: true });
    // A FIFO, socket or device: never opened (a FIFO blocks its reader, /dev/zero never ends).
    else found.problems.push({ file: given, message: 'not a regular file' });
  }
  return found;
}

function realPath(abs: string): string {
  try {
    return fs.realpathSync.native(abs);
  } catch {
    return abs;
  }
}

/** `shown` is how the user would write `dir`: the folder as given, extended as the walk descends. `ancestors` ends with `dir`. */
function walk(dir: string, shown: string, ancestors: readonly Ancestor[], add: (t: Target) => void, found: Found): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    found.problems.push({ file: toDisplay(shown), message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  const parent = ancestors[ancestors.length - 1];
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    const display = toDisplay(path.join(shown, e.name));
    const link = e.isSymbolicLink();
    // A link is taken for what it points to.
    let kind: 'folder' | 'file' | 'other' = e.isDirectory() ? 'folder' : e.isFile() ? 'file' : 'other';
    if (link) {
      try {
        const target = fs.statSync(abs);
        kind = target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
      } catch (err) {
        // A broken link named like a letter is an error; any other one can only be noted.
        const message = statProblem(abs, err);
        if (isCandidate(e.name)) found.problems.push({ file: display, message });
        else found.notes.push({ file: display, message: `skipped: ${message}` });
        continue;
      }
    }
    if (kind === 'folder') {
      if (SKIPPED_FOLDERS.includes(e.name)) continue;
      const real = link ? realPath(abs) : path.join(parent.real, e.name);
      const loop = ancestors.find((a) => a.real === real);
      if (loop) {
        found.notes.push({ file: display, message: `not entered: a link back to ${loop.shown}, which is being read` });
        continue;
      }
      if (link) found.notes.push({ file: display, message: 'followed link to a folder' });
      walk(abs, path.join(shown, e.name), [...ancestors, { real, shown: display }], add, found);
    } else if (isCandidate(e.name)) {
      if (kind === 'file') {
        if (link) found.notes.push({ file: display, message: 'followed link to a file' });
        add({ abs, display, explicit: false });
      } else {
        // Found in a folder, a FIFO, socket or device is left alone, unopened (the editor's search skips them too).
        found.notes.push({ file: display, message: 'skipped: not a regular file' });
      }
    }
  }
}
