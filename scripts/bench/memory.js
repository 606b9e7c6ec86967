// Run as a child process with --expose-gc (bench.js starts it): heap held by the models of a
// corpus, and the cost of one very large file. Prints one JSON object on stdout.
//   node --expose-gc scripts/bench/memory.js corpus <core.js>
//   node --expose-gc scripts/bench/memory.js large <core.js> <tempDir> <megabytes> <form>
const fs = require('fs');
const path = require('path');
const { makeLetter, benchLetters, repeatTo } = require('./corpus');
const { now, MB } = require('./timing');

function settledHeap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

function corpusMemory(core, targetBytes) {
  const corpus = repeatTo(benchLetters(core.looksLikeLetter), targetBytes);
  // Compiled code and regular expressions land on the heap during the first analyses: warm up and
  // drop those results first, so the figure is the models' alone (~0.2x of 10 MB otherwise).
  for (const t of corpus.texts.slice(0, 300)) core.analyze(t);
  const before = settledHeap();
  const analyses = corpus.texts.map((t) => core.analyze(t));
  const after = settledHeap();
  const held = after - before;
  // Keep the models alive until after the measurement.
  const items = analyses.reduce((n, a) => n + a.letter.items.length, 0);
  return { textBytes: corpus.bytes, letters: corpus.texts.length, items, heapBytes: held, ratio: held / corpus.bytes };
}

/** The two shapes of a large file: one letter with many items, and many letters in one file. */
const LARGE_FORMS = {
  'one letter, many items': (megabytes) => makeLetter({ seed: 50, items: Math.round((megabytes * MB) / 835), header: true }),
  'letters concatenated': (megabytes) => {
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

/**
 * A file of `megabytes` MB written to disk, read back and analysed, as the editor or the CLI would.
 * One form per process, so the heap of one cannot blur the figures of the other.
 */
function largeFile(core, dir, megabytes, form) {
  const file = path.join(dir, 'large.txt');
  fs.writeFileSync(file, LARGE_FORMS[form](megabytes));
  const t0 = now();
  const text = fs.readFileSync(file, 'utf8');
  const readMs = now() - t0;
  const t1 = now();
  const detected = core.looksLikeLetter(text);
  const detectMs = now() - t1;
  const t2 = now();
  const lines = core.parseLetter(text).lineCount;
  const parseMs = now() - t2;
  const withText = settledHeap();
  const t3 = now();
  const analysis = core.analyze(text);
  const analyzeMs = now() - t3;
  const modelHeapBytes = settledHeap() - withText;
  const result = {
    form,
    bytes: fs.statSync(file).size,
    lines,
    items: analysis.letter.items.length,
    findings: analysis.findings.length,
    detected,
    readMs,
    detectMs,
    parseMs,
    analyzeMs,
    modelHeapBytes,
    rssBytes: process.memoryUsage().rss,
  };
  fs.rmSync(file);
  return result;
}

module.exports = { LARGE_FORMS };

function main() {
  if (typeof globalThis.gc !== 'function') {
    console.error('memory.js needs node --expose-gc');
    process.exit(2);
  }
  const [mode, corePath, dir, megabytes, form] = process.argv.slice(2);
  const core = require(path.resolve(corePath));
  const result = mode === 'large' ? largeFile(core, dir, Number(megabytes) || 50, form) : corpusMemory(core, 10 * MB);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) main();
