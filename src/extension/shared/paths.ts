// Small helpers on URI paths (always forward slashes). No Node `path`: this also runs in the
// web extension.

export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export function dirname(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : trimmed.slice(0, i);
}

/** The name without its last extension: "a/letter.txt" -> "letter"; ".hidden" stays ".hidden". */
export function stem(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * `child` relative to `folder` with forward slashes, or undefined when `child` is not inside it.
 * Both are URI paths (already "/"-separated); the comparison is exact (case-sensitive).
 */
export function relativePath(folder: string, child: string): string | undefined {
  const base = folder.endsWith('/') ? folder : folder + '/';
  if (!child.startsWith(base)) return undefined;
  const rest = child.slice(base.length);
  return rest.length > 0 ? rest : undefined;
}

/** Whether `key` (a URI or path string) is `under` itself or inside it. */
export function isAtOrUnder(key: string, under: string): boolean {
  return key === under || key.startsWith(under.endsWith('/') ? under : `${under}/`);
}
