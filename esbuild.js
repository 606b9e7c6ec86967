// Builds the bundles from one core: the desktop extension (Node) and its analysis worker, the web
// extension (worker) and the CLI with its worker. `--production` minifies; `--watch` rebuilds on change.
// `bundleTargets()` is also what the benchmark builds, so the sizes it reports are the shipped ones.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

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
  const node = { platform: 'node', format: 'cjs', target: 'node20', charset: 'utf8' };
  return [
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('extension.js'), ...node, external: ['vscode'] },
    { ...common, entryPoints: ['src/extension/extension.ts'], outfile: out('web/extension.js'), platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], define: { 'process.env.IMR_WEB': '"1"' } },
    // Analyses large documents off the desktop extension host's main thread (src/extension/analysis/workerPool.ts).
    { ...common, entryPoints: ['src/extension/analysis/worker.ts'], outfile: out('analysis-worker.js'), ...node },
    { ...common, entryPoints: ['src/cli/bin.ts'], outfile: out('cli.js'), ...node, banner: { js: '#!/usr/bin/env node' }, define: { IMR_VERSION: JSON.stringify(require(path.join(root, 'package.json')).version) } },
    { ...common, entryPoints: ['src/cli/jobs/worker.ts'], outfile: out('cli-worker.js'), ...node },
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
