// One row per item across letters: the table a reviewer opens in a spreadsheet. The same function
// serves the CLI and the editor's workspace export, so both give the same bytes.
//
// Every finding is counted once: on its item's row, or, for findings about the whole letter (a
// missing section, dates out of order), on a row for the letter with the item columns empty, placed
// before its items. A last row, file "TOTAL", sums the columns, so its errors/warnings/infos equal
// what `imr-review check` reports for the same files.
import { stringify } from 'csv-stringify/sync';
import { addCounts, basisText, caseNumber, countReport, zeroCounts, type LetterReport } from './report';

export const CSV_COLUMNS = [
  'file', 'case_number', 'reviewer_specialty', 'item', 'title', 'decision', 'decision_text',
  'claims_administrator_basis', 'maximus_basis', 'maximus_topics', 'maximus_pages',
  'conclusion', 'conclusion_cue', 'errors', 'warnings', 'infos',
] as const;

/** The `file` of the totals row. */
export const CSV_TOTAL = 'TOTAL';

type Severity = 'error' | 'warning' | 'info';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function renderCsv(reports: readonly LetterReport[]): string {
  const rows: (string | number)[][] = [];
  let total = zeroCounts();
  for (const r of reports) {
    total = addCounts(total, countReport(r));
    const specialty = r.letter.reviewer.specialties.join('; ');
    const cn = caseNumber(r);
    const indexes = new Set(r.letter.items.map((i) => i.index));
    const letterLevel = r.findings.filter((f) => f.item === undefined || !indexes.has(f.item));
    if (letterLevel.length > 0) {
      const count = (s: Severity) => letterLevel.filter((f) => f.severity === s).length;
      rows.push([r.file, cn, specialty, '', '', '', '', '', '', '', '', '', '', count('error'), count('warning'), count('info')]);
    }
    for (const item of r.letter.items) {
      const mine = r.findings.filter((f) => f.item === item.index);
      const count = (s: Severity) => mine.filter((f) => f.severity === s).length;
      const mx = item.guidelines.maximus;
      rows.push([
        r.file, cn, specialty, item.index + 1, item.title, item.decision ?? '', item.decisionText,
        basisText(item.guidelines.claimsAdministrator), basisText(mx), mx?.citation.topics.join('; ') ?? '', mx?.citation.pages.join(' ') ?? '',
        item.conclusion.necessity, item.conclusion.cue, count('error'), count('warning'), count('info'),
      ]);
    }
  }
  const summary = `${plural(reports.length, 'letter')}, ${plural(total.items, 'item')}: ${total.upheld} upheld, ${total.overturned} overturned, ${total.undecided} without a decision`;
  rows.push([CSV_TOTAL, '', '', '', summary, '', '', '', '', '', '', '', '', total.errors, total.warnings, total.infos]);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' });
}
