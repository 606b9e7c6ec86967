// Respecting the user's own language choice. When the user turns an `imr` document back into plain
// text, VS Code closes and reopens it as plaintext within the same call; auto-detection must not
// switch it straight back. A real close and a later reopen arrive separately and are detected again.

export class LanguageChoices {
  private readonly justClosed = new Set<string>();
  private readonly keptPlain = new Set<string>();

  /** An `imr` document closed; `defer` runs its callback after the current call (a microtask). */
  closed(key: string, defer: (fn: () => void) => void): void {
    this.justClosed.add(key);
    defer(() => this.justClosed.delete(key));
  }

  /** A plaintext document opened: may it be switched to `imr`? */
  mayDetect(key: string): boolean {
    if (this.justClosed.has(key)) this.keptPlain.add(key);
    return !this.keptPlain.has(key);
  }
}

export const microtask = (fn: () => void) => void Promise.resolve().then(fn);
