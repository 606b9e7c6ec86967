// Dates as letters write them: "May 8, 2004", "March 6, 2014", "April, 2015", "5/26/12", "7/1/2014".

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALT = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

/** Global regex for dates; groups: month name, day, year | numeric month, day, year. */
export const DATE_RE = new RegExp(
  `\\b(?:(${MONTH_ALT})\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})|(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}))\\b`,
  'g',
);

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Two-digit years: 00-39 are 2000s, the rest 1900s (IMR began in 2013; injuries go back decades). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 40 ? 2000 + n : 1900 + n;
}

/** ISO form of a DATE_RE match, or null when the numbers are not a real date. */
export function isoFromMatch(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) {
    const month = MONTHS.findIndex((name) => name.startsWith(m[1].toLowerCase().slice(0, 3))) + 1;
    const year = Number(m[3]);
    if (month < 1 || year < 1900 || year > 2100) return null;
    if (m[2] === undefined) return `${year}-${pad(month)}`;
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  const month = Number(m[4]);
  const day = Number(m[5]);
  const year = fullYear(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses one date written on its own (e.g. a header value). */
export function parseDate(text: string): string | null {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(text);
  DATE_RE.lastIndex = 0;
  return m ? isoFromMatch(m) : null;
}
