// The order letters are listed and exported in: the CLI's (src/cli/files.ts walks each folder with
// its entries sorted by name, code-unit order), so the workspace export and `imr-review export`
// give rows in the same order. Comparing "/"-separated paths segment by segment is that order.
export function compareCliPaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}
