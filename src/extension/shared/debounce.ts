// Per-key debouncing (edits, file events). No `vscode` here so
// the timing logic is unit-tested with a fake clock.

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs the last function scheduled for a key once the key has been quiet for `delayMs`. */
export class Debouncer {
  private readonly pending = new Map<string, unknown>();

  constructor(
    private readonly delayMs: number,
    private readonly clock: Clock = realClock,
  ) {}

  schedule(key: string, fn: () => void): void {
    this.cancel(key);
    const handle = this.clock.setTimeout(() => {
      this.pending.delete(key);
      fn();
    }, this.delayMs);
    this.pending.set(key, handle);
  }

  cancel(key: string): void {
    const handle = this.pending.get(key);
    if (handle !== undefined) {
      this.clock.clearTimeout(handle);
      this.pending.delete(key);
    }
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  dispose(): void {
    for (const handle of this.pending.values()) this.clock.clearTimeout(handle);
    this.pending.clear();
  }
}
