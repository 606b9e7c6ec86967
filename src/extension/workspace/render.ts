// The workspace export's text: exactly the core renderers over plain reports (the CLI passes the
// same shape), so `imr-review export --format csv FOLDER` and the editor give the same bytes.
// The CSV is built a letter at a time (WorkspaceCsv): the export keeps rows, not models.
import { countReport, CsvTable, csvRowsOf, renderJson, type Counts, type CsvRow, type LetterReport } from '../../core/index';
import { compareCliPaths } from './order';

export type WorkspaceFormat = 'csv' | 'json';

/** CSV rows per letter, added in any order (reads finish out of order), written in the CLI's. */
export class WorkspaceCsv {
  private readonly letters: { file: string; rows: CsvRow[]; counts: Counts }[] = [];

  add(r: LetterReport): void {
    this.letters.push({ file: r.file, rows: csvRowsOf(r), counts: countReport(r) });
  }

  text(): string {
    const table = new CsvTable();
    for (const l of [...this.letters].sort((a, b) => compareCliPaths(a.file, b.file))) table.addRows(l.rows, l.counts);
    return table.text();
  }
}

export function renderWorkspace(reports: readonly LetterReport[], format: WorkspaceFormat): string {
  const plain = reports.map((r) => ({ file: r.file, letter: r.letter, findings: r.findings }));
  if (format === 'json') return renderJson(plain);
  const csv = new WorkspaceCsv();
  for (const r of plain) csv.add(r);
  return csv.text();
}
