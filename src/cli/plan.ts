// What a run reads and how: the letters found under the paths given, each with its configuration
// (--config, else the .imr-review.json beside it), then the run itself, a letter at a time in
// input order. What cannot be read is reported the same way whatever the command.
import * as path from 'path';
import type { Config, Problem } from '../core';
import type { Options } from './args';
import { ConfigFinder, readConfigFile, type LoadedConfig } from './input/config';
import { findTargets, toDisplay } from './input/files';
import type { ExportFormat } from './formats';
import type { Io } from './io';
import type { Job, JobResult } from './jobs/work';
import { defaultJobs, runJobs } from './jobs/workers';

export interface Plan {
  jobs: Job[];
  configs: Config[];
  /** Paths that cannot be used (missing, not regular files...): named after the run, exit 2. */
  problems: Problem[];
  /** --config could not be read: the letters are still checked, each with the configuration beside it, and the exit is 2. */
  configUnreadable: boolean;
}

/** Reads --config and finds the letters; warnings (and with --verbose, notes) go to stderr as they come. */
export function planRun(o: Options, io: Io): Plan {
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
  return { jobs, configs, problems: problems.map((p) => ({ file: p.file, message: p.message })), configUnreadable };
}

/** A letter's result: its findings (check) or its part of the export, rendered where it was analysed. */
export type Analysed = Extract<JobResult, { status: 'ok' | 'rendered' }>;

export interface LeftOut {
  /** Readable files that are not letters. */
  skipped: Problem[];
  /** The plan's problems, then the files that could not be read or analysed. */
  errors: Problem[];
}

/**
 * Runs the plan, handing each letter to `onLetter` in input order (its promise is waited for: the
 * output's backpressure). A skipped file given by name (or any, with --verbose) is named at once.
 */
export async function runPlan(plan: Plan, o: Options, exportFormat: ExportFormat | undefined, io: Io, onLetter: (r: Analysed) => Promise<void>): Promise<LeftOut> {
  const left: LeftOut = { skipped: [], errors: [...plan.problems] };
  const limits = { maxBytes: o.maxSizeMB * 1048576, maxPages: o.maxPages };
  const options = { configs: plan.configs, limits, exportFormat, threads: o.jobs ?? defaultJobs() };
  await runJobs(plan.jobs, options, async (r) => {
    if (r.status === 'error') left.errors.push({ file: r.display, message: r.reason });
    else if (r.status === 'skipped') {
      left.skipped.push({ file: r.display, message: r.reason });
      if (r.explicit || o.verbose) io.stderr(`${r.display}: skipped: ${r.reason}\n`);
    } else await onLetter(r);
  });
  return left;
}

/** One line per unreadable input, naming the file; never any of the letter's text. */
export function reportErrors(errors: readonly Problem[], io: Io): void {
  for (const e of errors) io.stderr(`${e.file}: ${e.message}\n`);
}
