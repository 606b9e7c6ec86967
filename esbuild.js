// Builds the bundles from one core: the desktop extension (Node) and its analysis worker, the web
// extension (worker) and the CLI with its worker. `--production` minifies; `--watch` rebuilds on change.
// `bundleTargets()` is also what the benchmark builds, so the sizes it reports are the shipped ones.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

// The PDF reader (src/pdf/extract.ts with pdf.js, ~1.5 MB) is one bundle of its own, dist/pdf.js,
// shared by the Node bundles: their lazy require or import() of src/pdf/extract (src/node/pdfReader.ts)
// becomes one of ./pdf.js beside them. The web bundle keeps its own copy inline.
const PDF_EXTRACT = path.join('src', 'pdf', 'extract');
const pdfReaderExternal = {
  name: 'pdf-reader-external',
  setup(build) {
    build.onResolve({ filter: /[\\/]pdf[\\/]extract(\.js)?$/ }, (args) => {
      const target = path.relative(build.initialOptions.absWorkingDir, path.resolve(args.resolveDir, args.path)).replace(/\.js$/, '');
      const lazy = args.kind === 'dynamic-import' || args.kind === 'require-call';
      return lazy && target === PDF_EXTRACT ? { path: './pdf.js', external: true } : undefined;
    });
  },
};
// pdf.js in Node requires the native @napi-rs/canvas (an optional dependency) as it loads, for
// rendering only, and warns on the console when it is missing: the text reader needs neither.
const pdfjsWithoutCanvas = {
  name: 'pdfjs-without-canvas',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const parts = source.split('require("@napi-rs/canvas")');
      if (parts.length !== 3) throw new Error(`pdfjs-without-canvas: expected 2 requires of @napi-rs/canvas in ${args.path}, found ${parts.length - 1}`);
      return { contents: parts.join('{}'), loader: 'js' };
    });
  },
};
const pdfBundle = {
  // pdf.js is ES modules using import.meta.url (to find its optional files): give it this file's URL.
  define: { 'import.meta.url': '__pdf_import_meta_url' },
  banner: { js: 'var __pdf_import_meta_url = require("url").pathToFileURL(__filename).href;' },
  plugins: [pdfjsWithoutCanvas],
};

// The analysis engine (src/core/engineApi.ts: parser, rules, lexicon; most of the core's weight) is
// one bundle of its own, dist/engine.js, loaded by the desktop extension on its first analysis and
// shared with its analysis worker: their lazy require of it (src/extension/analysis/engine.ts)
// becomes one of ./engine.js beside them. The web bundle keeps it inline.
const ENGINE_API = path.join('src', 'core', 'engineApi');
const engineExternal = {
  name: 'engine-external',
  setup(build) {
    build.onResolve({ filter: /[\\/]core[\\/]engineApi(\.js)?$/ }, (args) => {
      const target = path.relative(build.initialOptions.absWorkingDir, path.resolve(args.resolveDir, args.path)).replace(/\.js$/, '');
      return args.kind === 'require-call' && target === ENGINE_API ? { path: './engine.js', external: true } : undefined;
    });
  },
};

/** The esbuild options of every bundle; `outDir` replaces dist/ (the benchmark builds elsewhere). */
function bundleTargets({ production = false, root = __dirname, outDir = path.join(root, 'dist') } = {}) {
  const common = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
    // jsonc-parser's "main" is a UMD build with dynamic requires esbuild cannot follow: take its ES module build.
    mainFields: ['module', 'main'],
    absWorkingDir: root,
  };
  const out = (f) => path.join(outDir, f);
  // VS Code ^1.100 (engines.vscode) runs extensions on Node 20 (Electron 34), the CLI's engines.node
  // is >=20; Node reads modules as UTF-8, so non-ASCII characters need no \u escapes.
  const node = { platform: 'node', format: 'cjs', target: 'node20', charset: 'utf8', plugins: [pdfReaderExternal, engineExternal] };
  return [
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('extension.js'), ...node, external: ['vscode'] },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('web/extension.js'), platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], define: { 'process.env.IMR_WEB': '"1"' } },
    // Analyses large documents off the desktop extension host's main thread (src/extension/analysis/workerPool.ts).
    { ...common, entryPoints: ['src/extension/analysis/worker.ts'], outfile: out('analysis-worker.js'), ...node },
    { ...common, entryPoints: ['src/core/engineApi.ts'], outfile: out('engine.js'), ...node },
    // Extracts PDF text off the desktop extension host's main thread (src/extension/pdf/extractor.ts), with dist/pdf.js.
    { ...common, entryPoints: ['src/extension/pdf/pdfWorker.ts'], outfile: out('pdf-worker.js'), ...node },
    { ...common, entryPoints: ['src/cli/bin.ts'], outfile: out('cli.js'), ...node, banner: { js: '#!/usr/bin/env node' }, define: { IMR_VERSION: JSON.stringify(require(path.join(root, 'package.json')).version) } },
    { ...common, entryPoints: ['src/cli/jobs/worker.ts'], outfile: out('cli-worker.js'), ...node },
    { ...common, entryPoints: ['src/pdf/extract.ts'], outfile: out('pdf.js'), ...node, ...pdfBundle },
  ].filter((t) => fs.existsSync(path.join(root, t.entryPoints[0])));
}

async function main() {
  const production = process.argv.includes('--production');
  const watch = process.argv.includes('--watch');
  const targets = bundleTargets({ production });
  if (watch) {
    for (const t of targets) await (await esbuild.context(t)).watch();
    console.log('esbuild: watching');
    return;
  }
  await Promise.all(targets.map((t) => esbuild.build(t)));
  for (const t of targets) {
    const size = fs.statSync(t.outfile).size;
    console.log(`${path.relative(process.cwd(), t.outfile).padEnd(24)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  }
  if (fs.existsSync('dist/cli.js')) fs.chmodSync('dist/cli.js', 0o755);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
}

module.exports = { bundleTargets };
