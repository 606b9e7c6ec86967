// What the renderers take: a letter's model and findings, with the path it is known by.
import type { Finding, Letter } from '../model';

export interface LetterReport {
  /** The path as given or found (forward slashes), or a display name for unsaved letters. */
  file: string;
  letter: Letter;
  findings: Finding[];
}

/** The version of the JSON export contract (README: "JSON contract"). Bumped on breaking changes only. */
export const SCHEMA_VERSION = 1;

export interface Counts {
  items: number;
  upheld: number;
  overturned: number;
  undecided: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function countReport(r: LetterReport): Counts {
  const c: Counts = { items: r.letter.items.length, upheld: 0, overturned: 0, undecided: 0, errors: 0, warnings: 0, infos: 0 };
  for (const i of r.letter.items) {
    if (i.decision === 'Upheld') c.upheld++;
    else if (i.decision === 'Overturned') c.overturned++;
    else c.undecided++;
  }
  addSeverities(c, r.findings);
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    items: a.items + b.items,
    upheld: a.upheld + b.upheld,
    overturned: a.overturned + b.overturned,
    undecided: a.undecided + b.undecided,
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    infos: a.infos + b.infos,
  };
}

export const zeroCounts = (): Counts => ({ items: 0, upheld: 0, overturned: 0, undecided: 0, errors: 0, warnings: 0, infos: 0 });

/** The case number from the header, when the letter has one. */
export function caseNumber(r: LetterReport): string {
  return r.letter.header.find((f) => /case (?:number|no\.?)/i.test(f.label))?.value ?? '';
}

/** Adds findings to severity totals: errors, warnings, and everything else as info (the CLI's and
 * the editor's workspace check count alike). */
export function addSeverities(c: Pick<Counts, 'errors' | 'warnings' | 'infos'>, findings: readonly { severity: string }[]): void {
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
}
