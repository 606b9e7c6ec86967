// Run as a child process with --expose-gc (bench.js starts it): heap held by the models of a
// corpus, and the cost of one very large file. Prints one JSON object on stdout.
//   node --expose-gc scripts/bench/memory.js corpus <core.js>
//   node --expose-gc scripts/bench/memory.js large <core.js> <tempDir> <megabytes>
const fs = require('fs');
const path = require('path');
const { makeLetter, benchLetters, repeatTo } = require('./corpus');
const { now, MB } = require('./timing');

const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error('memory.js needs node --expose-gc');
  process.exit(2);
}

function settledHeap() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function corpusMemory(core, targetBytes) {
  const corpus = repeatTo(benchLetters(core.looksLikeLetter), targetBytes);
  const before = settledHeap();
  const analyses = corpus.texts.map((t) => core.analyze(t));
  const after = settledHeap();
  const held = after - before;
  // Keep the models alive until after the measurement.
  const items = analyses.reduce((n, a) => n + a.letter.items.length, 0);
  return { textBytes: corpus.bytes, letters: corpus.texts.length, items, heapBytes: held, ratio: held / corpus.bytes };
}

/** A file of `megabytes` MB written to disk, read back and analysed, as the editor or CLI would. */
function largeFile(core, dir, megabytes) {
  const results = [];
  const forms = {
    'one letter, many items': () => makeLetter({ seed: 50, items: Math.round((megabytes * MB) / 835), header: true }),
    'letters concatenated': () => {
      const parts = [];
      let bytes = 0;
      for (let i = 0; bytes < megabytes * MB; i++) {
        const t = makeLetter({ seed: 5000 + i, items: 1 + (i % 5), header: true });
        parts.push(t);
        bytes += t.length + 2;
      }
      return parts.join('\n\n');
    },
  };
  for (const [form, build] of Object.entries(forms)) {
    const file = path.join(dir, `large-${results.length}.txt`);
    fs.writeFileSync(file, build());
    const base = settledHeap();
    const t0 = now();
    const text = fs.readFileSync(file, 'utf8');
    const readMs = now() - t0;
    const withText = settledHeap();
    const t1 = now();
    const detected = core.looksLikeLetter(text);
    const detectMs = now() - t1;
    const t2 = now();
    const letter = core.parseLetter(text);
    const parseMs = now() - t2;
    const t3 = now();
    const analysis = core.analyze(text);
    const analyzeMs = now() - t3;
    const held = settledHeap() - withText;
    results.push({
      form,
      bytes: fs.statSync(file).size,
      lines: letter.lineCount,
      items: analysis.letter.items.length,
      findings: analysis.findings.length,
      detected,
      readMs,
      detectMs,
      parseMs,
      analyzeMs,
      textHeapBytes: withText - base,
      modelHeapBytes: held,
      rssBytes: process.memoryUsage().rss,
    });
    fs.rmSync(file);
  }
  return results;
}

function main() {
  const [mode, corePath, dir, megabytes] = process.argv.slice(2);
  const core = require(path.resolve(corePath));
  const result = mode === 'large' ? largeFile(core, dir, Number(megabytes) || 50) : corpusMemory(core, 10 * MB);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
