// Batch: the built CLI (dist/cli.js) checking and exporting 10,000 letters written to a temp dir,
// with one and with two worker jobs.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker } = require('worker_threads');
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

/** Lists the .txt files under root, sorted. */
function listLetters(root) {
  return fs
    .readdirSync(root, { recursive: true })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(root, f));
}

/** Reads and analyses every file in `workers` worker threads (the files split evenly); ms of wall time. */
async function coreBatch(corePath, files, workers) {
  const t0 = now();
  const parts = Array.from({ length: workers }, (_, k) => files.filter((_, i) => i % workers === k));
  await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const w = new Worker(path.join(__dirname, 'batch-worker.js'), { workerData: { corePath, files: part } });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  return now() - t0;
}

/**
 * Writes `count` letters to a temp dir and times the core over them in 1 and 2 worker threads, then
 * the CLI. Returns { letters, bytes, core: [{workers, ms}], and either missing (no dist/cli.js) or
 * jobsSupported and runs: [{command, jobs, ms, ok, error}] }.
 */
async function measureBatch(dir, letters, corePath, count = 10000) {
  const { root, bytes } = writeLetters(dir, letters, count);
  // The core alone in 1 and 2 worker threads: what a CLI with --jobs can reach on this machine.
  const files = listLetters(root);
  const core = [];
  for (const workers of [1, 2]) core.push({ workers, ms: await coreBatch(corePath, files, workers) });
  if (!fs.existsSync(CLI)) {
    fs.rmSync(root, { recursive: true, force: true });
    return { missing: 'dist/cli.js not built', letters: count, bytes, core };
  }
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
  return { letters: count, bytes, jobsSupported, runs, core };
}

module.exports = { measureBatch, CLI };
