// The house rules of src, checked on the sources themselves: small folders and files, a pure core,
// rules that read the model and not the parser, and extension folders without import cycles. The
// import scanner is a regular expression over import/export/require specifiers: enough for this
// code base, which writes every import on those forms (a dynamic import of a computed name would
// escape it).
import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const SRC = path.join(REPO, 'src');
const MAX_FILES_PER_FOLDER = 12;
// One file per rule, named by its ID (IMR001-...), in one flat folder: a rule is found by its ID,
// and the rule list (rules/index.ts) is the folder read top to bottom. Only rule files may grow it.
const RULE_FOLDERS = new Set(['src/core/rules']);
const MAX_LINES = 320;

/** Repository-relative, "/"-separated: what the messages name. */
const rel = (file: string) => path.relative(REPO, file).split(path.sep).join('/');

function walk(dir: string, out: { dirs: string[]; files: string[] } = { dirs: [], files: [] }) {
  out.dirs.push(dir);
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.files.push(p);
  }
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The module specifiers a source file imports or re-exports (comments are blanked first: those that open a line, and "// " after a space). */
export function importsOf(text: string): string[] {
  const code = text.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/(^|\s)\/\/(\s.*)?$/gm, '');
  return [...code.matchAll(IMPORT)].map((m) => m[1]);
}

/** The source file a relative specifier names, or undefined for a package. */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const c of [`${base}.ts`, path.join(base, 'index.ts'), base]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return undefined;
}

const tree = walk(SRC);
const sources = tree.files.filter((f) => f.endsWith('.ts'));
const importsByFile = new Map(sources.map((f) => [f, importsOf(fs.readFileSync(f, 'utf8'))]));

/** Strongly connected components of a graph with more than one node: the cycles. */
function cycles(edges: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

function folderCycles(root: string, skipRoot: boolean): string[] {
  const edges = new Map<string, Set<string>>();
  const why = new Map<string, string[]>();
  for (const [file, specs] of importsByFile) {
    if (!file.startsWith(root + path.sep)) continue;
    const from = rel(path.dirname(file));
    for (const s of specs) {
      const target = resolveImport(file, s);
      if (!target?.startsWith(root + path.sep)) continue;
      const to = rel(path.dirname(target));
      if (to === from || (skipRoot && (to === rel(root) || from === rel(root)))) continue;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
      const key = `${from} -> ${to}`;
      why.set(key, [...(why.get(key) ?? []), `${rel(file)} imports ${rel(target)}`]);
    }
  }
  return cycles(edges).map((folders) => {
    const inside = new Set(folders);
    const links = [...why].filter(([k]) => inside.has(k.split(' -> ')[0]) && inside.has(k.split(' -> ')[1]));
    return `${folders.join(', ')}: ${links.map(([k, files]) => `${k} (${files.join('; ')})`).join('; ')}`;
  });
}

describe('architecture: the house rules of src', () => {
  it('reads imports, re-exports and requires, not comments', () => {
    const text = [
      "import * as vscode from 'vscode';",
      "import type { A } from '../a';",
      "export { b } from './b';",
      "const c = require('./c');",
      "import './d';",
      "// import { e } from './e';",
      "/* from './f' */",
      "const glob = '**/*.txt'; // from './g'",
      "import { h } from './h'; /* a comment */",
    ].join('\n');
    assert.deepStrictEqual(importsOf(text), ['vscode', '../a', './b', './c', './d', './h']);
  });

  it(`has at most ${MAX_FILES_PER_FOLDER} files directly in any folder of src (the rule list excepted)`, () => {
    const crowded = tree.dirs
      .filter((d) => !RULE_FOLDERS.has(rel(d)))
      .map((d) => ({ dir: d, files: fs.readdirSync(d, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) }))
      .filter((d) => d.files.length > MAX_FILES_PER_FOLDER);
    assert.deepStrictEqual(
      crowded.map((d) => `${rel(d.dir)}: ${d.files.length} files (${d.files.join(', ')})`),
      [],
      'folders over the limit',
    );
  });

  it('keeps the rule folder to rule files: imrNNN-name.ts, plus index.ts and rule.ts', () => {
    const others = fs.readdirSync(path.join(SRC, 'core', 'rules')).filter((n) => !/^imr\d{3}-[a-z0-9-]+\.ts$/.test(n) && n !== 'index.ts' && n !== 'rule.ts');
    assert.deepStrictEqual(others, [], 'files in src/core/rules that are not rules');
  });

  it(`has no src file longer than ${MAX_LINES} lines`, () => {
    const long = tree.files
      .map((f) => ({ file: rel(f), lines: fs.readFileSync(f, 'utf8').split('\n').length - (fs.readFileSync(f, 'utf8').endsWith('\n') ? 1 : 0) }))
      .filter((f) => f.lines > MAX_LINES);
    assert.deepStrictEqual(long.map((f) => `${f.file}: ${f.lines} lines`), [], 'files over the limit');
  });

  it('keeps src/core pure: no vscode, no Node built-ins', () => {
    const builtins = new Set(builtinModules);
    const impure: string[] = [];
    for (const [file, specs] of importsByFile) {
      if (!rel(file).startsWith('src/core/')) continue;
      for (const s of specs) if (s === 'vscode' || s.startsWith('node:') || builtins.has(s.split('/')[0])) impure.push(`${rel(file)} imports '${s}'`);
    }
    assert.deepStrictEqual(impure, []);
  });

  it('lets rules (src/core/rules) read the model, never the parser (src/core/parse)', () => {
    const parse = path.join(SRC, 'core', 'parse') + path.sep;
    const reaching: string[] = [];
    for (const [file, specs] of importsByFile) {
      if (!rel(file).startsWith('src/core/rules/')) continue;
      for (const s of specs) {
        const target = resolveImport(file, s);
        if (target?.startsWith(parse)) reaching.push(`${rel(file)} imports ${rel(target)}`);
      }
    }
    assert.deepStrictEqual(reaching, []);
  });

  // The core's own root is left out: it holds both the model and vocabulary every room reads and
  // the facade (index.ts, analyze.ts) that reads every room.
  for (const [room, skipRoot] of [['extension', false], ['cli', false], ['core', true]] as const) {
    it(`has no import cycle between the folders of src/${room} (a subfolder counts as a folder${skipRoot ? '; the root left out' : ''})`, () => {
      assert.deepStrictEqual(folderCycles(path.join(SRC, room), skipRoot), [], 'folders that import each other (each set strongly connected), with the imports between them');
    });
  }
});
