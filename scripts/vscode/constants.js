// Where the real VS Code used by the integration tests, the UI scenario and the demo lives, and
// which one it is. One place, so the provisioner, the runners and the demo cannot disagree.
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

// code-server 4.100.3 ships VS Code 1.100.3 (the version @types/vscode and engines.vscode target)
// and is the last release that runs on Node 20.
const CODE_SERVER_VERSION = '4.100.3';
const VSCODE_VERSION = '1.100.3';

// code-server's install runs @vscode/ripgrep's postinstall, which would download rg from GitHub.
// It first looks for this tarball in its cache folder under TMPDIR, so we pack Debian's rg there.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

const CACHE_DIR = path.join(ROOT, '.vscode-test');
const INSTALL_DIR = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
const PACKAGE_DIR = path.join(INSTALL_DIR, 'node_modules', 'code-server');
const SERVER_MAIN = path.join(PACKAGE_DIR, 'lib', 'vscode', 'out', 'server-main.js');
/** Written last by the provisioner: an install without it is incomplete and is redone. */
const COMPLETE_MARKER = path.join(INSTALL_DIR, '.provisioned');

const CHROMIUM = process.env.IMR_CHROMIUM || '/usr/bin/chromium';

function tmpDir() {
  // os.tmpdir() honours TMPDIR; a fresh TMPDIR may not exist yet.
  return os.tmpdir();
}

module.exports = {
  ROOT,
  CODE_SERVER_VERSION,
  VSCODE_VERSION,
  RIPGREP_PACKAGE_VERSION,
  RIPGREP_RELEASE,
  CACHE_DIR,
  INSTALL_DIR,
  PACKAGE_DIR,
  SERVER_MAIN,
  COMPLETE_MARKER,
  CHROMIUM,
  tmpDir,
};
