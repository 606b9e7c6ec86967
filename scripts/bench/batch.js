// Batch: the built CLI (dist/cli.js) checking and exporting 10,000 letters written to a temp dir,
// with one and with two worker jobs.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT } = require('./corpus');
const { now } = require('./timing');

const CLI = path.join(ROOT, 'dist/cli.js');

/** Writes `count` letters (cycling through `letters`) into dir/batch, 1,000 per folder. */
function writeLetters(dir, letters, count) {
  const root = path.join(dir, 'batch');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `part-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    const text = letters[i % letters.length].text;
    fs.writeFileSync(path.join(folder, `letter-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text, 'utf8');
  }
  return { root, bytes };
}

function cliHelp() {
  const r = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

/** Runs the CLI with output to a null device; exit 0 (clean) and 1 (errors found) both count as success. */
function runCli(args) {
  const out = fs.openSync(os.devNull, 'w');
  try {
    const t0 = now();
    const r = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = now() - t0;
    const ok = r.status === 0 || r.status === 1;
    return { ms, ok, status: r.status, error: ok ? '' : (r.stderr || String(r.error ?? '')).split('\n')[0] };
  } finally {
    fs.closeSync(out);
  }
}

/**
 * Returns { missing } when dist/cli.js is absent, else { letters, bytes, jobsSupported, runs: [{command, jobs, ms, ok, error}] }.
 */
function measureBatch(dir, letters, count = 10000) {
  if (!fs.existsSync(CLI)) return { missing: 'dist/cli.js not built' };
  const { root, bytes } = writeLetters(dir, letters, count);
  const jobsSupported = /--jobs\b/.test(cliHelp());
  const runs = [];
  const csv = path.join(dir, 'summary.csv');
  for (const jobs of jobsSupported ? [1, 2] : [null]) {
    const jobArgs = jobs === null ? [] : ['--jobs', String(jobs)];
    runs.push({ command: 'check', jobs, ...runCli(['check', ...jobArgs, root]) });
    runs.push({ command: 'export --format csv', jobs, ...runCli(['export', '--format', 'csv', '-o', csv, ...jobArgs, root]) });
    fs.rmSync(csv, { force: true });
  }
  fs.rmSync(root, { recursive: true, force: true });
  return { letters: count, bytes, jobsSupported, runs };
}

module.exports = { measureBatch, CLI };
