// Builds the bundles from one core: the desktop extension (Node) and its analysis worker, the web
// extension (worker) and the CLI with its worker. `--production` minifies; `--watch` rebuilds on change.
// `bundleTargets()` is also what the benchmark builds, so the sizes it reports are the shipped ones.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

/**
 * A plugin for a bundle of its own: the lazy require (or import()) of `source` from a Node bundle
 * becomes one of `./<outFile>` beside it, so one file serves every bundle that loads it on demand.
 * Static imports stay inline, and the web bundle (no plugin) keeps its own copy, evaluated lazily.
 */
function lazyBundle(name, source, outFile) {
  const filter = new RegExp(`[\\\\/]${path.basename(source)}(\\.js)?$`);
  return {
    name,
    setup(build) {
      build.onResolve({ filter }, (args) => {
        const target = path.relative(build.initialOptions.absWorkingDir, path.resolve(args.resolveDir, args.path)).replace(/\.js$/, '');
        const lazy = args.kind === 'dynamic-import' || args.kind === 'require-call';
        return lazy && target === source ? { path: `./${outFile}`, external: true } : undefined;
      });
    },
  };
}

// The PDF reader (src/pdf/extract.ts with pdf.js, ~1.5 MB) is dist/pdf.js, shared by the Node
// bundles through src/node/pdfReader.ts.
const pdfReaderExternal = lazyBundle('pdf-reader-external', path.join('src', 'pdf', 'extract'), 'pdf.js');

// Two changes to pdf.js, wherever it is bundled (dist/pdf.js, the web extension):
// - in Node it requires the native @napi-rs/canvas (an optional dependency) as it loads, for
//   rendering only, and warns on the console when it is missing: the text reader needs neither;
// - it inflates a stream whole into memory, and deflate inflates ~1000 times: a 1 MB file could
//   hold a GB. A stream inflating past PDF_STREAM_LIMIT stops with an error instead (the limit is
//   far above any letter's page content or font; images, the largest streams, are never decoded
//   for text). Without these, the unpatched pdf.js under tsc's out/ still works, unbounded.
const PDF_STREAM_LIMIT = 32 * 1048576;
// pdf.js ignores most errors inside a page's content (and keeps the text before them), so each stop
// is also counted where src/pdf/extract.ts looks (PDF_STREAM_OVERFLOWS there): the page is refused.
const PDF_STREAM_ERROR = '__imrStreamTooLarge()';
const PDF_STREAM_HELPER = `function __imrStreamTooLarge() {
  const key = Symbol.for("imr-review.pdf-stream-overflows");
  globalThis[key] = (globalThis[key] || 0) + 1;
  return new Error("a stream inflates past ${PDF_STREAM_LIMIT / 1048576} MB");
}
`;
const PDFJS_PATCHES = {
  'pdf.mjs': [['require("@napi-rs/canvas")', '{}', 2]],
  'pdf.worker.mjs': [
    // DecodeStream's buffer, which every decoded stream grows as it is read.
    ['  ensureBuffer(requested) {\n    const buffer = this.buffer;\n', `  ensureBuffer(requested) {\n    if (requested > ${PDF_STREAM_LIMIT}) throw ${PDF_STREAM_ERROR};\n    const buffer = this.buffer;\n`, 1],
    // FlateStream's DecompressionStream path; a returned rejection escapes its catch (which would retry synchronously).
    ['        totalLength += chunk.byteLength;\n', `        totalLength += chunk.byteLength;\n        if (totalLength > ${PDF_STREAM_LIMIT}) return Promise.reject(${PDF_STREAM_ERROR});\n`, 1],
  ],
};
const pdfjsPatches = {
  name: 'pdfjs-patches',
  setup(build) {
    build.onLoad({ filter: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/ }, async (args) => {
      let source = await fs.promises.readFile(args.path, 'utf8');
      for (const [from, to, count] of PDFJS_PATCHES[path.basename(args.path)]) {
        const parts = source.split(from);
        // A pdfjs-dist update that moves the code fails the build rather than shipping it unpatched.
        if (parts.length !== count + 1) throw new Error(`pdfjs-patches: expected ${count} of ${JSON.stringify(from)} in ${args.path}, found ${parts.length - 1}`);
        source = parts.join(to);
      }
      return { contents: args.path.endsWith('worker.mjs') ? PDF_STREAM_HELPER + source : source, loader: 'js' };
    });
  },
};
const pdfBundle = {
  // pdf.js is ES modules using import.meta.url (to find its optional files): give it this file's URL.
  define: { 'import.meta.url': '__pdf_import_meta_url' },
  banner: { js: 'var __pdf_import_meta_url = require("url").pathToFileURL(__filename).href;' },
};

// The analysis engine (src/core/engineApi.ts: parser, rules, lexicon; most of the core's weight) is
// one bundle of its own, dist/engine.js, loaded by the desktop extension on its first analysis and
// shared with its analysis worker: their lazy require of it (src/extension/analysis/engine.ts)
// becomes one of ./engine.js beside them. The web bundle keeps it inline.
const engineExternal = lazyBundle('engine-external', path.join('src', 'core', 'engineApi'), 'engine.js');

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
    plugins: [pdfjsPatches],
    absWorkingDir: root,
  };
  const out = (f) => path.join(outDir, f);
  // VS Code ^1.100 (engines.vscode) runs extensions on Node 20 (Electron 34), the CLI's engines.node
  // is >=20; Node reads modules as UTF-8, so non-ASCII characters need no \u escapes.
  const node = { platform: 'node', format: 'cjs', target: 'node20', charset: 'utf8', plugins: [pdfjsPatches, pdfReaderExternal, engineExternal] };
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

// mocha's browser build is a UMD file in a package of "type": "module", so esbuild inlines it as
// an ES module, where its `module.exports = factory()` would replace the web suite bundle's own
// exports (its run()) with mocha. Hidden from `module`, `exports` and `define`, it takes its
// browser path: the globals `mocha` and `Mocha`.
const mochaBrowserBuild = {
  name: 'mocha-browser-build',
  setup(build) {
    build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, async (args) => ({
      contents: `(function (module, exports, define) {\n${await fs.promises.readFile(args.path, 'utf8')}\n})();\n`,
      loader: 'js',
    }));
  },
};

/**
 * The web suite (test/web) as ONE CommonJS file for VS Code's web worker extension host, which
 * loads it with fetch and eval and lets it require only `vscode`: mocha's browser build and pdf-lib
 * inline, Node's `assert` replaced by test/web/assert.ts. scripts/vscode/run-suite.js --web builds it
 * into the copy of the extension under test (VS Code runs tests in the host of the extension whose
 * folder holds them); `grep` is the run's --grep.
 */
function webSuiteTarget({ outfile, grep = '', root = __dirname }) {
  return {
    entryPoints: ['test/web/index.ts'],
    outfile,
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    alias: { assert: './test/web/assert.ts' },
    define: { IMR_WEB_SUITE_GREP: JSON.stringify(grep) },
    plugins: [mochaBrowserBuild],
    logLevel: 'warning',
  };
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

module.exports = { bundleTargets, webSuiteTarget };
