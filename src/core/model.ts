// The letter model: plain data produced by parseLetter(). Everything here is JSON-serialisable
// so the same model feeds the editor, the CLI, golden tests and exports.

/** 0-based, LSP-shaped position into the ORIGINAL text (before any normalisation). */
export interface Position {
  line: number;
  character: number;
}

/** 0-based, end-exclusive range into the original text. */
export interface Range {
  start: Position;
  end: Position;
}

/**
 * - `final-determination`: the 2014+ layout of the samples (HOW THE IMR FINAL DETERMINATION WAS MADE,
 *   CLINICAL CASE SUMMARY, IMR ISSUES, DECISIONS AND RATIONALES).
 * - `decisions-and-rationales`: the earlier layout (DOCUMENTS REVIEWED, IMR DECISION(S) AND RATIONALE(S)).
 * - `professional-review`: the single-issue layout (ISSUE AT DISPUTE:, CASE SUMMARY:, ...).
 */
export type Layout = 'final-determination' | 'decisions-and-rationales' | 'professional-review' | 'unknown';

/** A section, told by its heading; the headings of each kind are spelled in vocabulary.ts. */
export type SectionKind =
  | 'how-made'
  | 'clinical-summary'
  | 'issues'
  | 'documents-reviewed'
  | 'decisions'
  | 'issue-at-dispute'
  | 'case-summary'
  | 'guidelines-relied-upon'
  | 'rationale'
  | 'reviewer-qualifications';

export interface Section {
  kind: SectionKind;
  /** The heading as written (trimmed). */
  title: string;
  /** The heading line. */
  titleRange: Range;
  /** From the heading to the end of the section's last non-blank line. */
  range: Range;
}

export interface HeaderField {
  label: string;
  value: string;
  range: Range;
  labelRange: Range;
  valueRange: Range;
}

export interface Reviewer {
  /** Board certifications and specialties, e.g. ["Physical Medicine & Rehabilitation"]. */
  specialties: string[];
  /** States of licensure, e.g. ["California", "North Carolina"]. */
  licensure: string[];
  /** Where the reviewer statement is, if found. */
  range: Range | null;
}

export type DateKind =
  | 'injury'
  | 'progress-note'
  | 'ur-decision'
  | 'request'
  | 'treatment'
  | 'other';

export interface CaseDate {
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when the letter gives less). */
  date: string;
  /** The date as written. */
  text: string;
  kind: DateKind;
  range: Range;
}

export interface CaseInfo {
  age: number | null;
  sex: 'male' | 'female' | null;
  /** ISO date of injury, or null. */
  dateOfInjury: string | null;
  /** Every date the clinical summary mentions, with what it dates (best effort). */
  dates: CaseDate[];
  /** Empty date slots such as "dated  the following" (a date was expected but is missing). */
  emptyDateSlots: Range[];
}

export type GuidelineSource = 'MTUS' | 'ODG' | 'ACOEM' | 'other';

export interface Citation {
  sources: GuidelineSource[];
  /** 'based': "Decision based on MTUS..."; 'not-based': "did not base ... on the MTUS"; null: not said. */
  mtusBasis: 'based' | 'not-based' | null;
  /** Topic or section names, e.g. ["Muscle relaxants"], ["Transcutaneous electrotherapy"]. */
  topics: string[];
  /** Pages, ranges expanded: "74-78, 88" -> [74,75,76,77,78,88]. */
  pages: number[];
  /** Regulation references as written, e.g. ["8 C.C.R. 9792.20 - 9792.26"]. */
  regulations: string[];
  /** "did not cite any medical evidence". */
  noEvidenceCited: boolean;
}

/**
 * Where each original line's text sits in a joined text (`offset` into the joined string), so any
 * offset in `text` maps back to an exact position: see `positionInJoined` in the core facade.
 */
export interface TextSegment {
  offset: number;
  line: number;
  character: number;
  length: number;
}

export interface Guideline {
  /** The label as written, e.g. "MAXIMUS guideline:" (misspellings kept). */
  label: string;
  labelRange: Range;
  /** The text after the label, lines joined with single spaces. */
  text: string;
  /** The label and its text. */
  range: Range;
  /** Maps offsets in `text` back to the original lines. */
  segments: TextSegment[];
  citation: Citation;
}

export type Necessity = 'necessary' | 'not-necessary' | 'unclear';

/** A sentence the conclusion finder looked at, and why it did or did not take it. */
export interface ConsideredSentence {
  text: string;
  range: Range;
  necessity: Necessity | null;
  reason: string;
}

