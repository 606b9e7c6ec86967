// The workspace export's text: exactly the core renderers over plain reports (the CLI passes the
// same shape), so `imr-review export --format csv FOLDER` and the editor give the same bytes.
import { renderCsv, renderJson, type LetterReport } from '../../core/index';

export type WorkspaceFormat = 'csv' | 'json';

export function renderWorkspace(reports: readonly LetterReport[], format: WorkspaceFormat): string {
  const plain = reports.map((r) => ({ file: r.file, letter: r.letter, findings: r.findings }));
  return format === 'csv' ? renderCsv(plain) : renderJson(plain);
}
