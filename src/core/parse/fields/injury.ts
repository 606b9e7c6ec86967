// The date of injury as a cover page writes it: one date, or a cumulative-trauma period
// ("CT 01/2012 - 06/30/2014", "CT: 3/1/2013 to 3/1/2014"), each end as precise as written.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_ALT = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Groups: month, day, year (numeric) | month, year (numeric) | month name, day, year.
const PIECE = new RegExp(
  String.raw`\b(?:(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})|(\d{1,2})/(\d{4})|(${MONTH_ALT})\.?(?: (\d{1,2}),?)? (\d{4}))\b`,
  'gi',
);
const CUMULATIVE = /^(?:CT\b|C\.T\.|Cumulative(?: Trauma)?\b)/i;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function iso(m: RegExpExecArray): string | null {
  let year: number;
  let month: number;
  let day: number | null = null;
  if (m[1] !== undefined) {
    [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (m[3].length === 2) year = year < 40 ? 2000 + year : 1900 + year;
  } else if (m[4] !== undefined) {
    [month, year] = [Number(m[4]), Number(m[5])];
  } else {
    month = MONTHS.indexOf(m[6].slice(0, 3).toLowerCase()) + 1;
    day = m[7] === undefined ? null : Number(m[7]);
    year = Number(m[8]);
  }
  if (month < 1 || month > 12 || year < 1900 || year > 2100 || (day !== null && (day < 1 || day > 31))) return null;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

export interface Injury {
  from: string | null;
  to: string | null;
  cumulative: boolean;
}

/** One date (`from` = `to`), a period of two (cumulative), or null when the text holds no date. */
export function parseInjury(text: string): Injury | null {
  const t = text.trim();
  const cumulative = CUMULATIVE.test(t);
  PIECE.lastIndex = 0;
  const a = PIECE.exec(t);
  const b = a ? PIECE.exec(t) : null;
  PIECE.lastIndex = 0;
  if (!a) return null;
  const from = iso(a);
  if (b) return { from, to: iso(b), cumulative: true };
  return cumulative ? { from, to: null, cumulative } : { from, to: from, cumulative: false };
}