export interface Conclusion {
  necessity: Necessity;
  /** The concluding sentence ('' when there is none). */
  text: string;
  /**
   * The phrase that decided it, as written and without the negators around it (those are in
   * `negators`): "medically necessary" in "is not medically necessary", "medical necessity", or a
   * verdict that carries its own negation ("not recommended", "medically unnecessary"). '' when none.
   */
  cue: string;
  /** The concluding sentence's range, or null when there is none. */
  range: Range | null;
  /** The cue's range, or null. */
  cueRange: Range | null;
  /**
   * The negators that applied to the cue, in order: "not", "cannot", "fails to", a denying verb of an
   * embedding clause ("disagree"), a negative cue's own word ("unnecessary"). Even count = not negated.
   */
  negators: string[];
  /** Why this verdict: one short human sentence. */
  explanation: string;
  /** Other sentences with necessity language and why they were not taken. */
  considered: ConsideredSentence[];
}

export type Decision = 'Upheld' | 'Overturned';

export interface Rationale {
  /** The label as written, e.g. "Decision rationale:" ('' when the layout has none). */
  label: string;
  labelRange: Range | null;
  text: string;
  range: Range;
  /** Maps offsets in `text` back to the original lines. */
  segments: TextSegment[];
}

export interface Item {
  /** 0-based position in Letter.items. */
  index: number;
  /** The heading without its decision, wrapped lines joined with single spaces. */
  title: string;
  /** The heading text's range (first heading line to the end of the title text). */
  titleRange: Range;
  /** Maps offsets in `title` back to the original lines (a wrapped heading has several). */
  titleSegments: TextSegment[];
  decision: Decision | null;
  /** The decision word as written ('' when absent), e.g. "Upheld", "Uphled". */
  decisionText: string;
  decisionRange: Range | null;
  /** The whole heading, wrapped lines included. */
  range: Range;
  /** From the heading to the end of the item's last non-blank line. */
  fullRange: Range;
  /** The 1-based page its heading starts on (1 + the form feeds before it); null when the text has none. */
  page: number | null;
  guidelines: {
    claimsAdministrator: Guideline | null;
    maximus: Guideline | null;
  };
  rationale: Rationale | null;
  conclusion: Conclusion;
}

export interface Letter {
  layout: Layout;
  /** True when the text was PDF double-spaced (every line followed by an empty line). */
  doubleSpaced: boolean;
  lineCount: number;
  /** Pages (1 + the form feeds that open one: a PDF's text); null when the text has no form feed. */
  pageCount: number | null;
  header: HeaderField[];
  sections: Section[];
  reviewer: Reviewer;
  case: CaseInfo;
  items: Item[];
  /** The cover page published letters open with (absent when the text starts at the determination). */
  cover?: CoverPage;
}

/** The overall determination of a cover page: "Final Determination: UPHOLD" or "OVERTURN". */
export type OverallDetermination = 'UPHOLD' | 'OVERTURN';

/** A piece of the letter's text and where it is. */
export interface TextSpan {
  text: string;
  range: Range;
}

/** The cover page: the addressee, the case header, the treatments in dispute and the overall
 * determination, before the first section of the determination itself. */
export interface CoverPage {
  /** Its span, from the first line to the line before the determination's first section. */
  range: Range;
  /** `IMR Case Number:`, `Date of Injury:`, `Claims Number:`, `UR Denial Date:`, `Priority:`,
   * `Application Received:`, `Employee Name:`, `Provider Name:`...; two fields on one line (a table
   * extracted) are two fields. */
  fields: HeaderField[];
  /** The date of injury as written there: one date, or a cumulative-trauma period (`CT 01/2012 -
   * 06/30/2014`, ISO `from`/`to`, as precise as written: "2012-01"). */
  injury: { from: string | null; to: string | null; cumulative: boolean; range: Range } | null;
  /** `Treatment(s) in Dispute Listed on IMR Application:` and its list, one entry a treatment. */
  treatmentsInDispute: TextSpan[];
  /** `Final Determination: UPHOLD`, the word's range. */
  determination: { value: OverallDetermination; range: Range } | null;
  /** "This means we decided that none of / all of / some of the disputed items/services are
   * medically necessary and appropriate." */
  determinationSentence: (TextSpan & { scope: 'all' | 'none' | 'some' }) | null;
  /** The letter's own date (ISO), where written. */
  letterDate: { date: string; range: Range } | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedInformation {
  message: string;
  range: Range;
}

export interface Finding {
  /** Rule ID, e.g. "IMR001". */
  rule: string;
  /** Rule name, e.g. "decision-contradicts-rationale". */
  name: string;
  severity: Severity;
  message: string;
  range: Range;
  /** 0-based index into Letter.items when the finding is about an item. */
  item?: number;
  related?: RelatedInformation[];
  /** Text edits that would fix the finding (only for findings where editing the letter is right). */
  fix?: { title: string; edits: { range: Range; newText: string }[] };
}
