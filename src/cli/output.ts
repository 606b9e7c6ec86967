// Where an export goes, a chunk at a time: standard output (waiting for it to drain, so a slow
// reader holds back the work instead of filling memory), or -o FILE through the safe writer (a
// temporary file beside it renamed into place; symlinks followed, permissions kept, a FIFO or
// device written directly; see src/node/safeWrite.ts).
import { constants } from 'os';
import { discardTemporaryFilesSync, openSafeOutput, SafeWriteError, type SafeOutput } from '../node/safeWrite';

export interface Sink {
  write(text: string): Promise<void>;
  /** Puts the output in place; throws a SafeWriteError naming the file when that fails. */
  close(): Promise<void>;
  /** After a failure: the temporary file is removed, an existing file left untouched. */
  abort(): Promise<void>;
}

export { SafeWriteError };

export type OpenSink = { ok: true; sink: Sink } | { ok: false; message: string };

/**
 * Runs `write` into the sink and puts the output in place: `{ ok: true, value }` with what `write`
 * returned. On a write error (a SafeWriteError) the sink is aborted, so an existing file stays as
 * it was, and the error is reported: `{ ok: false }`. Any other error aborts the sink and propagates.
 */
export async function writeWhole<T>(sink: Sink, write: () => Promise<T>, stderr: (s: string) => void): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    const value = await write();
    await sink.close();
    return { ok: true, value };
  } catch (e) {
    // The temporary file goes, an existing file stays as it was.
    await sink.abort();
    if (!(e instanceof SafeWriteError)) throw e;
    stderr(`imr-review: ${e.message}\n`);
    return { ok: false };
  }
}

/** Standard output: each chunk as it comes; `drain` (when given) resolves once it can take more. */
export function stdoutSink(write: (s: string) => void, drain?: () => Promise<void>): Sink {
  return {
    write: async (text) => {
      if (!text) return;
      write(text);
      await drain?.();
    },
    close: async () => undefined,
    abort: async () => undefined,
  };
}

/** -o FILE: refused when the file exists and `force` is not given (a FIFO or a device excepted). */
export async function fileSink(file: string, force: boolean): Promise<OpenSink> {
  // Ctrl+C (or a kill) during a long export: the temporary file goes, the old file stays. Set
  // before the temporary file is made, so no moment is left uncovered.
  const onSignal = (signal: NodeJS.Signals) => {
    discardTemporaryFilesSync();
    process.exit(128 + constants.signals[signal]);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.once(s, onSignal);
  const done = () => {
    for (const s of signals) process.off(s, onSignal);
  };
  const opened = await openSafeOutput(file, { replace: force });
  if (!opened.ok) {
    done();
    return { ok: false, message: opened.exists ? `${opened.error.message}; use --force to replace it` : opened.error.message };
  }
  const out: SafeOutput = opened.output;
  return {
    ok: true,
    sink: {
      write: (text) => out.write(text),
      close: () => out.commit().finally(done),
      abort: () => out.abort().finally(done),
    },
  };
}
