// Every output format of the CLI, one table per command: format name -> renderer. The names the
// command line accepts, the usage text and the "--format must be one of" message all come from
// these tables, and the format types are their keys: a format without a renderer cannot exist, and
// an unknown one does not compile. Every renderer is the core's, the one the editor uses.
import {
  exportStream, renderCheckJson, renderSarif, renderText, rules,
  type CheckFileResult, type ExportFormat as CoreExportFormat, type ExportStream, type Problem,
} from '../core';
import { VERSION } from './version';

/** One check run in a format: what each letter adds as it comes (in input order), then the end. */
export interface CheckOutput {
  add(file: CheckFileResult): string;
  end(skipped: readonly Problem[], errors: readonly Problem[]): string;
}

/** A whole-document format: keeps each letter's findings (small; never its model) for the end. */
function whole(render: (files: readonly CheckFileResult[], skipped: readonly Problem[], errors: readonly Problem[]) => string): () => CheckOutput {
  return () => {
    const files: CheckFileResult[] = [];
    return {
      add: (file) => {
        files.push(file);
        return '';
      },
      end: (skipped, errors) => render(files, skipped, errors),
    };
  };
}

export const CHECK_FORMATS = {
  // One finding a line, printed as each letter is checked.
  text: (): CheckOutput => ({ add: (file) => renderText(file.file, file.findings), end: () => '' }),
  json: whole(renderCheckJson),
  sarif: whole((files) => renderSarif(files, rules, VERSION)),
} satisfies Record<string, () => CheckOutput>;

// Each letter is rendered where it was analysed (runJob: renderLetter, the same stream by name),
// and the stream frames the letters and adds the totals.
export const EXPORT_FORMATS = {
  markdown: () => exportStream('markdown'),
  json: () => exportStream('json'),
  jsonl: () => exportStream('jsonl'),
  csv: () => exportStream('csv'),
} satisfies Record<CoreExportFormat, () => ExportStream>;

export const FORMATS = { check: CHECK_FORMATS, export: EXPORT_FORMATS };

export type Command = keyof typeof FORMATS;
export type CheckFormat = keyof typeof CHECK_FORMATS;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Without --format. */
export const DEFAULT_FORMAT: { check: CheckFormat; export: ExportFormat } = { check: 'text', export: 'markdown' };

/** The names `command` accepts, in the table's order. */
export function formatNames(command: Command): string[] {
  return Object.keys(FORMATS[command]);
}

/** Own keys only: "constructor" or "__proto__" is no format. */
export function isFormat<C extends Command>(command: C, name: string): name is keyof (typeof FORMATS)[C] & string {
  return Object.prototype.hasOwnProperty.call(FORMATS[command], name);
}
