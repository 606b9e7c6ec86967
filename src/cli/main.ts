// imr-review: check letters and export decision summaries, on the same core as the editor.
import * as path from 'path';
import {
  renderCheckJson, renderCsv, renderJson, renderMarkdownAll, renderSarif, renderTextFinding, rules,
  type CheckFileResult, type Config, type LetterReport, type Problem,
} from '../core';
import { parse, USAGE } from './args';
import { ConfigFinder, readConfigFile, type LoadedConfig } from './config';
import { findTargets, toDisplay } from './files';
import { oneLine } from './messages';
import { writeWhole } from './output';
import type { Job, JobResult } from './work';
import { defaultJobs, runJobs } from './workers';

export interface Io {
  stdout: (s: string) => void;
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

  const results = await runJobs(jobs, configs, o.maxSizeMB * 1048576, o.command === 'export', o.jobs ?? defaultJobs());

  const errors: Problem[] = problems.map((p) => ({ file: p.file, message: p.message }));
  const skipped: Problem[] = [];
  const ok: Extract<JobResult, { status: 'ok' }>[] = [];
  for (const r of results) {
    if (r.status === 'ok') ok.push(r);
    else if (r.status === 'error') errors.push({ file: r.display, message: r.reason });
    else {
      skipped.push({ file: r.display, message: r.reason });
      if (r.explicit || o.verbose) io.stderr(`${r.display}: skipped: ${r.reason}\n`);
    }
  }
  // One line per unreadable input, naming the file; never any of the letter's text.
  for (const e of errors) io.stderr(`${e.file}: ${e.message}\n`);

  const code = o.command === 'check' ? finishCheck(o.format, ok, skipped, errors, io) : finishExport(o.format, o.output, o.force, ok, errors, io);
  return configUnreadable ? 2 : code;
}

function finishCheck(format: string, ok: Extract<JobResult, { status: 'ok' }>[], skipped: Problem[], errors: Problem[], io: Io): number {
  const files: CheckFileResult[] = ok.map((r) => ({ file: r.display, findings: r.findings }));
  if (format === 'json') io.stdout(renderCheckJson(files, skipped, errors));
  else if (format === 'sarif') io.stdout(renderSarif(files, rules, VERSION));
  else for (const f of files) for (const finding of f.findings) io.stdout(renderTextFinding(f.file, finding) + '\n');
  let e = 0;
  let w = 0;
  let i = 0;
  for (const f of files) {
    for (const x of f.findings) {
      if (x.severity === 'error') e++;
      else if (x.severity === 'warning') w++;
      else i++;
    }
  }
  const extra = [skipped.length ? `${skipped.length} skipped as not ${skipped.length === 1 ? 'a letter' : 'letters'}` : '', errors.length ? `${errors.length} unreadable` : ''].filter(Boolean).join(', ');
  io.stderr(`${files.length} letter${files.length === 1 ? '' : 's'} checked: ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info${extra ? ` (${extra})` : ''}\n`);
  if (errors.length) return 2;
  return e > 0 ? 1 : 0;
}

function finishExport(format: string, output: string | undefined, force: boolean, ok: Extract<JobResult, { status: 'ok' }>[], errors: Problem[], io: Io): number {
  const reports: LetterReport[] = ok.map((r) => ({ file: r.display, letter: r.letter!, findings: r.findings }));
  const content = format === 'json' ? renderJson(reports) : format === 'csv' ? renderCsv(reports) : reports.length ? renderMarkdownAll(reports) : '';
  if (output) {
    const written = writeWhole(path.resolve(io.cwd, output), content, force);
    if (!written.ok) {
      io.stderr(`imr-review: ${written.message}\n`);
      return 2;
    }
    io.stderr(`${reports.length} letter${reports.length === 1 ? '' : 's'} exported to ${output}\n`);
  } else {
    io.stdout(content);
  }
  return errors.length ? 2 : 0;
}
