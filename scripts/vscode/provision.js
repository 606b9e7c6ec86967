#!/usr/bin/env node
// Installs the pinned real VS Code (code-server's VS Code server) into the git-ignored cache
// .vscode-test/, once. Idempotent and locked: a second run reuses the install, a concurrent one
// waits. Usage: node scripts/vscode/provision.js [--force]
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const C = require('./constants');
const { ensureSystemPackages } = require('./system');
const { acquireLock } = require('./lock');

function isProvisioned() {
  try {
    return fs.readFileSync(C.COMPLETE_MARKER, 'utf8').trim() === C.CODE_SERVER_VERSION && fs.existsSync(C.SERVER_MAIN);
  } catch {
    return false;
  }
}

function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

function ripgrepTarget() {
  // The names @vscode/ripgrep's postinstall asks for on Linux.
  switch (process.arch) {
    case 'x64': return 'x86_64-unknown-linux-musl';
    case 'arm64': return 'aarch64-unknown-linux-musl';
    default: throw new Error(`no ripgrep mapping for ${process.arch}`);
  }
}

/** Packs the system's rg where @vscode/ripgrep looks before downloading. */
function seedRipgrepCache(log) {
  const dir = path.join(C.tmpDir(), `vscode-ripgrep-cache-${C.RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(dir, `ripgrep-${C.RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return tarball;
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${tarball}.${process.pid}.tmp`;
  // -h stores the file rg points to when it is a symlink; the tarball must hold a plain `rg`.
  execFileSync('tar', ['-czhf', tmp, '-C', path.dirname(fs.realpathSync(rg)), path.basename(fs.realpathSync(rg)), '--transform', 's/.*/rg/']);
  fs.renameSync(tmp, tarball);
  log(`packed ${rg} into ${tarball}`);
  return tarball;
}

function runNpmInstall(logFile) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'w');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel=http'], {
      cwd: C.INSTALL_DIR,
      stdio: ['ignore', out, out],
      env: { ...process.env, npm_config_unsafe_perm: 'true', npm_config_yes: 'true', TMPDIR: C.tmpDir() },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) resolve();
      else reject(new Error(`npm install of code-server failed (${signal || `exit ${code}`}); see ${logFile}`));
    });
  });
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** code-server's install refuses any Node but 20 (its native modules are built for it). */
function checkNodeVersion() {
  const major = Number(process.versions.node.split('.')[0]);
  const wanted = Number(process.env.FORCE_NODE_VERSION || 20);
  if (major !== wanted) {
    throw new Error(`code-server ${C.CODE_SERVER_VERSION} (VS Code ${C.VSCODE_VERSION}) needs Node 20; this is Node ${process.versions.node}. Use Node 20, or set FORCE_NODE_VERSION=${major} to try anyway.`);
  }
}

/** Makes sure the VS Code server is installed; returns where and how long it took. */
async function provision({ log = (m) => console.log(`[provision] ${m}`), force = false } = {}) {
  const started = Date.now();
  ensureSystemPackages(log);
  if (!force && isProvisioned()) {
    return { serverMain: C.SERVER_MAIN, installed: false, ms: Date.now() - started };
  }
  const release = await acquireLock(path.join(C.CACHE_DIR, 'provision.lock'), {
    onWait: () => log('another run is provisioning; waiting for it'),
  });
  try {
    if (!force && isProvisioned()) {
      return { serverMain: C.SERVER_MAIN, installed: false, ms: Date.now() - started };
    }
    checkNodeVersion();
    fs.mkdirSync(C.tmpDir(), { recursive: true });
    seedRipgrepCache(log);
    fs.rmSync(C.INSTALL_DIR, { recursive: true, force: true });
    fs.mkdirSync(C.INSTALL_DIR, { recursive: true });
    // Its own package.json: code-server is a tool of the test runner, not a project dependency.
    writeAtomic(path.join(C.INSTALL_DIR, 'package.json'), `${JSON.stringify({
      name: 'imr-review-vscode-server',
      private: true,
      description: 'Cache of the real VS Code the imr-review tests run in (created by scripts/vscode/provision.js).',
      dependencies: { 'code-server': C.CODE_SERVER_VERSION },
    }, null, 2)}\n`);
    const logFile = path.join(C.CACHE_DIR, 'provision.log');
    log(`installing code-server ${C.CODE_SERVER_VERSION} (VS Code ${C.VSCODE_VERSION}) into ${path.relative(C.ROOT, C.INSTALL_DIR)}; log: ${path.relative(C.ROOT, logFile)}`);
    try {
      await runNpmInstall(logFile);
    } catch (e) {
      console.error(tail(logFile, 40));
      throw e;
    }
    if (!fs.existsSync(C.SERVER_MAIN)) throw new Error(`the install has no ${C.SERVER_MAIN}`);
    const vscodeVersion = JSON.parse(fs.readFileSync(path.join(C.PACKAGE_DIR, 'lib', 'vscode', 'package.json'), 'utf8')).version;
    if (vscodeVersion !== C.VSCODE_VERSION) throw new Error(`code-server ${C.CODE_SERVER_VERSION} holds VS Code ${vscodeVersion}, not ${C.VSCODE_VERSION}`);
    writeAtomic(C.COMPLETE_MARKER, `${C.CODE_SERVER_VERSION}\n`);
    return { serverMain: C.SERVER_MAIN, installed: true, ms: Date.now() - started };
  } finally {
    release();
  }
}

if (require.main === module) {
  provision({ force: process.argv.includes('--force') }).then(
    (r) => console.log(`[provision] VS Code server ${r.installed ? 'installed' : 'already provisioned'} in ${(r.ms / 1000).toFixed(1)} s: ${path.relative(C.ROOT, r.serverMain)}`),
    (e) => {
      console.error(`[provision] ${e.message}`);
      process.exit(1);
    },
  );
}

module.exports = { provision, isProvisioned };
