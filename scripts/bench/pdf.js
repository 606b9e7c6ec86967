#!/usr/bin/env node
// The PDF bench (issue 15): `imr-review check` over a folder of PDF letters, side by side in one run
// with Poppler's `pdftotext` on the same files, one process per file as scripts run it. Prints PDFs/s
// per core, the peak memory of the CLI with one and with two workers, and the share of the time
// spent extracting text (measured in-process on a sample: extraction against analysis).
//
// Run after `npm run compile && npm run build` (it reads out/test/pdf/render.js and dist/):
//   node scripts/bench/pdf.js [--count 1000] [--keep]
// pdftotext comes from Debian's poppler-utils (`apt-get install poppler-utils`); without it the
// pdftotext rows say so and the rest still runs.
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, benchLetters } = require('./corpus');
const { runMeasured } = require('./export-memory');

const CLI = path.join(ROOT, 'dist', 'cli.js');
const RENDER = path.join(ROOT, 'out', 'test', 'pdf', 'render.js');
const CORE = path.join(ROOT, 'out', 'src', 'core', 'index.js');
const READER = path.join(ROOT, 'dist', 'pdf.js');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const COUNT = option('--count', 1000);
const KEEP = process.argv.includes('--keep');
const CORES = os.availableParallelism ? os.availableParallelism() : os.cpus().length;

function need(file, how) {
  if (!fs.existsSync(file)) {
    console.error(`bench/pdf: ${path.relative(ROOT, file)} is missing: run ${how} first`);
    process.exit(2);
  }
}

/** Renders each distinct letter once per rendering, then writes COUNT files cycling through them. */
async function writePdfs(dir) {
  const { renderLetter } = require(RENDER);
  const { looksLikeLetter } = require(CORE);
  const letters = benchLetters(looksLikeLetter);
  const renderings = ['word-processor', 'report-writer'];
  const rendered = [];
  for (const [i, l] of letters.entries()) {
    const r = await renderLetter(l.text, { rendering: renderings[i % renderings.length], seed: i });
    rendered.push(r.bytes);
  }
  let bytes = 0;
  for (let i = 0; i < COUNT; i++) {
    const b = rendered[i % rendered.length];
    fs.writeFileSync(path.join(dir, `letter-${String(i).padStart(5, '0')}.pdf`), b);
    bytes += b.length;
  }
  return { distinct: rendered.length, bytes };
}

/** pdftotext on every file, one process per file, `parallel` at a time; resolves the wall time in ms. */
function runPdftotext(files, outDir, parallel) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let next = 0;
    let running = 0;
    let failed = 0;
    const start = () => {
      if (next >= files.length && running === 0) {
        resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, failed });
        return;
      }
      while (running < parallel && next < files.length) {
        const f = files[next++];
        running++;
        const child = spawn('pdftotext', [f, path.join(outDir, `${path.basename(f)}.txt`)], { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => {
          if (code !== 0) failed++;
          running--;
          start();
        });
      }
    };
    start();
  });
}

/** In-process, on a sample: CPU time extracting against CPU time analysing the extracted text. */
async function extractionShare(files) {
  const { extractPdfText } = require(READER);
  const { analyze } = require(CORE);
  let extractMs = 0;
  let analyzeMs = 0;
  for (const f of files) {
    const bytes = new Uint8Array(fs.readFileSync(f));
    let t = process.cpuUsage();
    const read = await extractPdfText(bytes, { maxPages: 200 });
    let d = process.cpuUsage(t);
    extractMs += (d.user + d.system) / 1000;
    if (!read.ok) throw new Error(`${path.basename(f)}: ${read.reason}`);
    t = process.cpuUsage();
    analyze(read.text, {});
    d = process.cpuUsage(t);
    analyzeMs += (d.user + d.system) / 1000;
  }
  return { extractMs, analyzeMs, n: files.length };
}

const rate = (n, ms) => (n / (ms / 1000)).toFixed(1);
const mbytes = (b) => (b === null ? 'n/a' : `${(b / 1e6).toFixed(0)} MB`);

async function main() {
  need(RENDER, '`npm run compile`');
  need(CORE, '`npm run compile`');
  need(CLI, '`npm run build`');
  need(READER, '`npm run build`');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-bench-pdf-'));
  const pdfDir = path.join(dir, 'pdfs');
  const txtDir = path.join(dir, 'txt');
  fs.mkdirSync(pdfDir);
  fs.mkdirSync(txtDir);
  try {
    process.stderr.write(`bench/pdf: rendering ${COUNT} PDF letters\n`);
    const { distinct, bytes } = await writePdfs(pdfDir);
    const files = fs.readdirSync(pdfDir).sort().map((f) => path.join(pdfDir, f));
    const rows = [];
    const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
    // Interleaved, so a busy machine slows both sides alike.
    for (const jobs of [1, 2]) {
      process.stderr.write(`bench/pdf: imr-review check --jobs ${jobs}\n`);
      const r = await runMeasured([CLI, 'check', '--format', 'json', '--jobs', String(jobs), pdfDir], dir);
      // Exit 0 (no findings) or 1 (findings) is a finished run; anything else is a failure.
      if (r.code !== 0 && r.code !== 1) throw new Error(`imr-review check failed (exit ${r.code}): ${r.stderr.split('\n')[0]}`);
      rows.push({ what: `imr-review check --jobs ${jobs}`, cores: jobs, ms: r.ms, peak: r.peakBytes });
      if (hasPdftotext) {
        process.stderr.write(`bench/pdf: pdftotext, ${jobs} process(es) at a time\n`);
        const p = await runPdftotext(files, txtDir, jobs);
        if (p.failed) throw new Error(`pdftotext failed on ${p.failed} files`);
        rows.push({ what: `pdftotext, one process per file, ${jobs} at a time`, cores: jobs, ms: p.ms, peak: null });
      }
    }
    process.stderr.write('bench/pdf: extraction share (in-process sample)\n');
    const share = await extractionShare(files.slice(0, Math.min(200, files.length)));

    console.log(`PDF bench: ${COUNT} PDF letters (${distinct} distinct, ${(bytes / 1e6).toFixed(1)} MB), ${CORES} cores, Node ${process.version}`);
    if (!hasPdftotext) console.log('pdftotext: not installed (apt-get install poppler-utils): no comparison rows');
    console.log('');
    console.log('| run | wall | PDFs/s | PDFs/s per core | peak memory |');
    console.log('|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.what} | ${(r.ms / 1000).toFixed(1)} s | ${rate(COUNT, r.ms)} | ${rate(COUNT / r.cores, r.ms)} | ${r.peak === null ? 'n/a' : mbytes(r.peak)} |`);
    const one = rows.find((r) => r.what === 'imr-review check --jobs 1');
    const two = rows.find((r) => r.what === 'imr-review check --jobs 2');
    if (one && two && one.peak && two.peak) console.log(`\nPeak memory per worker (the second worker's increment): ${mbytes(two.peak - one.peak)}`);
    const total = share.extractMs + share.analyzeMs;
    console.log(`Extraction share (CPU, ${share.n} PDFs in-process): ${((100 * share.extractMs) / total).toFixed(0)}% extracting (${(share.extractMs / share.n).toFixed(1)} ms a PDF), ${((100 * share.analyzeMs) / total).toFixed(0)}% analysing (${(share.analyzeMs / share.n).toFixed(1)} ms a letter)`);
  } finally {
    if (KEEP) console.error(`bench/pdf: files kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`bench/pdf: ${e.message}`);
  process.exit(1);
});
