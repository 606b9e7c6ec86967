// The letter's vocabulary: its section headings, the labels inside an item, the decision words and
// the header labels. Section finding (structure/sections.ts), quick detection (structure/detect.ts),
// the item labels (structure/labels.ts), IMR007 and the TextMate grammar (its line rules generated
// by scripts/gen-grammar.js) all read them from here; test/core/vocabulary.test.ts checks they agree.
//
// Spellings are regex sources that JavaScript and Oniguruma (the grammar's engine) read alike:
// literal words with a few small optional parts (`ISSUES?`, `(?: FOR DETERMINATION)?`), nothing
// repeated, so every pattern built from them stays linear. Order matters only to the grammar text.
import type { Decision, Layout, SectionKind } from './model';

/** A piece of evidence for quick detection: a regex source for a whole line, or for a line's start. */
export type Evidence = { line: string } | { opens: string };

export interface SectionHeading {
  kind: SectionKind;
  /** How IMR007 names the section when it is missing. */
  title: string;
  /** The spellings letters use (all upper case except two mixed-case ones). */
  spellings: readonly string[];
  /**
   * `alone`: the heading is its own line, a colon allowed (the final-determination and earlier
   * layouts). `colon`: it ends in a colon and the section's text may follow on its line
   * (professional review). The grammar colours each style by that rule.
   */
  style: 'alone' | 'colon';
  /**
   * Whether section finding takes text after the heading on its line: always for `colon`, and for
   * DOCUMENTS REVIEWED, which the single-issue layout writes "DOCUMENTS REVIEWED FOR DETERMINATION:"
   * with the list after it (the grammar colours it only alone).
   */
  textAfter: boolean;
  /**
   * What detection counts, one piece each: stricter than section finding (a heading as letters
   * write it, often with its colon), so that a note quoting a heading in passing is no letter.
   */
  evidence: readonly Evidence[];
}

