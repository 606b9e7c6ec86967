// One notification per action: a progress notification, then the result in its place. VS Code
// keeps a progress notification up for at least 800 ms however quickly its task ends
// (progressService.ts, "show the notification for at least 800ms"), so a quick check's result
// appeared under a stale "1 of 8 files". The task is held open until that time has passed, so the
// progress notification closes the moment the task ends, before the result is shown.
import * as vscode from 'vscode';

/** VS Code's minimum display time of a progress notification. */
export const PROGRESS_MIN_VISIBLE_MS = 800;
/** The notification's clock starts when the window hears of it, a little after the task starts. */
const CLOCK_MARGIN_MS = 150;

export interface ProgressRun<R> {
  value: R;
  /** How long the progress notification's task ran, in ms (what the window's minimum is checked against). */
  progressMs: number;
}

/**
 * `withProgress` in a notification whose task ends only once VS Code may close it at once.
 * `answeredAtOnce`: a result that needs no wait (a cancelled run: its Cancel button already closed
 * the notification, and a caller's cancellation wants the answer now).
 */
export async function withClosingProgress<R>(
  options: Omit<vscode.ProgressOptions, 'location'>,
  task: (progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) => Promise<R>,
  answeredAtOnce: (value: R) => boolean = () => false,
): Promise<ProgressRun<R>> {
  let progressMs = 0;
  const value = await vscode.window.withProgress({ ...options, location: vscode.ProgressLocation.Notification }, async (progress, token) => {
    const started = Date.now();
    const value = await task(progress, token);
    const rest = PROGRESS_MIN_VISIBLE_MS + CLOCK_MARGIN_MS - (Date.now() - started);
    if (rest > 0 && !token.isCancellationRequested && !answeredAtOnce(value)) await new Promise((resolve) => setTimeout(resolve, rest));
    progressMs = Date.now() - started;
    return value;
  });
  return { value, progressMs };
}
