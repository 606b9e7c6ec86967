// Cheap recognition of IMR letters from the first few KB, used before anything is parsed:
// the editor calls it on every plaintext document that opens, so it must stay fast and strict.

/** How much of the text detection reads. */
export const DETECT_PREFIX_CHARS = 8192;

const STRONG_MARKERS: readonly RegExp[] = [
  /^\s*HOW THE IMR FINAL DETERMINATION WAS MADE\s*$/m,
  /^\s*IMR ISSUES,? DECISIONS,? AND RATIONALES\s*$/m,
  /^\s*IMR DECISION\(S\) AND RATIONALE\(S\)\s*$/m,
  /^\s*INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE\s*$/m,
  /^\s*MEDICAL TREATMENT GUIDELINE\(S\) RELIED UPON BY PROFESSIONAL REVIEWER/m,
  /^\s*RATIONALE FOR WHY THE REQUESTED TREATMENT\/SERVICE/m,
];

const WEAK_MARKERS: readonly RegExp[] = [
  /^\s*CLINICAL CASE SUMMARY\s*$/m,
  /^\s*DOCUMENTS REVIEWED(?: FOR DETERMINATION)?:?\s*$/m,
  /^\s*ISSUE AT DISPUTE:/m,
  /^\s*CASE SUMMARY:/m,
  /MAXIMUS Federal Services/,
  /^\s*(?:Claims Administrator|MAXIMUS) guideline:/m,
  /^\s*Decision rationale:/m,
  /^\s*(?:IMR )?Case Number:\s*\S/m,
  /^\s*UR Denial Date:/m,
  /Independent Medical Review/i,
];

/** True when the text looks like an IMR determination letter. Reads at most DETECT_PREFIX_CHARS. */
export function looksLikeLetter(text: string): boolean {
  const head = text.length > DETECT_PREFIX_CHARS ? text.slice(0, DETECT_PREFIX_CHARS) : text;
  if (STRONG_MARKERS.some((re) => re.test(head))) return true;
  let weak = 0;
  for (const re of WEAK_MARKERS) if (re.test(head) && ++weak >= 2) return true;
  return false;
}
