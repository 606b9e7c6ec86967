// Command-line parsing with Node's util.parseArgs; usage errors become one-line messages.
import { DEFAULT_MAX_SIZE_MB } from '../core';
import { parseArgs } from 'util';
import { DEFAULT_FORMAT, formatNames, isFormat, type CheckFormat, type Command, type ExportFormat } from './formats';

/** A command with one of its own formats. */
export type CommandFormat = { command: 'check'; format: CheckFormat } | { command: 'export'; format: ExportFormat };

export type Options = CommandFormat & {
  paths: string[];
  output?: string;
  force: boolean;
  config?: string;
  jobs?: number;
  maxSizeMB: number;
  verbose: boolean;
};

export type Parsed = { kind: 'run'; options: Options } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export const USAGE = `Usage:
  imr-review check  [--format ${formatNames('check').join('|')}] [--config FILE] [--jobs N] [--max-size MB] [--verbose] PATH...
  imr-review export [--format ${formatNames('export').join('|')}] [-o FILE] [--force] [--config FILE] [--jobs N] [--max-size MB] PATH...
  imr-review --help | --version

PATH is a letter file or a folder (searched recursively for .txt files that are IMR letters).
check exits 0 when no finding has error severity, 1 when some do, 2 on usage errors or unreadable input.
export writes to standard output, or to FILE (whole file, atomically; never over an existing file without --force;
  a symlink is written through and the file's permissions kept; a FIFO or device such as /dev/null is written directly).
  --format jsonl: one letter a line, the object of the JSON's "letters" array, no totals: for large batches.
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
  if (!command) return { kind: 'error', message: 'missing command: check or export' };
  if (command !== 'check' && command !== 'export') return { kind: 'error', message: `unknown command "${command}": expected check or export` };
  if (paths.length === 0) return { kind: 'error', message: `${command}: give at least one file or folder` };
  const chosen = withFormat(command, values.format ?? DEFAULT_FORMAT[command]);
  if (!chosen) return { kind: 'error', message: `${command}: --format must be one of ${formatNames(command).join(', ')}` };
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
  return {
    kind: 'run',
    options: { ...chosen, paths, output: values.output, force: !!values.force, config: values.config, jobs, maxSizeMB, verbose: !!values.verbose },
  };
}

function withFormat(command: Command, format: string): CommandFormat | undefined {
  if (command === 'check') return isFormat(command, format) ? { command, format } : undefined;
  return isFormat(command, format) ? { command, format } : undefined;
}
