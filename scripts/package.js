#!/usr/bin/env node
// `npm test`'s package stage: builds the .vsix exactly as `npm run package` does (production
// bundles through vscode:prepublish, vsce offline), into the git-ignored .vscode-test/, and
// prints its size. A packaging error (a missing file, a manifest vsce rejects) fails the stage.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const out = path.join(ROOT, '.vscode-test', `${pkg.name}-${pkg.version}.vsix`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.rmSync(out, { force: true }); // our own build output, remade on every run

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const log = execFileSync(npm, ['run', '--silent', 'package', '--', '--out', out], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const done = log.split('\n').find((l) => /Packaged:/.test(l));
if (!fs.existsSync(out)) {
  console.error(log);
  console.error(`package: vsce reported success but ${out} is missing`);
  process.exit(1);
}
const kb = fs.statSync(out).size / 1024;
console.log(`[package] ${path.relative(ROOT, out)}: ${kb.toFixed(1)} KB${done ? ` (${done.replace(/.*\(/, '').replace(/\).*/, '')})` : ''}`);
