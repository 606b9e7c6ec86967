// Runs tasks one after another per key (a config file's URI): five quick "Ignore IMRxxx" actions
// each read, modify and write .imr-review.json, and run side by side the last write would keep
// one suppression and lose four. No `vscode` here: unit-tested directly.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` once every task queued before it for `key` has settled (whether it failed or not). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // The map keeps only keys with work queued.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with a task queued or running (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
