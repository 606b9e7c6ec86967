// Command-line parsing with Node's util.parseArgs; usage errors become one-line messages.
import { DEFAULT_MAX_SIZE_MB } from '../core';
import { parseArgs } from 'util';
import { DEFAULT_FORMAT, formatNames, isFormat, type CheckFormat, type Command, type ExportFormat } from './formats';

/** A command with one of its own formats; `text` has none (it writes the letter's text). */
export type CommandFormat = { command: 'check'; format: CheckFormat } | { command: 'export'; format: ExportFormat } | { command: 'text' };

export type Options = CommandFormat & {
  paths: string[];
  output?: string;
  force: boolean;
  config?: string;
  jobs?: number;
  maxSizeMB: number;
  /** A PDF with more pages is refused before any page is read (the editor's imrReview.pdf.maxPages). */
  maxPages: number;
  verbose: boolean;
};

/** The default of --max-pages: the PDF reader's (src/pdf/extract.ts), not imported so the CLI's main bundle does not load it. */
export const DEFAULT_MAX_PAGES = 200;

export type Parsed = { kind: 'run'; options: Options } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage:
  imr-review check  [--format ${formatNames('check').join('|')}] [--config FILE] [--jobs N] [--max-size MB] [--max-pages N] [--verbose] PATH...
  imr-review export [--format ${formatNames('export').join('|')}] [-o FILE] [--force] [--config FILE] [--jobs N] [--max-size MB] [--max-pages N] PATH...
  imr-review text   [-o FILE] [--force] [--max-size MB] [--max-pages N] FILE
  imr-review --help | --version

PATH is a letter file (.txt, or .pdf: its text is extracted) or a folder (searched recursively for .txt and .pdf files
  that are IMR letters).
check exits 0 when no finding has error severity, 1 when some do, 2 on usage errors or unreadable input.
export writes to standard output, or to FILE (whole file, atomically; never over an existing file without --force;
  a symlink is written through and the file's permissions kept; a FIFO or device such as /dev/null is written directly).
  --format jsonl: one letter a line, the object of the JSON's "letters" array, no totals: for large batches.
text writes the text of a PDF letter as the editor shows it (of a .txt letter, the letter) to standard output, or to
  FILE as export does; exits 0, or 2 when the file cannot be read.
--max-size MB (default ${DEFAULT_MAX_SIZE_MB}): larger files are not read, a PDF's extracted text is held to it too.
--max-pages N (default ${DEFAULT_MAX_PAGES}): a PDF with more pages is not read.
Configuration: .imr-review.json in the current folder or above the letters (the same file the editor reads).
`;

export function parse(argv: readonly string[]): Parsed {
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        jobs: { type: 'string', short: 'j' },
        'max-size': { type: 'string' },
        'max-pages': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    }));
  } catch (e) {
    return { kind: 'error', message: (e as Error).message.split('\n')[0] };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (!command) return { kind: 'error', message: 'missing command: check, export or text' };
  if (command !== 'check' && command !== 'export' && command !== 'text') return { kind: 'error', message: `unknown command "${command}": expected check, export or text` };
  let chosen: CommandFormat | undefined;
  if (command === 'text') {
    if (paths.length !== 1) return { kind: 'error', message: 'text: give one file' };
    const other = (['format', 'config', 'jobs'] as const).find((k) => values[k] !== undefined);
    if (other) return { kind: 'error', message: `text: --${other} is for check and export` };
    chosen = { command };
  } else {
    if (paths.length === 0) return { kind: 'error', message: `${command}: give at least one file or folder` };
    chosen = withFormat(command, values.format ?? DEFAULT_FORMAT[command]);
    if (!chosen) return { kind: 'error', message: `${command}: --format must be one of ${formatNames(command).join(', ')}` };
  }
  if (command === 'check' && values.output) return { kind: 'error', message: 'check: -o is for export; redirect the output instead' };
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) return { kind: 'error', message: '--jobs must be a whole number from 1 to 64' };
  }
  let maxSizeMB = DEFAULT_MAX_SIZE_MB;
  if (values['max-size'] !== undefined) {
    maxSizeMB = Number(values['max-size']);
    if (!(maxSizeMB > 0)) return { kind: 'error', message: '--max-size must be a positive number of megabytes' };
  }
  let maxPages = DEFAULT_MAX_PAGES;
  if (values['max-pages'] !== undefined) {
    maxPages = Number(values['max-pages']);
    if (!Number.isInteger(maxPages) || maxPages < 1) return { kind: 'error', message: '--max-pages must be a whole number of pages, 1 or more' };
  }
  return {
    kind: 'run',
    options: { ...chosen, paths, output: values.output, force: !!values.force, config: values.config, jobs, maxSizeMB, maxPages, verbose: !!values.verbose },
  };
}

function withFormat(command: Command, format: string): CommandFormat | undefined {
  if (command === 'check') return isFormat(command, format) ? { command, format } : undefined;
  return isFormat(command, format) ? { command, format } : undefined;
}
