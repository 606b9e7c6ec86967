// Finds the letters to read: files given explicitly, and .txt files in folders (recursively).
import * as fs from 'fs';
import * as path from 'path';
import { isLetterFileName, SKIPPED_FOLDERS } from '../core';

export interface Target {
  /** Absolute path. */
  abs: string;
  /** As shown in output, with forward slashes: as given, or for a file found in a folder, the folder as given joined with the file's path inside it. */
  display: string;
  /** Given by name on the command line (then a non-letter is reported, not silently skipped). */
  explicit: boolean;
}

export function toDisplay(p: string): string {
  return p.split(path.sep).join('/');
}

/** Targets in a stable order; problems (missing paths, unreadable folders) come back as messages. */
export function findTargets(paths: readonly string[], cwd: string): { targets: Target[]; problems: { file: string; message: string }[] } {
  const targets: Target[] = [];
  const problems: { file: string; message: string }[] = [];
  const seen = new Map<string, Target>();
  const add = (t: Target) => {
    const earlier = seen.get(t.abs);
    if (earlier) {
      // Named on the command line as well as found in a folder: treat it as named.
      earlier.explicit ||= t.explicit;
      return;
    }
    seen.set(t.abs, t);
    targets.push(t);
  };
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (e) {
      problems.push({ file: given, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : `cannot read: ${(e as Error).message}` });
      continue;
    }
    if (stat.isDirectory()) walk(abs, given, add, problems);
    else add({ abs, display: toDisplay(given), explicit: true });
  }
  return { targets, problems };
}

/** `shown` is how the user would write `dir`: the folder as given, extended as the walk descends. */
function walk(dir: string, shown: string, add: (t: Target) => void, problems: { file: string; message: string }[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ file: toDisplay(shown), message: `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.includes(e.name)) walk(abs, path.join(shown, e.name), add, problems);
    } else if (e.isFile() && isLetterFileName(e.name)) {
      add({ abs, display: toDisplay(path.join(shown, e.name)), explicit: false });
    }
  }
}
