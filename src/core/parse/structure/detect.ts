// Cheap recognition of IMR letters from the first few KB, used before anything is parsed:
// the editor calls it on every plaintext document that opens, so it must stay fast and strict.
// Only structure counts as evidence (headings and labels on their own lines, the letter's fixed
// reviewer wording), never a mere mention: notes and emails talk about "Independent Medical
// Review" and "MAXIMUS Federal Services" all the time.

import { anyOf, DECISION_WORDS, ITEM_LABELS, LETTER_TITLES, SECTION_HEADINGS, type Evidence } from '../../vocabulary';

/** How much of the text detection reads. */
export const DETECT_PREFIX_CHARS = 8192;

/** How many distinct pieces of evidence make a letter. One alone is a note quoting a heading. */
const THRESHOLD = 2;

// `[ \t]` rather than `\s` so a pattern never runs across lines; `\r?` for CRLF text, where `$`
// (multiline) matches before the `\n` only.
const EOL = String.raw`[ \t]*\r?$`;
const line = (body: string, flags = 'm') => new RegExp(String.raw`^[ \t]*(?:${body})${EOL}`, flags);
const lineStart = (body: string, flags = 'm') => new RegExp(String.raw`^[ \t]*(?:${body})`, flags);

const evidence = (e: Evidence) => ('line' in e ? line(e.line) : lineStart(e.opens));

/** Each one counts once. */
const EVIDENCE: readonly RegExp[] = [
  // Section headings and the earlier letters' title, alone on their line or opening it.
  ...SECTION_HEADINGS.flatMap((h) => h.evidence.map(evidence)),
  ...LETTER_TITLES.filter((t) => t.evidence).map((t) => line(t.spelling)),
  // The labels of each item, at line starts.
  ...ITEM_LABELS.map((l) => lineStart(`${l.name}:`)),
  // An item heading: a title, then its decision at the end of the line.
  new RegExp(String.raw`^[ \t]*\S[^\r\n]*:[ \t]*${anyOf(DECISION_WORDS)}${EOL}`, 'm'),
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
