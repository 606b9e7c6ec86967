// Edit distance for spelling suggestions: optimal string alignment (Levenshtein plus adjacent
// transposition, so "Nuerontin" is one edit from "Neurontin"), with an early exit once the
// distance is known to exceed `max`. Called for every unknown heading word against its candidate
// words, so the rows are kept between calls instead of allocated per call.

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** The OSA distance between a and b, or max + 1 when it is larger than max. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return withinOne(a, b) ? (a === b ? 0 : 1) : 2;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = prev[j - 1] + (ai === bj ? 0 : 1);
      if (prev[j] + 1 < d) d = prev[j] + 1;
      if (cur[j - 1] + 1 < d) d = cur[j - 1] + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && prev2[j - 2] + 1 < d) d = prev2[j - 2] + 1;
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n], max + 1);
}

/** True when a and b are at most one OSA edit apart (one substitution, insertion, deletion or adjacent swap). */
function withinOne(a: string, b: string): boolean {
  if (a.length < b.length) [a, b] = [b, a];
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return a.length - b.length <= 1;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i); // one letter inserted at i
  if (a.slice(i + 1) === b.slice(i + 1)) return true; // substituted at i
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swapped at i, i + 1
}
