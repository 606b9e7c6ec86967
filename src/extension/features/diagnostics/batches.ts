// The Problems of many letters are published in batches, one `DiagnosticCollection.set` call each.
// VS Code's extension host sends the window at most 1,100 diagnostics per call (ExtHostDiagnostics'
// total limit: the entries after it are silently left out of the Problems panel, though
// `getDiagnostics()` still lists them), so a batch holds at most MAX_PER_BATCH of them.
// No `vscode` here: unit-tested directly.

/** Below VS Code's 1,100 per call, which a single letter (capped at 1,000 by VS Code) never reaches alone. */
export const MAX_PER_BATCH = 1000;

/**
 * Splits `entries` in order into batches whose sizes add up to at most `max`; an entry larger than
 * `max` on its own is a batch of its own (VS Code caps it per file).
 */
export function batchesOf<T>(entries: readonly T[], size: (entry: T) => number, max = MAX_PER_BATCH): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const e of entries) {
    const n = size(e);
    if (current.length > 0 && total + n > max) {
      batches.push(current);
      current = [];
      total = 0;
    }
    current.push(e);
    total += n;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
