// A test's timeout must cover all of its waits: on a busy machine a slow step should fail with the
// wait's own description ("timed out after 120000 ms waiting for ..."), or pass, never be cut short
// by mocha's generic timeout. Each wait claims its time from the running test (or hook); once the
// claims exceed that runnable's timeout the wait throws at once, on any machine, naming the test.

interface Runnable {
  fullTitle(): string;
  timeout(): number;
}

interface Account {
  runnable: Runnable;
  claimedMs: number;
}

let current: Account | undefined;

/** Starts the account of a test or hook; call it from the runner's 'test' and 'hook' events. */
export function enter(runnable: Runnable): void {
  current = { runnable, claimedMs: 0 };
}

/** Listens on a mocha runner so that every test and hook gets its own account. */
export function track(runner: { on(event: 'test' | 'hook', listener: (r: Runnable) => void): unknown }): void {
  runner.on('hook', enter);
  runner.on('test', enter);
}

/**
 * Records a wait of `ms` for `what` against the running test. Throws when the test's waits together
 * may take longer than its timeout (a timeout of 0 means none, and covers anything).
 */
export function claim(ms: number, what: string | (() => string)): void {
  if (!current) return;
  current.claimedMs += ms;
  // Asked now, not on entry: a test may set its own timeout (this.timeout(...)) as it starts.
  const timeoutMs = current.runnable.timeout();
  if (timeoutMs > 0 && current.claimedMs > timeoutMs) {
    throw new Error(
      `"${current.runnable.fullTitle()}" may wait ${current.claimedMs} ms in all (this wait: ${ms} ms for ${typeof what === 'function' ? what() : what}) but its timeout is ${timeoutMs} ms: raise this.timeout() so that it covers its waits`,
    );
  }
}

/** The account of the running test, for the budget's own test. */
export function claimedMs(): number {
  return current?.claimedMs ?? 0;
}
