// The workspace export's text: exactly the core's export streams over plain reports in the CLI's
// order, so `imr-review export --format csv|json FOLDER` and the editor give the same bytes.
// exportWorkspace.ts writes the same stream a letter at a time; this is the whole-string form.
import { compareLetterPaths, renderExport, type ExportFormat, type LetterReport } from '../../../core/light';

/** The core's export formats the workspace export offers: one table or one JSON of every letter. */
export type WorkspaceFormat = Extract<ExportFormat, 'csv' | 'json'>;

export function renderWorkspace(reports: readonly LetterReport[], format: WorkspaceFormat): string {
  const plain = reports.map((r) => ({ file: r.file, letter: r.letter, findings: r.findings })).sort((a, b) => compareLetterPaths(a.file, b.file));
  return renderExport(format, plain);
}
