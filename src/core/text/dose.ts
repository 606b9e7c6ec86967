// Strengths and quantities written next to a drug name: "Zanaflex 4mg #90", "Norco 10/325 mg, #90",
// "Baclofen 2%", "Lidoderm 5% patch #30", "90 tablets of Norco". Only what is attached to the name
// counts; a number elsewhere in the sentence (a total, a daily dose, a history) is not read.

export interface Strength {
  start: number;
  end: number;
  text: string;
  /** "10/325" -> [10, 325]. */
  numbers: number[];
  /** Normalised unit: mg, mcg, g, ml, %, mcg/hr, units. */
  unit: string;
}

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
}

// Release forms and salts that may sit between a name and its strength.
const FORM_WORDS = /^(?:\s+(?:ER|XR|CR|SR|DR|LA|XL|IR|ODT|HCL|HCl|hydrochloride|sodium|bitartrate|sulfate|extended[- ]release|tabs?|tablets?|caps?|capsules?|patch(?:es)?|cream|gel|ointment|solution|lotion|topical|oral))+/;
const NUMBER = '\\d+(?:\\.\\d+)?|\\.\\d+';
const STRENGTH = new RegExp(`^,?\\s*((?:${NUMBER})(?:\\s*/\\s*(?:${NUMBER}))*)\\s*(mg/hr|mcg/hr|mcg/h|mg|mcg|µg|gm|grams?|g|ml|mL|%|units?|IU)(?![A-Za-z])`);
const HASH_QUANTITY = /^[\s,]*(?:(?:qty|quantity)\.?:?\s*|#\s*)(\d{1,4})(?!\d|\.\d|\s*(?:mg|mcg|%))/i;
const DOSE_UNITS = '(?:tablets?|tabs?|capsules?|caps?|pills?|patch(?:es)?|pieces?|lozenges?|suppositor(?:y|ies))';
// "Norco ... is for 90 tablets", "Norco, 120 tablets": a count not followed by a frequency.
const COUNT_AFTER = new RegExp(`^(?:\\s+(?:is|was)\\s+for|,)\\s+(\\d{1,4})\\s+${DOSE_UNITS}\\b(?!\\s+(?:per|a|an|each|every|daily|nightly|twice|three|four|q\\.?\\s?\\d|at|by|as)\\b)`, 'i');
// "90 tablets of Norco", "#90 Norco" (the count is just before the name).
const COUNT_BEFORE = new RegExp(`(?:^|[\\s(])(?:#\\s*(\\d{1,4})|(\\d{1,4})\\s+${DOSE_UNITS}\\s+of)\\s+$`, 'i');

function normaliseUnit(u: string): string {
  const l = u.toLowerCase();
  if (l === 'gm' || l === 'gram' || l === 'grams') return 'g';
  if (l === 'µg') return 'mcg';
  if (l === 'mcg/h') return 'mcg/hr';
  if (l === 'unit' || l === 'iu') return 'units';
  return l;
}

/** Skips release forms after a name; returns the offset after them. */
function skipForms(text: string, from: number): number {
  const m = FORM_WORDS.exec(text.slice(from));
  return m ? from + m[0].length : from;
}

/** The strength written right after a drug name ending at `from`, or null. */
export function strengthAfter(text: string, from: number): Strength | null {
  const at = skipForms(text, from);
  const rest = text.slice(at, at + 60);
  const m = STRENGTH.exec(rest);
  if (!m) return null;
  const start = at + m.index + m[0].indexOf(m[1]);
  const end = at + m[0].length;
  return {
    start,
    end,
    text: text.slice(start, end),
    numbers: m[1].split('/').map((s) => Number(s.trim())),
    unit: normaliseUnit(m[2]),
  };
}

/** The quantity attached to a drug name (and its strength) ending at `from`: "#90", "qty 60", "is for 90 tablets". */
export function quantityAfter(text: string, from: number): Quantity | null {
  const at = skipForms(text, from);
  const rest = text.slice(at, at + 60);
  const m = HASH_QUANTITY.exec(rest) ?? COUNT_AFTER.exec(rest);
  if (!m) return null;
  // The phrase starts at "#", "qty" or the count ("is for" holds none of these).
  const start = at + m.index + m[0].search(/[#\dq]/i);
  const end = at + m.index + m[0].length;
  return { start, end, text: text.slice(start, end).trimEnd(), value: Number(m[1]) };
}

/** A quantity written just before a drug name starting at `to`: "90 tablets of Norco", "#90 Norco". */
export function quantityBefore(text: string, to: number): Quantity | null {
  const from = Math.max(0, to - 40);
  const m = COUNT_BEFORE.exec(text.slice(from, to));
  if (!m) return null;
  const digits = m[1] ?? m[2];
  const start = from + m.index + m[0].search(/[#\d]/);
  return { start, end: to, text: text.slice(start, to).trimEnd(), value: Number(digits) };
}

/** Two strengths disagree when written in the same unit and neither's numbers begin the other's (10/325 vs 10 agree). */
export function strengthsDisagree(a: Strength, b: Strength): boolean {
  if (a.unit !== b.unit) return false;
  const n = Math.min(a.numbers.length, b.numbers.length);
  for (let i = 0; i < n; i++) if (a.numbers[i] !== b.numbers[i]) return true;
  return false;
}

/** "10/325 mg" for messages. */
export function formatStrength(s: Strength): string {
  return `${s.numbers.join('/')}${s.unit === '%' ? '' : ' '}${s.unit}`;
}
