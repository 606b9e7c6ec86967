// The model is kept for every open letter and, in a folder review, for thousands at once: these
// keep what it holds to what it needs (issue 6: model memory under 5x the text).

/**
 * `a` with no spare capacity. An array grown by push keeps room for more (17 slots after the first
 * push), and a model holds some fifty small arrays per letter.
 */
export function exact<T>(a: T[]): T[] {
  return a.length === 0 ? [] : a.slice();
}

/**
 * A copy of `s` that does not keep alive the larger string it was cut from. A substring in V8 may
 * be a view into its parent (a joined section body the model does not otherwise keep); slicing a
 * fresh concatenation copies the characters instead.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}
