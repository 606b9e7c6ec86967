// Installs the built extension into a VS Code extensions folder the way a .vsix would: the files
// `vsce ls` packages (so .vscodeignore is honoured and a file missing from the package shows up
// here too), in a folder named <publisher>.<name>-<version>, picked up when the server starts.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const C = require('./constants');

function packagedFiles() {
  const vsce = path.join(C.ROOT, 'node_modules', '.bin', 'vsce');
  const out = execFileSync(vsce, ['ls', '--no-dependencies'], { cwd: C.ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.split('\n').map((l) => l.trim()).filter((l) => l && fs.existsSync(path.join(C.ROOT, l)));
}

/**
 * Copies the packaged files into `extensionsDir`; returns the extension's folder. `withoutMain`
 * drops package.json's `main` from the copy, so that only the browser bundle can run it (the web
 * suite: VS Code then runs it in the web worker extension host).
 */
function installExtension(extensionsDir, { withoutMain = false } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(C.ROOT, 'package.json'), 'utf8'));
  const dest = path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  fs.rmSync(dest, { recursive: true, force: true });
  const files = packagedFiles();
  if (!files.includes('package.json') || !files.some((f) => f.startsWith('dist/'))) {
    throw new Error(`vsce would package no bundle (files: ${files.join(', ')}); run npm run build`);
  }
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dest, f)), { recursive: true });
    fs.copyFileSync(path.join(C.ROOT, f), path.join(dest, f));
  }
  if (withoutMain) {
    delete pkg.main;
    fs.writeFileSync(path.join(dest, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  }
  return { dir: dest, id: `${pkg.publisher}.${pkg.name}`, files: files.length };
}

module.exports = { installExtension };
