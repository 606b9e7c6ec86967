// `npm run bench`: how fast and lean imr-review is, side by side with markdownlint, VS Code's
// Markdown grammar and a bare regex scan, on the same bytes in one run. Prints a table;
// `--write` also refreshes docs/benchmarks.md. `--no-build` skips `node esbuild.js`;
// `--quick` runs smaller corpora (a smoke test of the bench itself, not for the docs).
const { spawnSync } = require('child_process');
const esbuild = require('esbuild');
const { performance } = require('perf_hooks');
const fs = require('fs');
const path = require('path');
const { ROOT, benchLetters, repeatTo, seedLetters } = require('./bench/corpus');
const { buildCore, makeTempDir } = require('./bench/load-core');
const { measureThroughput, measureSplit, measureRegexBaseline, measureDocumentGrowth, measureEdit } = require('./bench/core');
const { measureMarkdownlint } = require('./bench/markdownlint');
const { measureGrammars, measureAdversarialLines } = require('./bench/grammar');
const { measureBatch } = require('./bench/batch');
const { measureExportMemory } = require('./bench/export-memory');
const { machine, textTable, writeDoc } = require('./bench/report');
const { MB } = require('./bench/timing');
const { LARGE_FORMS } = require('./bench/memory');

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

const mb = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
const fixed = (x, d = 1) => x.toFixed(d);

function step(name) {
  process.stderr.write(`bench: ${name}\n`);
}

function build() {
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return `\`node esbuild.js\` failed (${(r.stderr || r.stdout).trim().split('\n')[0]}); using dist/ as it was`;
  return null;
}

/** Runs memory.js in a child with --expose-gc; returns its JSON or { error }. */
function child(...childArgs) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', path.join(__dirname, 'bench/memory.js'), ...childArgs], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) return { error: (r.stderr || String(r.error)).trim().split('\n').slice(-1)[0] };
  return JSON.parse(r.stdout);
}

/** Sizes of the built bundles, and of the production build (esbuild.js's own targets, minified: what `npm run package` ships). */
function bundleSizes(dir) {
  const { bundleTargets } = require(path.join(ROOT, 'esbuild.js'));
  const shipped = new Map(bundleTargets({ production: true, root: ROOT, outDir: path.join(dir, 'dist') }).map((t) => [path.relative(path.join(dir), t.outfile), t]));
  const rows = [];
  for (const out of ['dist/extension.js', 'dist/web/extension.js', 'dist/analysis-worker.js', 'dist/cli.js']) {
    const built = path.join(ROOT, out);
    const builtKB = fs.existsSync(built) ? fs.statSync(built).size / 1024 : null;
    let minKB = null;
    const target = shipped.get(out);
    if (target) {
      try {
        esbuild.buildSync({ ...target, logLevel: 'silent' });
        minKB = fs.statSync(target.outfile).size / 1024;
      } catch {
        minKB = null;
      }
    }
    rows.push({ out, builtKB, minKB });
  }
  return rows;
}

/** Activation time written by the real-VS-Code suite, if it has run. */
function activationResult() {
  const dir = path.join(ROOT, '.vscode-test/results');
  if (!fs.existsSync(dir)) return null;
  for (const f of fs.readdirSync(dir).filter((f) => /activat/i.test(f) && f.endsWith('.json'))) {
    try {
      const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const ms = typeof data === 'number' ? data : Object.entries(data).find(([k, v]) => typeof v === 'number' && /ms|activat/i.test(k))?.[1];
      if (typeof ms === 'number') return { ms, file: path.relative(ROOT, path.join(dir, f)) };
    } catch {
      // A file being written by a running suite: fall through to "see npm test output".
    }
  }
  return null;
}

