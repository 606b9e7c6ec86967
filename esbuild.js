// Builds the bundles from one core: the desktop extension (Node) and its analysis worker, the web
// extension (worker) and the CLI with its worker. `--production` minifies; `--watch` rebuilds on change.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build with dynamic requires esbuild cannot follow: take its ES module build.
  mainFields: ['module', 'main'],
};

const targets = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], define: { 'process.env.IMR_WEB': '"1"' },
    // csv-stringify's default build calls Buffer at load time; its browser build brings its own.
    alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  // Analyses large documents off the desktop extension host's main thread (analysisWorkerPool.ts).
  { ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysis-worker.js', platform: 'node', format: 'cjs', target: 'node18' },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' }, define: { IMR_VERSION: JSON.stringify(require('./package.json').version) } },
  { ...common, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli-worker.js', platform: 'node', format: 'cjs', target: 'node20' },
].filter((t) => fs.existsSync(t.entryPoints[0]));

async function main() {
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

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
