// The reviewer paragraph's two forms, found in time linear in the text. As single regexes
// (kept below as the reference) they backtracked quadratically: a run of spaces was rescanned from
// each of its positions, and the rest of a sentence once per "Board Certified in" (or per label)
// that could not match. The same matches, groups included, are found here.
import { isSpaceCode, skipSpaces } from '../../text/spaces';

// Where a lazy group may end: at a comma, at the start of a run of spaces, or just after the group's
// first character ("in " then a space). Anywhere else inside a run of spaces the separator matches
// only where it matched from the run's start, which was tried first and failed.
const SEP = String.raw`(?:,|(?<!\s)|(?<=in \s))\s+`;
const SPACES = String.raw`(?:(?<!\s)|(?<=in \s))\s+`;

/**
 * Sticky, tried at an occurrence of "Board Certified in": the same matches as
 * /Board[- ]Certified in ([^.;]+?)(?:,?\s+(?:and\s+)?(?:has|with) a sub-?specialty in ([^.;]+?))?,?\s+and\s+(?:is\s+)?licensed to practice in ([^.;]+?)(?=\.|;|\s+He\/she|$)/i
 */
const PROSE = new RegExp(
  String.raw`Board[- ]Certified in ([^.;]+?)(?:${SEP}(?:and\s+)?(?:has|with) a sub-?specialty in ([^.;]+?))?${SEP}and\s+(?:is\s+)?licensed to practice in ([^.;]+?)(?=\.|;|${SPACES}He\/she|$)`,
  'iy',
);
const PROSE_START = /Board[- ]Certified in /gi;
// The licensure clause the prose form needs after the specialty. Every group ends before a period
// or semicolon, and the last one can always run to it: the form matches at an occurrence exactly
// when this follows in the same sentence. Without the clause, an occurrence fails, and so does
// every later one of the sentence (an earlier one's specialty may run over it).
const PROSE_LICENSURE = new RegExp(String.raw`${SEP}and\s+(?:is\s+)?licensed to practice in [^.;]`, 'gi');

/** The first match of the prose form (groups: specialty, subspecialty, licensure), or null. */
export function matchProse(text: string): RegExpExecArray | null {
  PROSE_START.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = PROSE_START.exec(text))) {
    const from = start.index + start[0].length;
    const end = sentenceStop(text, from);
    PROSE_LICENSURE.lastIndex = from + 1;
    if (PROSE_LICENSURE.exec(text.slice(0, end))) {
      PROSE.lastIndex = start.index;
      const m = PROSE.exec(text);
      if (m) return m;
    }
    PROSE_START.lastIndex = Math.max(end, from);
  }
  return null;
}

function sentenceStop(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3b) return i;
  }
  return text.length;
}

export interface LabelValue {
  /** Where the label starts. */
  index: number;
  /** Where the value ends. */
  end: number;
  value: string;
}

export const LICENSURE_LABEL = /State\(s\) of Licensure:/g;
export const SPECIALTY_LABEL = /Certification\(s\)\/Specialty:/g;
/** Sticky: a label and its colon, where the value before it ends. */
const NEXT_LABEL = /(?:State\(s\) of Licensure|Certification\(s\)\/Specialty)\s*:/y;

/**
 * The first value of a label form (`label`: LICENSURE_LABEL or SPECIALTY_LABEL), as
 * /LABEL:\s*([^:]+?)(?=\s+(?:State\(s\) of Licensure|Certification\(s\)\/Specialty)\s*:|\.\s|\.?$)/
 * matches it: the value runs to the other label, a sentence end or the end of the section.
 */
export function matchLabelValue(text: string, label: RegExp): LabelValue | null {
  label.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = label.exec(text))) {
    const afterColon = m.index + m[0].length;
    const valueStart = skipSpaces(text, afterColon);
    const colon = text.indexOf(':', valueStart);
    const stop = colon < 0 ? text.length : colon;
    for (let p = valueStart + 1; p <= stop; p++) {
      // Inside a run of spaces the value ends here only if it ended one space earlier.
      if (p < text.length && isSpaceCode(text.charCodeAt(p)) && isSpaceCode(text.charCodeAt(p - 1))) continue;
      if (valueEndsAt(text, p)) return { index: m.index, end: p, value: text.slice(valueStart, p) };
    }
    // The pattern's `\s*` gives back spaces: the value may then be the run's last space (ending
    // where the run does) or the one before it (the other label following the run).
    if (valueStart > afterColon && valueEndsAt(text, valueStart)) return { index: m.index, end: valueStart, value: text.slice(valueStart - 1, valueStart) };
    if (valueStart - afterColon >= 2 && nextLabelAt(text, valueStart)) return { index: m.index, end: valueStart - 1, value: text.slice(valueStart - 2, valueStart - 1) };
  }
  return null;
}

/** The look-ahead that ends a label's value: spaces and the other label, a period and a space, or the end. */
function valueEndsAt(text: string, p: number): boolean {
  if (p === text.length) return true;
  const c = text.charCodeAt(p);
  if (c === 0x2e) return p + 1 === text.length || isSpaceCode(text.charCodeAt(p + 1));
  return isSpaceCode(c) && nextLabelAt(text, skipSpaces(text, p));
}

function nextLabelAt(text: string, i: number): boolean {
  NEXT_LABEL.lastIndex = i;
  return NEXT_LABEL.test(text);
}
