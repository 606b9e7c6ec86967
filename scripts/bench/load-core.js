// Bundles the pure core (src/core/index.ts) with esbuild into a temporary CommonJS file, so the
// bench measures the same code the extension and the CLI ship, without depending on `tsc` output.
const esbuild = require('esbuild');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./corpus');

/** Builds the core bundle; returns its path. The caller removes the directory when done. */
function buildCore(dir) {
  const outfile = path.join(dir, 'core.js');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/core/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // jsonc-parser's UMD entry requires files by relative path at run time; its ESM entry bundles.
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  return outfile;
}

function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { buildCore, makeTempDir };
