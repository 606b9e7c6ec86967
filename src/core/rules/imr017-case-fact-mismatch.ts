import type { CaseDate, CoverPage, HeaderField, Letter, Range, RelatedInformation } from '../model';
import { compareIsoDates } from './imr012-date-inconsistency';
import type { Rule, RuleReport } from './rule';

/** Injury dates of the summary quoted and pointed at per finding. */
const MAX_QUOTED = 5;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A field's value is one date: "09/23/1961", "September 23, 1961", "1961-09-23". Four-digit years
// only: a two-digit year of birth ("61") could be either century.
const NUMERIC_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const WORDED_DATE = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The ISO date a field's whole value writes, or null. */
export function fieldDate(value: string): string | null {
  const v = value.trim();
  if (v.length > 40) return null;
  let y: number, m: number, d: number;
  let match = NUMERIC_DATE.exec(v);
  if (match) [m, d, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = WORDED_DATE.exec(v))) {
    m = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    if (m === 0) return null;
    [d, y] = [Number(match[2]), Number(match[3])];
  } else if ((match = ISO_DATE.exec(v))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The ages a person born on `birth` (full ISO date) can be on `date` (as precise as written): one
 * age for a full date, two when the birthday may or may not have come yet.
 */
function agesOn(birth: string, date: string): [number, number] {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  const years = y - by;
  if (m === undefined) return [years - 1, years];
  if (m !== bm) return m > bm ? [years, years] : [years - 1, years - 1];
  if (d === undefined) return [years - 1, years];
  return d >= bd ? [years, years] : [years - 1, years - 1];
}

const isLabel = (re: RegExp) => (f: HeaderField) => re.test(f.label.trim().replace(/:$/, ''));
const BIRTH_LABEL = /^(?:date of birth|birth ?date|DOB|D\.O\.B\.)$/i;
const SEX_LABEL = /^(?:sex|gender)$/i;
const WORKER_LABEL = /^(?:employee(?: name)?|injured worker(?: name)?|applicant(?: name)?|patient(?: name)?|claimant(?: name)?)$/i;

/** The worker's sex as the cover page states it: a Sex/Gender field, or Mr./Ms./Mrs./Miss before the employee's name. */
function coverSex(cover: CoverPage): { sex: 'male' | 'female'; field: HeaderField } | null {
  const field = cover.fields.find(isLabel(SEX_LABEL));
  if (field) {
    const v = field.value.trim().toLowerCase();
    if (v === 'm' || v === 'male') return { sex: 'male', field };
    if (v === 'f' || v === 'female') return { sex: 'female', field };
  }
  const worker = cover.fields.find(isLabel(WORKER_LABEL));
  const title = worker && /^(Mr|Mrs|Ms|Miss)\.?\s+[A-Z]/.exec(worker.value.trim());
  if (worker && title) return { sex: title[1] === 'Mr' ? 'male' : 'female', field: worker };
  return null;
}

/** Where the summary is, for related information about what it states without a range of its own (age, sex). */
function summaryHeading(letter: Letter): Range | null {
  return letter.sections.find((s) => s.kind === 'clinical-summary' || s.kind === 'case-summary')?.titleRange ?? null;
}

function injuryFinding(letter: Letter, cover: CoverPage): RuleReport | null {
  const injury = cover.injury;
  if (!injury?.from) return null;
  const stated = letter.case.dates.filter((d) => d.kind === 'injury');
  if (stated.length === 0) return null;
  const { from, to } = injury;
  // A cumulative trauma is a period: a summary date inside it agrees. A single date agrees at the
  // precision both write ("2013-09" and "2013-09-23").
  const agrees = (d: CaseDate) =>
    injury.cumulative ? compareIsoDates(d.date, from) >= 0 && (to === null || compareIsoDates(d.date, to) <= 0) : compareIsoDates(d.date, from) === 0;
  // A summary may name several injuries (a later one, an earlier one): one that agrees is enough.
  if (stated.some(agrees)) return null;
  const field = cover.fields.find(isLabel(/^(?:date of injury|DOI)$/i));
  const written = field ? field.value.trim() : from + (to ? ` - ${to}` : '');
  // A summary names an injury or two; a run of hundreds is quoted by its first few.
  const shown = stated.slice(0, MAX_QUOTED);
  const summary = shown.map((d) => d.text).join(', ') + (stated.length > shown.length ? ` and ${stated.length - shown.length} more` : '');
  return {
    message: injury.cumulative
      ? `The cover page gives the cumulative-trauma period ${written} as the date of injury, but the clinical case summary dates the injury ${summary}, outside it.`
      : `The cover page gives the date of injury as ${written}, but the clinical case summary dates the injury ${summary}.`,
    range: injury.range,
    related: shown.map((d): RelatedInformation => ({ message: `Clinical case summary: injured ${d.text}`, range: d.range })),
  };
}

function sexFinding(letter: Letter, cover: CoverPage): RuleReport | null {
  const said = letter.case.sex;
  const stated = coverSex(cover);
  if (!said || !stated || stated.sex === said) return null;
  const heading = summaryHeading(letter);
  return {
    message: `The cover page gives the worker as ${stated.field.label.replace(/:$/, '')}: ${stated.field.value.trim()} (${stated.sex}), but the clinical case summary describes a ${said} worker.`,
    range: stated.field.valueRange,
    related: heading ? [{ message: `Clinical case summary: a ${said} worker`, range: heading }] : [],
  };
}

/**
 * The summary's age against the cover page's date of birth. The summary may state the age at the
 * injury or at the review, so every date the letter gives (the injury to the letter's own date) is
 * a day it may describe, and a year either side is allowed.
 */
function ageFinding(letter: Letter, cover: CoverPage): RuleReport | null {
  const age = letter.case.age;
  const field = cover.fields.find(isLabel(BIRTH_LABEL));
  const birth = field ? fieldDate(field.value) : null;
  if (age === null || !field || !birth) return null;
  const dates = [
    cover.injury?.from,
    cover.injury?.to,
    cover.letterDate?.date,
    ...cover.fields.filter((f) => f !== field).map((f) => fieldDate(f.value)),
    ...letter.case.dates.map((d) => d.date),
  ].filter((d): d is string => typeof d === 'string' && compareIsoDates(d, birth) > 0);
  if (dates.length === 0) return null;
  let youngest = Infinity;
  let oldest = -Infinity;
  for (const d of dates) {
    const [low, high] = agesOn(birth, d);
    youngest = Math.min(youngest, low);
    oldest = Math.max(oldest, high);
  }
  if (age >= youngest - 1 && age <= oldest + 1) return null;
  const heading = summaryHeading(letter);
  const span = youngest === oldest ? `${youngest}` : `${youngest} to ${oldest}`;
  return {
    message: `The cover page gives the date of birth as ${field.value.trim()}, so the worker was ${span} years old on the dates in this letter, but the clinical case summary says ${age} years old.`,
    range: field.valueRange,
    related: heading ? [{ message: `Clinical case summary: ${age} years old`, range: heading }] : [],
  };
}

export const caseFactMismatch: Rule = {
  id: 'IMR017',
  name: 'case-fact-mismatch',
  description: "The cover page and the clinical case summary disagree on the date of injury, the worker's sex, or the age against the date of birth.",
  severity: 'warning',
  tags: ['cover-page', 'case-summary', 'dates', 'consistency'],
  docs: {
    why: "A summary that gives another date of injury, another sex or another age than the cover page was mistyped or written from another case's records, and the decision may rest on it. Labor Code section 4610.6(h)(5) makes \"a plainly erroneous express or implied finding of fact\", where \"the mistake of fact is a matter of ordinary knowledge based on the information submitted for review ... and not a matter that is subject to expert opinion\", a ground of appeal of an IMR determination: a wrong date of injury, sex or age is such a finding, and this rule points at it for the appeal. A date inside a cumulative-trauma period (CT 01/2012 - 06/30/2014) agrees with it.",
    example: 'Date of Injury: 09/23/2013\n...\nCLINICAL CASE SUMMARY\n... The injured worker is a 52-year-old female who was injured on March 23, 2012.',
  },
  check(letter) {
    const cover = letter.cover;
    if (!cover) return [];
    return [injuryFinding(letter, cover), sexFinding(letter, cover), ageFinding(letter, cover)].filter((r): r is RuleReport => r !== null);
  },
};
