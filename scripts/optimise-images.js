#!/usr/bin/env node
// Shrinks the README's screenshots after `npm run test:ui` retakes them into docs/images/, so the
// .vsix (which ships them for the Marketplace page) stays under the limit scripts/package.js
// enforces. Playwright writes 24-bit PNGs of about 250 KB each; palette quantisation (pngquant,
// quality floor 85, i.e. text stays crisp) roughly halves them, then a lossless pass (oxipng, or
// optipng) recompresses. Each tool is used when installed and named when missing; without pngquant
// the lossless pass alone leaves the .vsix only a few percent under the limit.
//
// Images already in palette form (colour type 3) were optimised by an earlier run and are left
// alone, so running this twice never quantises an image twice.
//
// Usage: node scripts/optimise-images.js [DIR]   (default docs/images)
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PALETTE = 3;

/** The PNG's IHDR colour type (3 = palette), or undefined when the file is not a PNG. */
function pngColourType(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(26);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n < head.length || !head.subarray(0, 8).equals(PNG_SIGNATURE) || head.toString('latin1', 12, 16) !== 'IHDR') return undefined;
    return head[25];
  } finally {
    fs.closeSync(fd);
  }
}

function installed(tool) {
  const r = spawnSync(tool, ['--version'], { stdio: 'ignore' });
  return !r.error;
}

/** Runs a tool; returns its exit code (the caller decides which codes mean "kept as it was"). */
function run(tool, args) {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, stderr: r.stderr.trim() };
}

// pngquant exits 98 when the result would be larger and 99 when the quality floor cannot be met:
// in both cases the file is left as it was (lossless only), which is what we want.
const PNGQUANT_KEPT = new Set([98, 99]);

function quantise(file) {
  const r = run('pngquant', ['--quality=85-100', '--speed', '1', '--strip', '--skip-if-larger', '--force', '--output', file, file]);
  if (r.code === 0) return true;
  if (PNGQUANT_KEPT.has(r.code)) return false;
  throw new Error(`pngquant failed on ${file} (exit ${r.code}): ${r.stderr}`);
}

function losslessArgs(tool, file) {
  return tool === 'oxipng' ? ['-o', '2', '--strip', 'safe', '-q', file] : ['-quiet', '-o2', '-strip', 'all', file];
}

/** DIR as the user would type it: relative to the project when inside it. */
function shown(dir) {
  const rel = path.relative(ROOT, dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function optimiseImages(dir, log = console.log) {
  const files = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.png')).sort();
  const hasPngquant = installed('pngquant');
  const lossless = ['oxipng', 'optipng'].find(installed);
  const missing = [];
  if (!hasPngquant) missing.push('pngquant (palette quantisation, the big saving)');
  if (!lossless) missing.push('oxipng or optipng (lossless recompression)');
  if (missing.length > 0) {
    log(`[optimise-images] not installed: ${missing.join('; ')}. Install them (Debian: apt-get install pngquant optipng) and rerun: node scripts/optimise-images.js ${shown(dir)}`);
  }
  let before = 0;
  let after = 0;
  for (const f of files) {
    const file = path.join(dir, f);
    const size = fs.statSync(file).size;
    before += size;
    const type = pngColourType(file);
    if (type === undefined || type === PALETTE) {
      after += size;
      log(`[optimise-images] ${f}: ${kb(size)} (${type === undefined ? 'not a PNG, left alone' : 'already optimised'})`);
      continue;
    }
    const steps = [];
    if (hasPngquant && quantise(file)) steps.push('pngquant');
    if (lossless) {
      const r = run(lossless, losslessArgs(lossless, file));
      if (r.code !== 0) throw new Error(`${lossless} failed on ${file} (exit ${r.code}): ${r.stderr}`);
      steps.push(lossless);
    }
    const now = fs.statSync(file).size;
    after += now;
    log(`[optimise-images] ${f}: ${kb(size)} -> ${kb(now)}${steps.length > 0 ? ` (${steps.join(', ')})` : ' (no tool)'}`);
  }
  log(`[optimise-images] ${files.length} images: ${kb(before)} -> ${kb(after)}`);
  return { before, after, missing };
}

module.exports = { optimiseImages, pngColourType, PALETTE };

if (require.main === module) {
  const dir = path.resolve(ROOT, process.argv[2] || path.join('docs', 'images'));
  try {
    optimiseImages(dir);
  } catch (e) {
    console.error(`[optimise-images] ${e.message}`);
    process.exit(1);
  }
}
