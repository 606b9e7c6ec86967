// The unit of work, the same in-process and in a worker thread: read one file (a PDF's text is
// extracted here, so workers extract in parallel), check it.
import { analyze, countReport, renderLetter, type Config, type Counts, type ExportFormat, type Finding, type RenderedLetter } from '../../core';
import { readLetter, type ReadLimits } from '../input/read';

export interface Job {
  abs: string;
  display: string;
  explicit: boolean;
  /** Path relative to the config's folder, for suppressions. */
  relative: string;
  configIndex: number;
}

export type JobResult =
  /** For a check: the findings, and the letter's countReport (counted where the model is). */
  | { display: string; status: 'ok'; findings: Finding[]; counts: Counts }
  /** For an export: the letter's part of it, rendered where it was analysed; the model goes no further. */
  | { display: string; status: 'rendered'; rendered: RenderedLetter }
  | { display: string; status: 'skipped'; explicit: boolean; reason: string }
  | { display: string; status: 'error'; reason: string };

export async function runJob(job: Job, configs: readonly Config[], limits: ReadLimits, exportFormat?: ExportFormat): Promise<JobResult> {
  let read;
  try {
    read = await readLetter(job.abs, limits);
  } catch (e) {
    // The readers turn every problem of a file into a reason; should one still throw, report the file and carry on.
    return { display: job.display, status: 'error', reason: `internal error while reading: ${(e as Error).message}` };
  }
  if (!read.ok) {
    return read.skip ? { display: job.display, status: 'skipped', explicit: job.explicit, reason: read.reason } : { display: job.display, status: 'error', reason: read.reason };
  }
  try {
    const { letter, findings } = analyze(read.text, { config: configs[job.configIndex], file: job.relative });
    const report = { file: job.display, letter, findings };
    if (!exportFormat) return { display: job.display, status: 'ok', findings, counts: countReport(report) };
    return { display: job.display, status: 'rendered', rendered: renderLetter(exportFormat, report) };
  } catch (e) {
    // The core is total by design; should it ever throw, report the file and carry on.
    return { display: job.display, status: 'error', reason: `internal error while analysing: ${(e as Error).message}` };
  }
}
