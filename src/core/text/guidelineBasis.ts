// The statement that a decision was not based on the MTUS, as guideline lines write it: the
// citation reader (parse) sets it aside before looking for the MTUS, and so does IMR014.

/** "The Expert Reviewer did not base his/her decision on the MTUS", "not based on the MTUS". */
const NOT_BASED_SOURCE = String.raw`\bdid not base (?:its|their|his\/her|his|her|the) decision on (?:the )?(?:CA )?MTUS\b|\bnot based on (?:the )?(?:CA )?MTUS\b`;

/** The first such statement. */
export const NOT_BASED = new RegExp(NOT_BASED_SOURCE, 'i');

/** Every such statement, with the period after it. */
const NOT_BASED_STATEMENTS = new RegExp(`(?:${NOT_BASED_SOURCE})\\.?`, 'gi');

/** The text with every "not based on the MTUS" statement blanked out (same length, so offsets stay). */
export function blankNotBasedStatements(text: string): string {
  return text.replace(NOT_BASED_STATEMENTS, (s) => ' '.repeat(s.length));
}
