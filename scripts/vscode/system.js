// The Debian packages the real-VS-Code tests need, checked before provisioning: installed with
// apt-get when missing and we are root, otherwise a clear message naming what to install.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const { CHROMIUM } = require('./constants');

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function hasDebPackage(name) {
  if (!hasCommand('dpkg-query')) return false;
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Each requirement: what it is for, how to tell it is there, and the Debian package that brings it. */
const REQUIREMENTS = [
  { what: 'Chromium (drives VS Code in the browser)', apt: 'chromium', present: () => fs.existsSync(CHROMIUM) },
  { what: 'ripgrep (replaces the rg download of code-server\'s install)', apt: 'ripgrep', present: () => hasCommand('rg') },
  { what: 'Kerberos headers (code-server\'s native kerberos module)', apt: 'libkrb5-dev', present: () => hasDebPackage('libkrb5-dev') || fs.existsSync('/usr/include/krb5.h') },
  { what: 'a C++ toolchain (native modules are built by node-gyp)', apt: 'build-essential', present: () => hasCommand('g++') && hasCommand('make') },
  { what: 'Python 3 (node-gyp)', apt: 'python3', present: () => hasCommand('python3') },
];

function missingRequirements(filter = () => true) {
  return REQUIREMENTS.filter(filter).filter((r) => !r.present());
}

/**
 * Makes sure the system packages are there. Installs them with apt-get when root; throws with the
 * command to run otherwise.
 */
function ensureSystemPackages(log = console.log, filter) {
  const missing = missingRequirements(filter);
  if (missing.length === 0) return [];
  const packages = missing.map((r) => r.apt);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    const lines = missing.map((r) => `  - ${r.apt}: ${r.what}`).join('\n');
    throw new Error(`Missing system packages:\n${lines}\nInstall them, e.g.: sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`);
  }
  log(`apt-get install ${packages.join(' ')} (missing: ${missing.map((r) => r.what).join('; ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const still = missingRequirements(filter);
  if (still.length > 0) throw new Error(`apt-get did not provide: ${still.map((r) => r.apt).join(', ')}`);
  return packages;
}

module.exports = { ensureSystemPackages, missingRequirements, REQUIREMENTS };
