// `imr-review export`: the format's stream (formats.ts) framing each letter as it comes (rendered
// where it was analysed), written to standard output or, with -o, safely to a file.
import * as path from 'path';
import { plural } from '../core';
import type { Options } from './args';
import { EXPORT_FORMATS } from './formats';
import type { Io } from './io';
import { fileSink, stdoutSink, writeWhole } from './output';
import { reportErrors, runPlan, type Analysed, type Plan } from './plan';

export async function runExport(o: Extract<Options, { command: 'export' }>, plan: Plan, io: Io): Promise<number> {
  // The destination is opened before any letter is read: a refused -o costs no analysis.
  const opened = o.output ? await fileSink(path.resolve(io.cwd, o.output), o.force) : { ok: true as const, sink: stdoutSink(io.stdout, io.drain) };
  if (!opened.ok) {
    io.stderr(`imr-review: ${opened.message}\n`);
    return 2;
  }
  const { sink } = opened;
  const stream = EXPORT_FORMATS[o.format]();
  let letters = 0;
  const add = (r: Analysed) => {
    // With an export format every letter comes back rendered.
    if (r.status !== 'rendered') throw new Error(`export: ${r.display} came back unrendered`);
    letters++;
    return sink.write(stream.addRendered(r.rendered.text, r.rendered.counts));
  };
  const written = await writeWhole(sink, async () => {
    await sink.write(stream.begin());
    const left = await runPlan(plan, o, o.format, io, add);
    await sink.write(stream.end());
    return left;
  }, io.stderr);
  if (!written.ok) return 2;
  const left = written.value;
  reportErrors(left.errors, io);
  if (o.output) io.stderr(`${plural(letters, 'letter')} exported to ${o.output}\n`);
  return left.errors.length ? 2 : 0;
}
