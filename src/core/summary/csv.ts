// One row per item across letters: the table a reviewer opens in a spreadsheet. The same function
// serves the CLI and the editor's workspace export, so both give the same bytes.
//
// Every finding is counted once: on its item's row, or, for findings about the whole letter (a
// missing section, dates out of order), on a row for the letter with the item columns empty, placed
// before its items. A last row, file "TOTAL", sums the columns, so its errors/warnings/infos equal
// what `imr-review check` reports for the same files.
import { csvFormatRows } from 'd3-dsv';
import { neutralizeCsvCell } from '../text/escape';
import { LetterStream } from './letterStream';
import { basisText, decisionCounts, namesText, pageNumbers } from '../present/index';
import { caseNumber, type LetterReport } from './report';
import { plural } from '../present/counts';

export const CSV_COLUMNS = [
  'file', 'case_number', 'reviewer_specialty', 'item', 'title', 'decision', 'decision_text',
  'claims_administrator_basis', 'maximus_basis', 'maximus_topics', 'maximus_pages',
  'conclusion', 'conclusion_cue', 'errors', 'warnings', 'infos',
  // Added at the end, so the columns before keep their positions: the cover page's Final
  // Determination (UPHOLD, OVERTURN) and its sentence's scope (all, none, some), empty without one.
  'overall_determination', 'overall_scope',
] as const;

/** The `file` of the totals row. */
const CSV_TOTAL = 'TOTAL';

type Severity = 'error' | 'warning' | 'info';

export type CsvRow = (string | number)[];

/**
 * Cells as text (d3-dsv's types take strings). Text cells, which hold letter text and file names,
 * never start a formula (neutralizeCsvCell); numbers (item numbers, counts) stay numbers.
 */
const cells = (row: CsvRow): string[] => row.map((c) => (typeof c === 'number' ? String(c) : neutralizeCsvCell(c)));

/** One letter's rows: the letter row when it has letter-level findings, then one row per item. */
export function csvRowsOf(r: LetterReport): CsvRow[] {
  const rows: CsvRow[] = [];
  const specialty = r.letter.reviewer.specialties.join('; ');
  const cn = caseNumber(r);
  const indexes = new Set(r.letter.items.map((i) => i.index));
  const overall = [r.letter.cover?.determination?.value ?? '', r.letter.cover?.determinationSentence?.scope ?? ''];
  const letterLevel = r.findings.filter((f) => f.item === undefined || !indexes.has(f.item));
  if (letterLevel.length > 0) {
    const count = (s: Severity) => letterLevel.filter((f) => f.severity === s).length;
    rows.push([r.file, cn, specialty, '', '', '', '', '', '', '', '', '', '', count('error'), count('warning'), count('info'), ...overall]);
  }
  for (const item of r.letter.items) {
    const mine = r.findings.filter((f) => f.item === item.index);
    const count = (s: Severity) => mine.filter((f) => f.severity === s).length;
    const mx = item.guidelines.maximus;
    rows.push([
      r.file, cn, specialty, item.index + 1, item.title, item.decision ?? '', item.decisionText,
      basisText(item.guidelines.claimsAdministrator), basisText(mx), namesText(mx?.citation.topics ?? []), pageNumbers(mx?.citation.pages ?? []),
      item.conclusion.necessity, item.conclusion.cue, count('error'), count('warning'), count('info'), ...overall,
    ]);
  }
  return rows;
}

/**
 * The CSV as it is written: begin() gives the header, add() a letter's rows (letters in output
 * order), end() the totals row. The chunks joined are the bytes of renderCsv: a caller with
 * thousands of letters writes each letter's rows as it is read and keeps neither rows nor models.
 */
export class CsvStream extends LetterStream {
  begin(): string {
    return `${csvFormatRows([[...CSV_COLUMNS]])}\n`;
  }

  /** The letter's rows; RFC 4180 quoting by d3-dsv (fields with a comma, a quote or a line break); one \n per row. */
  render(r: LetterReport): string {
    const rows = csvRowsOf(r);
    return rows.length ? `${csvFormatRows(rows.map(cells))}\n` : '';
  }

  protected frame(text: string): string {
    return text;
  }

  end(): string {
    const t = this.total;
    const summary = `${plural(this.letters, 'letter')}, ${plural(t.items, 'item')}: ${decisionCounts(t)}`;
    const totalRow: CsvRow = [CSV_TOTAL, '', '', '', summary, '', '', '', '', '', '', '', '', t.errors, t.warnings, t.infos, '', ''];
    return `${csvFormatRows([cells(totalRow)])}\n`;
  }
}

export function renderCsv(reports: readonly LetterReport[]): string {
  const stream = new CsvStream();
  return stream.begin() + reports.map((r) => stream.add(r)).join('') + stream.end();
}
