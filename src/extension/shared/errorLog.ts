// How the extension logs an error it caught, as the README promises ("no stack traces on standard
// error or in logs"): one line with the message at error level; the stack, for a bug report, only at
// debug level (Output › IMR Review shows it once the log level is Debug or Trace). No `vscode` here:
// any LogOutputChannel fits, and tests pass a recorder.

export interface ErrorLog {
  error(message: string): void;
  debug(message: string): void;
}

/** `context` says what failed ("Analysis failed"); neither it nor the error holds letter text. */
export function logError(log: ErrorLog, context: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  log.error(`${context}: ${message.replace(/\s*\n\s*/g, ' ')}`);
  if (err instanceof Error && err.stack) log.debug(`${context}: ${err.stack}`);
}
