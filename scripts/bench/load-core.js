// Bundles the pure core (src/core/index.ts) with esbuild into a temporary CommonJS file, so the
// bench measures the same code the extension and the CLI ship, without depending on `tsc` output.
const esbuild = require('esbuild');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./corpus');

/** Bundles a TypeScript entry of the repository into one CommonJS file for Node; returns `outfile`. */
function bundleForNode(entry, outfile) {
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, entry)],
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

/** Builds the core bundle; returns its path. The caller removes the directory when done. */
function buildCore(dir) {
  return bundleForNode('src/core/index.ts', path.join(dir, 'core.js'));
}

function makeTempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = { buildCore, bundleForNode, makeTempDir };
