// imr-review: check letters and export decision summaries, on the same core as the editor.
import * as path from 'path';
import {
  exportStream, renderCheckJson, renderSarif, renderTextFinding, rules,
  type CheckFileResult, type Config, type ExportFormat, type ExportStream, type Problem,
} from '../core';
import { parse, USAGE } from './args';
import { ConfigFinder, readConfigFile, type LoadedConfig } from './config';
import { findTargets, toDisplay } from './files';
import { oneLine } from './messages';
import { fileSink, SafeWriteError, stdoutSink, type Sink } from './output';
import type { Job, JobResult } from './work';
import { defaultJobs, runJobs } from './workers';

export interface Io {
  stdout: (s: string) => void;
  /** Resolves once stdout can take more (after its 'drain'): large outputs wait for a slow reader. */
  drain?: () => Promise<void>;
  stderr: (s: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

declare const IMR_VERSION: string | undefined;
const VERSION = typeof IMR_VERSION === 'string' ? IMR_VERSION : '0.0.0-dev';

export async function main(argv: readonly string[], given: Io): Promise<number> {
  // Every message is one line, whatever a file name, a letter or a configuration holds.
  const io: Io = { ...given, stderr: oneLine(given.stderr) };
  const parsed = parse(argv);
  if (parsed.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    io.stderr(`imr-review: ${parsed.message}\n`);
    io.stderr('Run "imr-review --help" for usage.\n');
    return 2;
  }
  const o = parsed.options;

  let explicit: LoadedConfig | undefined;
  // An unreadable --config is reported and ends in exit 2, but the letters are still checked with
  // the configuration found beside them, so one bad path loses no work.
  let configUnreadable = false;
  if (o.config) {
    const r = readConfigFile(path.resolve(io.cwd, o.config));
    if (!r.ok) {
      io.stderr(`imr-review: ${r.message}; using the configuration beside each letter instead\n`);
      configUnreadable = true;
    } else {
      for (const w of r.warnings) io.stderr(`imr-review: ${w}\n`);
      explicit = r.loaded;
    }
  }
  const finder = new ConfigFinder(explicit);

  const { targets, problems, notes } = findTargets(o.paths, io.cwd);
  if (o.verbose) for (const n of notes) io.stderr(`${n.file}: ${n.message}\n`);
  const configs: Config[] = [];
  const configIndex = new Map<LoadedConfig, number>();
  const jobs: Job[] = targets.map((t) => {
    const loaded = finder.forFile(t.abs);
    let index = configIndex.get(loaded);
    if (index === undefined) {
      index = configs.push(loaded.config) - 1;
      configIndex.set(loaded, index);
    }
    return { abs: t.abs, display: t.display, explicit: t.explicit, relative: toDisplay(path.relative(loaded.dir, t.abs)), configIndex: index };
  });
  for (const w of finder.warnings) io.stderr(`imr-review: ${w}\n`);

  const exporting = o.command === 'export';
  // The export's destination is opened before any letter is read: a refused -o costs no analysis.
  let sink: Sink | undefined;
  if (exporting) {
    const opened = o.output ? await fileSink(path.resolve(io.cwd, o.output), o.force) : { ok: true as const, sink: stdoutSink(io.stdout, io.drain) };
    if (!opened.ok) {
      io.stderr(`imr-review: ${opened.message}\n`);
      return 2;
    }
    sink = opened.sink;
  }

  const errors: Problem[] = problems.map((p) => ({ file: p.file, message: p.message }));
  const skipped: Problem[] = [];
  // Each letter's result is used as it comes, in input order, and dropped: never all the models at once.
  const checked = exporting ? undefined : new CheckResults(o.format, io);
  const exported = sink ? new ExportWriter(o.format as ExportFormat, sink) : undefined;
  const options = { configs, maxBytes: o.maxSizeMB * 1048576, exportFormat: exporting ? (o.format as ExportFormat) : undefined, threads: o.jobs ?? defaultJobs() };
  try {
    await exported?.begin();
    await runJobs(jobs, options, async (r) => {
      if (r.status === 'rendered') await exported!.add(r);
      else if (r.status === 'ok') await checked!.add(r);
      else if (r.status === 'error') errors.push({ file: r.display, message: r.reason });
      else {
        skipped.push({ file: r.display, message: r.reason });
        if (r.explicit || o.verbose) io.stderr(`${r.display}: skipped: ${r.reason}\n`);
      }
    });
    await exported?.end();
  } catch (e) {
    // The temporary file goes, an existing file stays as it was.
    await sink?.abort();
    if (!(e instanceof SafeWriteError)) throw e;
    io.stderr(`imr-review: ${e.message}\n`);
    return 2;
  }
  // One line per unreadable input, naming the file; never any of the letter's text.
  for (const e of errors) io.stderr(`${e.file}: ${e.message}\n`);

  const code = exported ? finishExport(exported.letters, o.output, errors, io) : finishCheck(o.format, checked!, skipped, errors, io);
  return configUnreadable ? 2 : code;
}

type Ok = Extract<JobResult, { status: 'ok' }>;

/** What check keeps of each letter: its findings for JSON and SARIF (small); text lines are printed at once. */
class CheckResults {
  readonly files: CheckFileResult[] = [];
  letters = 0;
  errors = 0;
  warnings = 0;
  infos = 0;

  constructor(
    private readonly format: string,
    private readonly io: Io,
  ) {}

  async add(r: Ok): Promise<void> {
    this.letters++;
    for (const x of r.findings) {
      if (x.severity === 'error') this.errors++;
      else if (x.severity === 'warning') this.warnings++;
      else this.infos++;
    }
    if (this.format !== 'text') {
      this.files.push({ file: r.display, findings: r.findings });
      return;
    }
    if (!r.findings.length) return;
    this.io.stdout(r.findings.map((finding) => renderTextFinding(r.display, finding) + '\n').join(''));
    await this.io.drain?.();
  }
}

function finishCheck(format: string, checked: CheckResults, skipped: Problem[], errors: Problem[], io: Io): number {
  if (format === 'json') io.stdout(renderCheckJson(checked.files, skipped, errors));
  else if (format === 'sarif') io.stdout(renderSarif(checked.files, rules, VERSION));
  const { letters, errors: e, warnings: w, infos: i } = checked;
  const extra = [skipped.length ? `${skipped.length} skipped as not ${skipped.length === 1 ? 'a letter' : 'letters'}` : '', errors.length ? `${errors.length} unreadable` : ''].filter(Boolean).join(', ');
  io.stderr(`${letters} letter${letters === 1 ? '' : 's'} checked: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${extra ? ` (${extra})` : ''}\n`);
  if (errors.length) return 2;
  return e > 0 ? 1 : 0;
}

/** The export, written a letter at a time through the core's export stream (letters rendered by runJob). */
class ExportWriter {
  private readonly stream: ExportStream;
  letters = 0;

  constructor(
    format: ExportFormat,
    private readonly sink: Sink,
  ) {
    this.stream = exportStream(format);
  }

  begin(): Promise<void> {
    return this.sink.write(this.stream.begin());
  }

  add(r: Extract<JobResult, { status: 'rendered' }>): Promise<void> {
    this.letters++;
    return this.sink.write(this.stream.addRendered(r.rendered.text, r.rendered.counts));
  }

  async end(): Promise<void> {
    await this.sink.write(this.stream.end());
    await this.sink.close();
  }
}

function finishExport(letters: number, output: string | undefined, errors: Problem[], io: Io): number {
  if (output) io.stderr(`${letters} letter${letters === 1 ? '' : 's'} exported to ${output}\n`);
  return errors.length ? 2 : 0;
}
