// Export memory: the built CLI (dist/cli.js) exporting N synthetic small letters, written to a temp
// folder, with `export --format json` and `--format jsonl` into a temp file; prints the peak
// resident memory (all threads) of each run. The export streams, so the peak should not grow with N.
//
//   node scripts/bench/export-memory.js [N ...] [--cli PATH] [--jobs N]
//     N       letter counts (default 1000 100000)
//     --cli   another build to measure (e.g. an older dist/cli.js), for comparison
//
// Peak RSS comes from /usr/bin/time -v ("Maximum resident set size") when present, else from
// polling /proc/PID/status (VmHWM, the kernel's own high-water mark, read until the process ends).
// Also used by scripts/bench.js (measureExportMemory).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { setInterval, clearInterval } = require('timers');
const { makeLetter, ROOT } = require('./corpus');
const { MB } = require('./timing');

const CLI = path.join(ROOT, 'dist', 'cli.js');
const TIME = '/usr/bin/time';
/** Distinct letters cycled through (generating 100,000 different ones would only slow the setup). */
const TEMPLATES = 200;

/** Writes `count` small letters (1-5 items, ~2-5 KB) into dir/letters, 1,000 per folder. */
function writeLetters(dir, count) {
  const templates = Array.from({ length: Math.min(count, TEMPLATES) }, (_, i) => makeLetter({ seed: 7000 + i, items: 1 + (i % 5), header: true }));
  const root = path.join(dir, 'letters');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    const text = templates[i % templates.length];
    fs.writeFileSync(path.join(folder, `letter-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { root, bytes };
}

function hasTimeV() {
  if (process.platform !== 'linux' || !fs.existsSync(TIME)) return false;
  return spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' }).status === 0;
}

/** Runs `node args...` and resolves { code, ms, peakBytes, stderr }. */
function runMeasured(args, cwd) {
  const useTime = hasTimeV();
  const t0 = process.hrtime.bigint();
  const child = useTime ? spawn(TIME, ['-v', process.execPath, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] }) : spawn(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  let polled = 0;
  let timer;
  if (!useTime) {
    // VmHWM is the process's peak so far: the last read before it ends is its peak.
    const statusFile = `/proc/${child.pid}/status`;
    timer = setInterval(() => {
      try {
        const m = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(statusFile, 'utf8'));
        if (m) polled = Math.max(polled, Number(m[1]) * 1024);
      } catch {
        // Gone: the exit handler below has the figure.
      }
    }, 20);
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      let peakBytes = polled || null;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        peakBytes = m ? Number(m[1]) * 1024 : null;
        stderr = stderr.split(/\n\s*Command being timed:/)[0];
      }
      resolve({ code, ms, peakBytes, stderr: stderr.trim(), method: useTime ? '/usr/bin/time -v' : '/proc VmHWM polling' });
    });
  });
}

/** Exports `count` letters in json and jsonl; returns one row per format. */
async function measureExportMemory(count, { cli = CLI, jobs, formats = ['json', 'jsonl'] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-export-mem-'));
  try {
    const { root, bytes } = writeLetters(dir, count);
    const rows = [];
    for (const format of formats) {
      const out = path.join(dir, `out.${format}`);
      const args = [cli, 'export', '--format', format, '-o', out, ...(jobs ? ['--jobs', String(jobs)] : []), root];
      const r = await runMeasured(args, dir);
      const outBytes = fs.existsSync(out) ? fs.statSync(out).size : 0;
      fs.rmSync(out, { force: true });
      rows.push({ letters: count, inputBytes: bytes, format, ...r, outBytes });
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(name);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v;
  };
  const cli = path.resolve(opt('--cli') ?? CLI);
  const jobs = opt('--jobs');
  const counts = argv.length ? argv.map(Number) : [1000, 100000];
  if (!fs.existsSync(cli)) throw new Error(`${cli} is not built: run \`node esbuild.js\` first`);
  const mb = (b) => (b === null ? 'n/a' : `${(b / MB).toFixed(1)} MB`);
  console.log(`CLI: ${path.relative(process.cwd(), cli) || cli}${jobs ? `, --jobs ${jobs}` : ''}; Node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores`);
  for (const n of counts) {
    for (const r of await measureExportMemory(n, { cli, jobs })) {
      const status = r.code === 0 ? '' : `  exit ${r.code}: ${r.stderr.split('\n').slice(-1)[0]}`;
      console.log(
        `${String(r.letters).padStart(7)} letters (${mb(r.inputBytes)})  --format ${r.format.padEnd(5)}  peak RSS ${mb(r.peakBytes).padStart(9)}  ` +
          `${(r.ms / 1000).toFixed(1).padStart(6)} s  output ${mb(r.outBytes)}  [${r.method}]${status}`,
      );
    }
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
}

module.exports = { measureExportMemory, runMeasured };