async function main() {
  const rows = [];
  const notes = [];
  const add = (area, measure, value, target = '', met = null) => rows.push({ area, measure, value, target, met });
  const temp = makeTempDir('imr-bench-');
  try {
    if (!args.has('--no-build')) {
      step('building (node esbuild.js)');
      const failed = build();
      if (failed) notes.push(failed);
    }
    const core = require(buildCore(temp));
    const letters = benchLetters(core.looksLikeLetter);
    // What opening the first letter costs: nothing compiled yet by the JIT.
    const first = letters[0].text;
    const t0 = performance.now();
    core.analyze(first);
    const coldMs = performance.now() - t0;
    const corpus = repeatTo(letters, (quick ? 1 : 10) * MB);
    const describe = `${mb(corpus.bytes)}: ${corpus.texts.length} letters, repeating ${letters.length} synthetic ones`;

    step('core throughput');
    const tp = measureThroughput(core, corpus, quick ? 3 : 5);
    add('core', `analyze (parse + all ${core.rules.length} rules), ${describe}`, `${fixed(tp.mbps)} MB/s, ${fixed(tp.usPerLetter)} µs/letter`, '>= 50 MB/s', tp.mbps >= 50);
    add('core', `first analysis in a fresh process (cold JIT), one ${(Buffer.byteLength(first) / 1000).toFixed(1)} KB letter`, `${fixed(coldMs)} ms`);
    add('core', '1x vs 10x the corpus', `${fixed(tp.oneXms, 0)} ms vs ${fixed(tp.tenXms, 0)} ms (ratio ${fixed(tp.ratio, 2)})`, 'linear (ratio ~10)', tp.ratio <= 12);
    const split = measureSplit(core, corpus);
    const top = split.perRule.slice(0, 4).map((r) => `${r.id} ${fixed(r.ms, 0)} ms`).join(', ');
    add('core', 'of which: parse alone / all rules alone (on parsed letters)', `${fixed(split.parseMbps)} MB/s / ${fixed(split.rulesMbps)} MB/s (${fixed(split.parseMs, 0)} ms / ${fixed(split.rulesMs, 0)} ms)`);
    add('core', 'slowest rules, each alone over the corpus', top);
    const growth = measureDocumentGrowth(core, quick ? 3 : 5);
    add('core', `one letter ${mb(growth.smallBytes)} vs ${mb(growth.largeBytes)}`, `${fixed(growth.smallMs)} ms vs ${fixed(growth.largeMs)} ms (ratio ${fixed(growth.ratio, 2)})`, 'ratio <= 15', growth.ratio <= 15);
    const seeds = seedLetters();
    if (seeds.length > 0) {
      const seedCorpus = repeatTo(seeds, MB);
      const s = measureThroughput(core, seedCorpus, 3);
      add('core', `analyze the ${seeds.length} real seed letters (read at run time from ../shared/seeds), repeated to ${mb(seedCorpus.bytes)}`, `${fixed(s.mbps)} MB/s, ${fixed(s.usPerLetter)} µs/letter`);
    }

    step('regex baseline');
    const re = measureRegexBaseline(corpus);
    add('baseline', 'one regex pass /Upheld|Overturned/g over the same texts', `${fixed(re.mbps)} MB/s (core is ${fixed(re.mbps / tp.mbps)}x slower)`);

    step('markdownlint');
    const ml = await measureMarkdownlint(corpus, quick ? 2e5 : MB);
    if (ml) {
      add('markdownlint', `markdownlint 0.40 lint, ${ml.letters} letters (${mb(ml.sampleBytes)} sample of the corpus)`, `${fixed(ml.mbps, 2)} MB/s`);
      add('core vs markdownlint', 'throughput ratio', `${fixed(tp.mbps / ml.mbps, 0)}x`, '>= 60x', tp.mbps / ml.mbps >= 60);
    } else add('markdownlint', 'lint the same letters', 'markdownlint not installed');

    step('TextMate grammars');
    const grammarSample = repeatTo(letters, quick ? 2e5 : MB).texts;
    const g = await measureGrammars(grammarSample, quick ? 1 : 3);
    const gv = (r) => (r.missing ? `not measured: ${r.missing}` : `${fixed(r.mbps, 2)} MB/s`);
    add('grammar', `text.imr (syntaxes/imr.tmLanguage.json), tokenizeLine2 over ${mb(repeatTo(letters, quick ? 2e5 : MB).bytes)}`, gv(g.imr));
    add('grammar', "VS Code's Markdown grammar (code-server 4.100.3 markdown-basics), same text", gv(g.markdown));
    if (!g.imr.missing && !g.markdown.missing) {
      const ratio = g.imr.mbps / g.markdown.mbps;
      add('grammar', 'text.imr vs Markdown, per MB', `${fixed(ratio, 2)}x`, '>= 1x', ratio >= 1);
    }
    const adversarial = await measureAdversarialLines();
    if (adversarial) {
      const worst = adversarial.reduce((a, b) => (b.ms > a.ms ? b : a));
      add('grammar', 'slowest adversarial 100,000-char line (#, :, digits, Upheld repeated)', `${fixed(worst.ms)} ms (${worst.name})`, '< 50 ms', worst.ms < 50);
    }

    step('editing');
    const edit = measureEdit(core, quick ? 7 : 21);
    add('editing', `re-analysis after a one-character edit, ${mb(edit.bytes)} letter with ${edit.items} items (the document's LetterAnalyzer, as in the editor), median of ${edit.runs}`, `${fixed(edit.medianMs)} ms (max ${fixed(edit.maxMs)} ms)`, '< 30 ms', edit.medianMs < 30);
    add('editing', 'the same edited texts, each analysed from scratch (analyze)', `${fixed(edit.fullMs)} ms`, '', null);

    step('memory (child process with --expose-gc)');
    const mem = child('corpus', path.join(temp, 'core.js'));
    if (mem.error) add('memory', 'models of the 10 MB corpus', `failed: ${mem.error}`);
    else add('memory', `heap held by the models of ${mb(mem.textBytes)} of letters (${mem.letters} letters, ${mem.items} items)`, `${mb(mem.heapBytes)} (${fixed(mem.ratio, 2)}x the text)`, '< 5x', mem.ratio < 5);

    let large = null;
    if (!quick) {
      step('large files (50 MB)');
      large = [];
      for (const form of Object.keys(LARGE_FORMS)) {
        const l = child('large', path.join(temp, 'core.js'), temp, '50', form);
        if (l.error) add('large file', `50 MB file, ${form}`, `failed: ${l.error}`);
        else {
          large.push(l);
          add('large file', `${mb(l.bytes)}, ${form} (${l.items} items)`, `parse ${fixed(l.parseMs / 1000, 2)} s, analyse ${fixed(l.analyzeMs / 1000, 2)} s, model heap ${mb(l.modelHeapBytes)}`);
        }
      }
    }

    step('bundle sizes');
    for (const b of bundleSizes(temp)) {
      const value = b.builtKB === null ? 'not built' : `${fixed(b.builtKB)} KB as built` + (b.minKB === null ? '' : `, ${fixed(b.minKB)} KB in the production build`);
      const size = b.minKB ?? b.builtKB;
      const node = b.out === 'dist/extension.js';
      add('bundle', b.out, value, node ? '< 200 KB (Node bundle)' : '', node && size !== null ? size < 200 : null);
    }

    step('batch (CLI over 10,000 letters)');
    const batch = await measureBatch(temp, letters, path.join(temp, 'core.js'), quick ? 500 : 10000);
    for (const c of batch.core) {
      add('batch', `core only: read + analyze ${batch.letters} letter files (${mb(batch.bytes)}), ${c.workers} worker thread${c.workers > 1 ? 's' : ''}`, `${fixed(c.ms / 1000, 2)} s, ${fixed(batch.letters / (c.ms / 1000), 0)} letters/s`, '< 10 s', c.ms < 10000);
    }
    if (batch.missing) add('batch', 'imr-review check / export', `not measured: ${batch.missing}`);
    else {
      if (!batch.jobsSupported) notes.push('The CLI has no `--jobs` option yet: batch figures are for its default, single-process run.');
      for (const r of batch.runs) {
        const jobs = r.jobs === null ? 'default jobs' : `--jobs ${r.jobs}`;
        const value = r.ok ? `${fixed(r.ms / 1000, 2)} s, ${fixed(batch.letters / (r.ms / 1000), 0)} letters/s` : `failed (exit ${r.status}): ${r.error}`;
        add('batch', `${r.command}, ${batch.letters} letters (${mb(batch.bytes)}), ${jobs}`, value, '< 10 s', r.ok ? r.ms < 10000 : false);
      }
    }

    step('export memory (CLI export streaming json and jsonl)');
    // scripts/bench/export-memory.js alone takes any N (100,000 takes minutes); here 1,000 and 10,000.
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) add('export memory', 'imr-review export', 'not measured: dist/cli.js not built');
    else {
      for (const n of quick ? [200, 1000] : [1000, 10000]) {
        for (const r of await measureExportMemory(n)) {
          const value = r.code === 0 ? `peak RSS ${mb(r.peakBytes ?? 0)}, ${fixed(r.ms / 1000, 1)} s, ${mb(r.outBytes)} written` : `failed (exit ${r.code})`;
          add('export memory', `export --format ${r.format} -o FILE, ${n} letters (${mb(r.inputBytes)})`, value, '< 300 MB', r.code === 0 && r.peakBytes !== null ? r.peakBytes < 300 * MB : null);
        }
      }
    }

    const act = activationResult();
    add('extension', 'activation in the real VS Code', act ? `${fixed(act.ms)} ms (from ${act.file})` : 'see `npm test` output (no results file yet)', '< 50 ms', act ? act.ms < 50 : null);

    const result = {
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      machine: machine(),
      rows,
      adversarial,
      large,
      notes,
    };
    const m = result.machine;
    console.log(`\n${m.cpu}, ${m.cores} cores, ${fixed(m.ramGB)} GB RAM, Node ${m.node}\n`);
    console.log(textTable(rows));
    if (adversarial) console.log(`\nadversarial lines (ms): ${adversarial.map((a) => `${a.name} ${fixed(a.ms)}`).join(', ')}`);
    for (const n of notes) console.log(`note: ${n}`);
    if (args.has('--write')) {
      if (quick) console.error('bench: --quick results are not written to the docs');
      else console.log(`\nwrote ${path.relative(ROOT, writeDoc(result))}`);
    }
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.stack || e);
  process.exit(1);
});
