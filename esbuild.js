// Builds three bundles from one core: the desktop extension (Node), the web extension (worker)
// and the CLI. `--production` minifies; `--watch` rebuilds on change.
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
};

const targets = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], define: { 'process.env.IMR_WEB': '"1"' } },
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
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
