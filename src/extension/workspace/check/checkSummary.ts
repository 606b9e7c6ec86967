// The counts of a workspace check and the sentence that reports them, worded like the CLI's
// summary line. No `vscode` here: unit-tested directly.
import { addSeverities, plural, severityText, type Finding } from '../../../core/light';
import { tallyText, type ReadTally } from '../letters/readProblems';

export interface WorkspaceCheckResult {
  letters: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Not letters (readable text). */
  skipped: number;
  /** Each named in the output channel. */
  unreadable: number;
  /** Candidate files found, and read before the end (fewer when cancelled). */
  total: number;
  done: number;
  cancelled: boolean;
  /** How long the progress notification's task ran (ms): VS Code closes it when it ends, before the result is shown, once this reaches its 800 ms minimum. */
  progressMs?: number;
}

export const emptyResult = (): WorkspaceCheckResult => ({ letters: 0, errors: 0, warnings: 0, infos: 0, skipped: 0, unreadable: 0, total: 0, done: 0, cancelled: false });

export function countLetter(r: WorkspaceCheckResult, findings: readonly Finding[]): void {
  r.letters++;
  addSeverities(r, findings);
}

/** "checked 3 letters: 1 error, 2 warnings, 0 info (1 skipped as not a letter, 1 unreadable: see the output)". */
export function checkSummary(r: WorkspaceCheckResult, tally: ReadTally): string {
  const counts = severityText(r);
  const left = tallyText(tally);
  const extra = left ? ` (${left}${tally.unreadable.length ? ': see Output › IMR Review' : ''})` : '';
  const head = r.cancelled ? `check cancelled after ${r.done} of ${plural(r.total, 'file')}; ${plural(r.letters, 'letter')} checked so far` : `checked ${plural(r.letters, 'letter')}`;
  return `${head}: ${counts}${extra}.`;
}
