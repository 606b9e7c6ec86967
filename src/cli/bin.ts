// The `imr-review` executable: everything happens in main(), which tests also call in-process.
import { once } from 'events';
import { main } from './main';
import { oneLine } from './messages';

/** Set to print the stack of an internal error (for a bug report); otherwise one line, as the README promises. */
const DEBUG = !!process.env.IMR_REVIEW_DEBUG;

// A reader that stops early (`imr-review check big/ | head`) closes the pipe: that is not an
// error of ours, so stop quietly instead of dying on an unhandled EPIPE with a stack trace. Any
// other write error (a full disk: `> /dev/full` gives ENOSPC) is one line and exit 2, never a stack.
for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // Standard error itself failing has nowhere to say so.
    if (stream !== process.stderr) process.stderr.write(`imr-review: cannot write to ${name}: ${err.code ?? err.message}\n`);
    process.exit(2);
  });
}

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  // A streamed export waits for a slow reader (a pipe) instead of queueing all of it in memory.
  drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
  stderr: (s) => process.stderr.write(s),
  stdoutIsTTY: process.stdout.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // An error's message may quote a file name: one line, like every other message.
    oneLine((t) => process.stderr.write(t))(`imr-review: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