// Keyed by kind, so the compiler names a kind of the model without a heading; in the grammar's order.
const HEADINGS: Readonly<Record<SectionKind, Omit<SectionHeading, 'kind'>>> = {
  'how-made': {
    title: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
    spellings: ['HOW THE IMR FINAL DETERMINATION WAS MADE'],
    style: 'alone',
    textAfter: false,
    evidence: [{ line: 'HOW THE IMR FINAL DETERMINATION WAS MADE' }],
  },
  'clinical-summary': {
    title: 'CLINICAL CASE SUMMARY',
    spellings: ['CLINICAL CASE SUMMARY'],
    style: 'alone',
    textAfter: false,
    evidence: [{ line: 'CLINICAL CASE SUMMARY' }],
  },
  issues: {
    title: 'IMR ISSUES, DECISIONS AND RATIONALES',
    spellings: ['IMR ISSUES,? DECISIONS,? AND RATIONALES'],
    style: 'alone',
    textAfter: false,
    evidence: [{ line: 'IMR ISSUES,? DECISIONS,? AND RATIONALES' }],
  },
  decisions: {
    title: 'IMR DECISION(S) AND RATIONALE(S)',
    spellings: [String.raw`IMR DECISION\(S\) AND RATIONALE\(S\)`],
    style: 'alone',
    textAfter: false,
    evidence: [{ line: String.raw`IMR DECISION\(S\) AND RATIONALE\(S\)` }],
  },
  'documents-reviewed': {
    title: 'DOCUMENTS REVIEWED',
    spellings: ['DOCUMENTS REVIEWED(?: FOR DETERMINATION)?'],
    style: 'alone',
    textAfter: true,
    evidence: [{ line: 'DOCUMENTS REVIEWED(?: FOR DETERMINATION)?:?' }],
  },
  'issue-at-dispute': {
    title: 'ISSUE AT DISPUTE',
    spellings: ['ISSUES? AT DISPUTE'],
    style: 'colon',
    textAfter: true,
    evidence: [{ opens: 'ISSUE AT DISPUTE:' }],
  },
  'case-summary': {
    title: 'CASE SUMMARY',
    spellings: ['CASE SUMMARY', 'Case Summary'],
    style: 'colon',
    textAfter: true,
    evidence: [{ line: '(?:CASE SUMMARY|Case Summary):' }],
  },
  'guidelines-relied-upon': {
    title: 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY',
    spellings: [String.raw`MEDICAL TREATMENT GUIDELINE\(S\) RELIED UPON BY (?:THE )?PROFESSIONAL REVIEWER(?: AND WHY)?`],
    style: 'colon',
    textAfter: true,
    evidence: [{ opens: String.raw`MEDICAL TREATMENT GUIDELINE\(S\) RELIED UPON BY PROFESSIONAL REVIEWER` }],
  },
  rationale: {
    title: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY',
    spellings: ['RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY'],
    style: 'colon',
    textAfter: true,
    evidence: [{ opens: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE' }],
  },
  'reviewer-qualifications': {
    title: 'MEDICAL REVIEWER QUALIFICATIONS',
    spellings: ['MEDICAL REVIEWER QUALIFICATIONS', 'Medical Qualifications of the Expert Reviewer'],
    style: 'colon',
    textAfter: true,
    evidence: [{ line: 'MEDICAL REVIEWER QUALIFICATIONS:' }, { line: 'Medical Qualifications of the Expert Reviewer:' }],
  },
};

export const SECTION_HEADINGS: readonly SectionHeading[] = Object.entries(HEADINGS).map(([kind, h]) => ({ kind: kind as SectionKind, ...h }));

/** The heading of a kind. */
export const headingOf = (kind: SectionKind): SectionHeading => ({ kind, ...HEADINGS[kind] });

/**
 * Sections each layout may have, in the order layouts are preferred on a tie. The set of headings
 * present decides the layout (structure/sections.ts, detectLayout): the 2013 letters share HOW THE
 * IMR FINAL DETERMINATION WAS MADE and CLINICAL CASE SUMMARY with the later ones but decide under
 * IMR DECISION(S) AND RATIONALE(S) after DOCUMENTS REVIEWED; some of them write "Case Summary:" and
 * "Medical Qualifications of the Expert Reviewer:" as the single-issue layout does.
 */
export const LAYOUT_SECTIONS: Readonly<Record<Exclude<Layout, 'unknown'>, readonly SectionKind[]>> = {
  'final-determination': ['how-made', 'clinical-summary', 'issues'],
  'decisions-and-rationales': ['how-made', 'documents-reviewed', 'clinical-summary', 'case-summary', 'reviewer-qualifications', 'decisions'],
  'professional-review': ['issue-at-dispute', 'case-summary', 'documents-reviewed', 'guidelines-relied-upon', 'rationale', 'reviewer-qualifications'],
};

/** Sections each layout must have (IMR007 checks them); each is among the layout's LAYOUT_SECTIONS. */
export const REQUIRED_SECTIONS: Readonly<Record<Layout, readonly SectionKind[]>> = {
  'final-determination': ['how-made', 'clinical-summary', 'issues'],
  'decisions-and-rationales': ['documents-reviewed', 'decisions'],
  'professional-review': ['issue-at-dispute', 'case-summary', 'guidelines-relied-upon', 'rationale'],
  unknown: [],
};

/**
 * Titles a letter carries on a line of their own that start no section ("INDEPENDENT MEDICAL REVIEW
 * DECISION AND RATIONALE" is the earlier letters' title); `evidence` when detection counts it.
 */
export const LETTER_TITLES: readonly { spelling: string; evidence: boolean }[] = [
  { spelling: 'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE', evidence: true },
  { spelling: 'Notice of Independent Medical Review Determination', evidence: false },
];

export type LabelKind = 'claimsAdministrator' | 'maximus' | 'rationale';

export interface ItemLabel {
  kind: LabelKind;
  /** As the final-determination letters write it, before its colon: the grammar and detection take only this. */
  name: string;
  /** Case-insensitive; tolerant of the typos PDF letters carry ("guidline", "Rationle"). Needs its colon. */
  tolerant: string;
  /** The earlier layout's wording, case-insensitive. */
  earlier: string;
  /** Whether the earlier wording needs a colon too (the guideline ones run straight into their text). */
  earlierNeedsColon: boolean;
}

export const ITEM_LABELS: readonly ItemLabel[] = [
  {
    kind: 'claimsAdministrator',
    name: 'Claims Administrator guideline',
    tolerant: String.raw`Claims\s+Administrator(?:'s|’s)?\s+guid\w*lines?`,
    earlier: String.raw`The\s+Claims\s+Administrator\s+based\s+its\s+decision\s+on(?:\s+the)?`,
    earlierNeedsColon: false,
  },
  {
    kind: 'maximus',
    name: 'MAXIMUS guideline',
    tolerant: String.raw`MAXIMUS\s+guid\w*lines?`,
    earlier: String.raw`The\s+Expert\s+Reviewer\s+based\s+(?:his\/her|his|her|their)\s+decision\s+on(?:\s+the)?`,
    earlierNeedsColon: false,
  },
  {
    kind: 'rationale',
    name: 'Decision rationale',
    tolerant: String.raw`Decision\s+rati\w*`,
    earlier: String.raw`The\s+Expert\s+Reviewer(?:'s|’s)\s+decision\s+rationale`,
    earlierNeedsColon: true,
  },
];

/** The decisions, as written after an item heading's colon (any case). */
export const DECISION_WORDS: readonly Decision[] = ['Upheld', 'Overturned'];

/** Words that take a decision's place but are neither: the heading is flagged, its decision unread. */
export const OTHER_DECISION_WORDS: readonly string[] = [
  'modified', 'certified', 'denied', 'approved', 'withdrawn', 'partially', 'uphold', 'overturn', 'overruled',
  'reversed', 'affirmed', 'granted', 'noncertified', 'non-certified', 'pending', 'dismissed',
];

/** A word within this many edits of a decision is a misspelt decision. */
export const DECISION_TYPO_EDITS = 2;

/**
 * The grammar's stand-in for a misspelt decision word (Oniguruma has no edit distance): a word of
 * about a decision's length with its first two letters.
 */
export const GRAMMAR_MISSPELT_DECISION = 'up[a-z]{3,7}|ov[a-z]{6,11}';

/** Labels of the header fields (`Label: value`) the grammar colours; the parser reads any short label. */
export const HEADER_LABELS: readonly string[] = [
  String.raw`(?:IMR |MAXIMUS )?Case (?:Number|No\.)`,
  String.raw`Claim (?:Number|No\.)`,
  'Date Assigned',
  'Date of Injury',
  'Date of UR Decision',
  'UR Denial Date',
  'UR Decision Date',
  '(?:IMR )?Application Received',
  'Date Received',
  'Date of Determination',
  'Determination Date',
  'Priority',
  'Employee',
  'Injured Worker',
  'Employer',
  'Claims Administrator',
  'Insurer',
  'Requesting Provider',
  'Treating Provider',
  'Treating Physician',
  'Provider(?: Name| Specialty)?',
  String.raw`State\(s\) of Licensure`,
  String.raw`Certification\(s\)/Specialty`,
  'Specialty',
  'Board Certification',
];

/** `(?:a|b|c)`: spellings as one alternative. */
export const anyOf = (spellings: readonly string[]): string => `(?:${spellings.join('|')})`;

/**
 * Labels of a cover page's header (parse/fields/cover.ts): a two-column table extracts two fields on
 * one line, split where the next of these labels (and its colon) begins. Case-insensitive, literal
 * words with small optional parts, as the header labels above.
 */
export const COVER_LABELS: readonly string[] = [
  String.raw`(?:IMR |MAXIMUS )?Case (?:Number|No\.)`,
  String.raw`Claims? (?:Number|No\.)`,
  'Date of Injury',
  'Date Assigned',
  'UR Denial Date',
  'UR Decision Date',
  'Date of UR Decision',
  'Priority',
  '(?:IMR )?Application Received',
  'Date Received',
  'Employee(?: Name)?',
  'Injured Worker',
  'Employer',
  'Claims Administrator',
  'Insurer',
  'Provider(?: Name| Specialty)?',
  'Requesting Provider',
  'Treating Provider',
];

/** The cover page's label before the list of treatments in dispute. */
export const TREATMENTS_IN_DISPUTE_LABEL = String.raw`Treatment\(s\) in Dispute(?: Listed on (?:the )?IMR Application)?`;
