// Glob matching for the workspace discovery, in VS Code's glob syntax (`**`, `*`, `?`, `{a,b}`,
// `[a-z]`, `[!a]`), for what findFiles cannot answer: whether a file a watcher reported, or an
// open letter, is one the discovery would find. No `vscode` here: unit-tested directly.
import { SKIPPED_FOLDERS } from '../../../core/index';

function escapeChar(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** The regular expression source of `glob[i..]` up to `stop` (a "," or "}" closing a brace group). */
function convert(glob: string, start: number, inBraces: boolean): { source: string; end: number } {
  let out = '';
  let i = start;
  while (i < glob.length) {
    const c = glob[i];
    if (inBraces && (c === ',' || c === '}')) break;
    if (c === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/' || (inBraces && (glob[i - 1] === '{' || glob[i - 1] === ','));
      let j = i + 2;
      while (glob[j] === '*') j++;
      const atEnd = j === glob.length || glob[j] === '/' || (inBraces && (glob[j] === ',' || glob[j] === '}'));
      if (atStart && atEnd) {
        if (glob[j] === '/') {
          out += '(?:[^/]*/)*'; // "**/": any number of whole folders, none included
          i = j + 1;
        } else {
          out += '.*'; // a trailing "**": anything below
          i = j;
        }
        continue;
      }
      out += '[^/]*'; // "**" inside a segment acts as "*"
      i = j;
      continue;
    }
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const alternatives: string[] = [];
      let j = i + 1;
      for (;;) {
        const part = convert(glob, j, true);
        alternatives.push(part.source);
        j = part.end;
        if (glob[j] === ',') j++;
        else break;
      }
      if (glob[j] !== '}') {
        out += '\\{'; // unclosed: a literal brace
        i++;
        continue;
      }
      out += `(?:${alternatives.join('|')})`;
      i = j + 1;
      continue;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) out += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        const negated = body.startsWith('!') || body.startsWith('^');
        if (negated) body = body.slice(1);
        out += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
        i = close + 1;
        continue;
      }
    } else out += escapeChar(c);
    i++;
  }
  return { source: out, end: i };
}

const compiled = new Map<string, RegExp>();

/** The glob as an anchored regular expression over "/"-separated relative paths. */
function globToRegExp(glob: string): RegExp {
  let re = compiled.get(glob);
  if (!re) {
    re = new RegExp(`^${convert(glob.replace(/\\/g, '/').replace(/^\.\//, ''), 0, false).source}$`);
    compiled.set(glob, re);
  }
  return re;
}

export function matchesGlob(glob: string, relativePath: string): boolean {
  return globToRegExp(glob).test(relativePath);
}

/** Excludes apply to folders too: a path is excluded when it or one of its folders matches. */
export function isExcludedPath(relativePath: string, excludes: readonly string[]): boolean {
  const parts = relativePath.split('/');
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join('/');
    if (excludes.some((g) => matchesGlob(g, prefix))) return true;
  }
  return false;
}

/** The CLI's skipped folders as globs: they are never letters' folders. */
const SKIPPED_FOLDER_GLOBS: readonly string[] = SKIPPED_FOLDERS.map((f) => `**/${f}`);

/**
 * Every exclude of a folder: the CLI's skipped folders, `files.exclude` (entries set to true; the
 * conditional `{ when }` form depends on sibling files and is not applied) and the user's
 * `imrReview.workspace.exclude`.
 */
export function excludeGlobs(filesExclude: Record<string, unknown> | undefined, userExclude: string | undefined): string[] {
  const fromFiles = Object.entries(filesExclude ?? {}).filter(([, on]) => on === true).map(([g]) => g);
  const user = userExclude?.trim();
  return [...SKIPPED_FOLDER_GLOBS, ...fromFiles, ...(user ? [user] : [])];
}

/**
 * One exclude glob for findFiles (it takes a single pattern). Patterns holding braces cannot be
 * nested in a group, so they are left out here and applied afterwards with isExcludedPath.
 */
export function findFilesExclude(excludes: readonly string[]): string | null {
  const simple = excludes.filter((g) => !/[{}]/.test(g));
  if (simple.length === 0) return null;
  return simple.length === 1 ? simple[0] : `{${simple.join(',')}}`;
}

/** Whether discovery with this include and these excludes takes a file (a "/"-separated path relative to its folder). */
export function isDiscoveredPath(relativePath: string, include: string, excludes: readonly string[]): boolean {
  return matchesGlob(include, relativePath) && !isExcludedPath(relativePath, excludes);
}
