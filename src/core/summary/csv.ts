// One row per item across letters: the table a reviewer opens in a spreadsheet. The same function
// serves the CLI and the editor's workspace export, so both give the same bytes.
import { stringify } from 'csv-stringify/sync';
import { basisText, caseNumber, type LetterReport } from './report';

export const CSV_COLUMNS = [
  'file', 'case_number', 'reviewer_specialty', 'item', 'title', 'decision', 'decision_text',
  'claims_administrator_basis', 'maximus_basis', 'maximus_topics', 'maximus_pages',
  'conclusion', 'conclusion_cue', 'errors', 'warnings', 'infos',
] as const;

export function renderCsv(reports: readonly LetterReport[]): string {
  const rows: (string | number)[][] = [];
  for (const r of reports) {
    const specialty = r.letter.reviewer.specialties.join('; ');
    const cn = caseNumber(r);
    for (const item of r.letter.items) {
      const mine = r.findings.filter((f) => f.item === item.index);
      const count = (s: string) => mine.filter((f) => f.severity === s).length;
      const mx = item.guidelines.maximus;
      rows.push([
        r.file, cn, specialty, item.index + 1, item.title, item.decision ?? '', item.decisionText,
        basisText(item.guidelines.claimsAdministrator), basisText(mx), mx?.citation.topics.join('; ') ?? '', mx?.citation.pages.join(' ') ?? '',
        item.conclusion.necessity, item.conclusion.cue, count('error'), count('warning'), count('info'),
      ]);
    }
  }
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' });
}
