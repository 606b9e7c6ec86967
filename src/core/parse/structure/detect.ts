// Cheap recognition of IMR letters from the first few KB, used before anything is parsed:
// the editor calls it on every plaintext document that opens, so it must stay fast and strict.
// Only structure counts as evidence (headings and labels on their own lines, the letter's fixed
// reviewer wording), never a mere mention: notes and emails talk about "Independent Medical
// Review" and "MAXIMUS Federal Services" all the time.

/** How much of the text detection reads. */
export const DETECT_PREFIX_CHARS = 8192;

/** How many distinct pieces of evidence make a letter. One alone is a note quoting a heading. */
const THRESHOLD = 2;

// `[ \t]` rather than `\s` so a pattern never runs across lines; `\r?` for CRLF text, where `$`
// (multiline) matches before the `\n` only.
const EOL = String.raw`[ \t]*\r?$`;
const line = (body: string, flags = 'm') => new RegExp(String.raw`^[ \t]*(?:${body})${EOL}`, flags);
const lineStart = (body: string, flags = 'm') => new RegExp(String.raw`^[ \t]*(?:${body})`, flags);

/** Each one counts once. */
const EVIDENCE: readonly RegExp[] = [
  // Section headings, alone on their line.
  line('HOW THE IMR FINAL DETERMINATION WAS MADE'),
  line('IMR ISSUES,? DECISIONS,? AND RATIONALES'),
  line(String.raw`IMR DECISION\(S\) AND RATIONALE\(S\)`),
  line('INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE'),
  line('CLINICAL CASE SUMMARY'),
  line('DOCUMENTS REVIEWED(?: FOR DETERMINATION)?:?'),
  line('(?:CASE SUMMARY|Case Summary):'),
  line('MEDICAL REVIEWER QUALIFICATIONS:'),
  line('Medical Qualifications of the Expert Reviewer:'),
  lineStart('ISSUE AT DISPUTE:'),
  lineStart(String.raw`MEDICAL TREATMENT GUIDELINE\(S\) RELIED UPON BY PROFESSIONAL REVIEWER`),
  lineStart(String.raw`RATIONALE FOR WHY THE REQUESTED TREATMENT\/SERVICE`),
  // The labels of each item, at line starts.
  lineStart('Claims Administrator guideline:'),
  lineStart('MAXIMUS guideline:'),
  lineStart('Decision rationale:'),
  // An item heading: a title, then its decision at the end of the line.
  /^[ \t]*\S[^\r\n]*:[ \t]*(?:Upheld|Overturned)[ \t]*\r?$/m,
  // The fixed wording of the reviewer paragraph and of the earlier layout's decisions (PDF text
  // may wrap it anywhere).
  /MAXIMUS\s+Federal\s+Services\s+sent\s+the\s+complete\s+case\s+file\s+to\s+an\s+expert\s+reviewer/,
  /MAXIMUS\s+Federal\s+Services,\s+Inc\.\s+has\s+determined\s+the\s+request\s+for/,
  /The\s+expert\s+reviewer\s+developed\s+the\s+following\s+clinical\s+case\s+summary/i,
];

/** Header label lines ("Case Number: CM13-...", "UR Denial Date: ..."): together one piece of evidence. */
const HEADER_LABEL = lineStart(String.raw`(?:IMR )?Case Number:[ \t]*\S|UR Denial Date:|Date Assigned:|Date of UR Decision:|Application Received:`, 'gm');
const HEADER_LABELS_NEEDED = 2;

/** True when the text looks like an IMR determination letter. Reads at most DETECT_PREFIX_CHARS. */
export function looksLikeLetter(text: string): boolean {
  const head = text.length > DETECT_PREFIX_CHARS ? text.slice(0, DETECT_PREFIX_CHARS) : text;
  let found = 0;
  const labels = new Set(Array.from(head.matchAll(HEADER_LABEL), (m) => m[0].trim().replace(/:.*$/, '')));
  if (labels.size >= HEADER_LABELS_NEEDED) found++;
  for (const re of EVIDENCE) if (re.test(head) && ++found >= THRESHOLD) return true;
  return false;
}
