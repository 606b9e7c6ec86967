#!/usr/bin/env node
// `npm test`'s package stage: builds the .vsix exactly as `npm run package` does (production
// bundles through vscode:prepublish, vsce offline), into the git-ignored .vscode-test/, and
// prints its size. A packaging error (a missing file, a manifest vsce rejects) fails the stage,
// and so does a .vsix over VSIX_MAX_BYTES (then its largest entries are listed).
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
// 3 MB, counted in decimal bytes. It was 2 MB until PDF letters (issue 15): pdf.js is ~450 KB
// compressed and ships twice, as dist/pdf.js for the desktop's worker threads and inside the web
// bundle (a web extension is one file). The README's screenshots have their own budget,
// IMAGES_MAX_BYTES: `npm run test:ui` retakes them and scripts/optimise-images.js shrinks them.
const VSIX_MAX_BYTES = 3_000_000;
const IMAGES_MAX_BYTES = 1_400_000; // 13 screenshots (was 1.2 MB for 11, before issue 16)

/** The entries of a zip (the .vsix) from its central directory: name and stored (compressed) size. */
function zipEntries(zip) {
  const EOCD = 0x06054b50;
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--; // before a trailing comment, if any
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const stored = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, stored });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Why a .vsix of this size and these entries is too large, or undefined when it fits. */
function sizeProblem(bytes, entries) {
  if (bytes <= VSIX_MAX_BYTES) return undefined;
  const largest = [...entries].sort((a, b) => b.stored - a.stored).slice(0, 10);
  return [
    `package: the .vsix is ${bytes} bytes, over the limit of ${VSIX_MAX_BYTES} (3 MB). Largest entries (stored size):`,
    ...largest.map((e) => `  ${(e.stored / 1024).toFixed(1).padStart(8)} KB  ${e.name}`),
    'Screenshots in docs/images/ are optimised by `node scripts/optimise-images.js` (run by `npm run test:ui`; needs pngquant and oxipng or optipng).',
  ].join('\n');
}

function main() {
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
  const bytes = fs.statSync(out).size;
  console.log(`[package] ${path.relative(ROOT, out)}: ${(bytes / 1024).toFixed(1)} KB, ${bytes} bytes of at most ${VSIX_MAX_BYTES}${done ? ` (${done.replace(/.*\(/, '').replace(/\).*/, '')})` : ''}`);
  const problem = sizeProblem(bytes, zipEntries(fs.readFileSync(out)));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

module.exports = { VSIX_MAX_BYTES, IMAGES_MAX_BYTES, zipEntries, sizeProblem };
if (require.main === module) main();
