// `imr-review check`: each letter's findings through the format's renderer (formats.ts) as they
// come, its counts summed with the core's addCounts, and one summary line on stderr.
import { addCounts, leftOutText, plural, severityText, zeroCounts } from '../core';
import type { Options } from './args';
import { CHECK_FORMATS } from './formats';
import type { Io } from './io';
import { reportErrors, runPlan, type Analysed, type Plan } from './plan';

export async function runCheck(o: Extract<Options, { command: 'check' }>, plan: Plan, io: Io): Promise<number> {
  const out = CHECK_FORMATS[o.format]();
  let letters = 0;
  let total = zeroCounts();
  const add = async (r: Analysed) => {
    // Without an export format every letter comes back with its findings.
    if (r.status !== 'ok') throw new Error(`check: ${r.display} came back rendered for an export`);
    letters++;
    total = addCounts(total, r.counts);
    const text = out.add({ file: r.display, findings: r.findings });
    if (!text) return;
    io.stdout(text);
    await io.drain?.();
  };
  const { skipped, errors } = await runPlan(plan, o, undefined, io, add);
  reportErrors(errors, io);
  const end = out.end(skipped, errors);
  if (end) io.stdout(end);
  const extra = leftOutText(skipped.length, errors.length);
  io.stderr(`${plural(letters, 'letter')} checked: ${severityText(total)}${extra ? ` (${extra})` : ''}\n`);
  if (errors.length) return 2;
  return total.errors > 0 ? 1 : 0;
}
