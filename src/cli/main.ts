// imr-review: check letters, export decision summaries and show a PDF letter's text, on the same core as the editor. The
// command flow: parse the arguments, plan the run (configuration, letters), run the command; each
// format's rendering is in the table of formats.ts.
import { parse, USAGE } from './args';
import { runCheck } from './check';
import { runExport } from './export';
import type { Io } from './io';
import { oneLine } from './messages';
import { planRun } from './plan';
import { runText } from './text';
import { VERSION } from './version';

export type { Io };

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
  if (o.command === 'text') return runText(o, io);
  const plan = planRun(o, io);
  const code = o.command === 'export' ? await runExport(o, plan, io) : await runCheck(o, plan, io);
  return plan.configUnreadable ? 2 : code;
}
