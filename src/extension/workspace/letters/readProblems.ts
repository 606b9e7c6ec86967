// Files the workspace features could not use, counted and named the way the CLI reports them:
// never dropped silently. No `vscode` here: unit-tested directly.
import { leftOutText } from '../../../core/light';

export interface ReadProblem {
  file: string;
  reason: string;
}

export interface ReadTally {
  /** Readable text files that are not letters (the CLI's "skipped as not letters"). */
  skipped: number;
  /** Binary, not UTF-8, empty, over the size limit, or unreadable: each named. */
  unreadable: ReadProblem[];
}

export const emptyTally = (): ReadTally => ({ skipped: 0, unreadable: [] });

/** "3 skipped as not letters, 1 unreadable" ('' when nothing was left out), as the CLI's summary says it. */
export function tallyText(t: ReadTally): string {
  return leftOutText(t.skipped, t.unreadable.length);
}

/** One line per unreadable file, naming it (never its text): `batch/scan.txt: binary file, not text`. */
export function problemLines(t: ReadTally): string[] {
  return t.unreadable.map((p) => `${p.file}: ${p.reason}`);
}
