// Core measurements: analysis throughput, linear growth, a single-regex baseline and re-analysis
// after a one-character edit. `core` is the bundled facade (parseLetter, analyze, ...).
const { makeLetter } = require('./corpus');
const { median, now, timeRuns, mbPerSecond, MB } = require('./timing');

/** Analyses every text once; returns a checksum so the work cannot be optimised away. */
function analyzeAll(core, texts) {
  let sum = 0;
  for (const t of texts) {
    const a = core.analyze(t);
    sum += a.letter.items.length + a.findings.length;
  }
  return sum;
}

function warmUp(core, texts) {
  // Enough passes for the JIT to settle on the hot paths (parse, conclusions, rules).
  const sample = texts.slice(0, Math.min(texts.length, 400));
  for (let i = 0; i < 5; i++) analyzeAll(core, sample);
}

/** Throughput of analyze() over the corpus: median of `runs` passes, and 10x the corpus in one go. */
function measureThroughput(core, corpus, runs = 5) {
  warmUp(core, corpus.texts);
  const times = timeRuns(() => analyzeAll(core, corpus.texts), runs);
  const oneX = median(times);
  const t0 = now();
  for (let i = 0; i < 10; i++) analyzeAll(core, corpus.texts);
  const tenX = now() - t0;
  return {
    mbps: mbPerSecond(corpus.bytes, oneX),
    usPerLetter: (oneX * 1000) / corpus.texts.length,
    oneXms: oneX,
    tenXms: tenX,
    ratio: tenX / oneX,
  };
}

/**
 * Where the time goes: parsing alone, the rules alone on parsed letters, and each rule alone
 * (slowest first). Medians of `runs` passes.
 */
function measureSplit(core, corpus, runs = 3) {
  const parseMs = median(timeRuns(() => corpus.texts.forEach((t) => core.parseLetter(t)), runs));
  // Fresh models for every pass: a rule may memoise per item object (IMR013 does), and a second
  // pass over the same objects would time the memo, not the rule.
  const rulesPass = (options) => {
    const letters = corpus.texts.map((t) => core.parseLetter(t));
    const t0 = now();
    letters.forEach((l) => core.runRules(l, options));
    return now() - t0;
  };
  const timePasses = (options) => median(Array.from({ length: runs }, () => rulesPass(options)));
  const rulesMs = timePasses(undefined);
  const perRule = core.rules.map((rule) => ({ id: rule.id, ms: timePasses({ rules: [rule] }) })).sort((a, b) => b.ms - a.ms);
  return { parseMbps: mbPerSecond(corpus.bytes, parseMs), rulesMbps: mbPerSecond(corpus.bytes, rulesMs), parseMs, rulesMs, perRule };
}

/** The same text through one global regex: how fast a bare scanner reads these bytes. */
function measureRegexBaseline(corpus, runs = 5) {
  const re = /Upheld|Overturned/g;
  const pass = () => {
    let n = 0;
    for (const t of corpus.texts) {
      re.lastIndex = 0;
      while (re.exec(t)) n++;
    }
    return n;
  };
  pass();
  const ms = median(timeRuns(pass, runs));
  return { mbps: mbPerSecond(corpus.bytes, ms) };
}

/** One letter of about `bytes` bytes, holding many items. */
function bigLetter(bytes, seed = 7) {
  // About 0.84 KB per item in the template; build once, then trim or grow to the target.
  const perItem = 835;
  return makeLetter({ seed, items: Math.max(1, Math.round(bytes / perItem)), header: true });
}

/** Single-document linearity: analysing a 10x larger letter should take about 10x as long. */
function measureDocumentGrowth(core, runs = 5) {
  const small = bigLetter(MB);
  const large = bigLetter(10 * MB, 8);
  core.analyze(small);
  core.analyze(large);
  const smallMs = median(timeRuns(() => core.analyze(small), runs));
  const largeMs = median(timeRuns(() => core.analyze(large), Math.max(3, runs - 2)));
  return {
    smallBytes: Buffer.byteLength(small),
    largeBytes: Buffer.byteLength(large),
    smallMs,
    largeMs,
    ratio: largeMs / smallMs,
  };
}

/**
 * Re-analysis after a one-character edit in a 1 MB letter with many items, as the editor does it:
 * the document's LetterAnalyzer analysed the version before, so the unchanged items are reused.
 * `fullMs` is a fresh analyze() of the same edited text, for comparison.
 */
function measureEdit(core, runs = 21) {
  const text = bigLetter(MB, 11);
  const analyzer = new core.LetterAnalyzer();
  for (let i = 0; i < 5; i++) {
    core.analyze(text);
    analyzer.analyze(text);
  }
  const times = [];
  const full = [];
  for (let i = 0; i < runs; i++) {
    // A different position each time, inside a word, so no two runs see the same text.
    let at = Math.floor((text.length * (i + 1)) / (runs + 2));
    while (at < text.length && !/[a-z]/.test(text[at])) at++;
    const edited = text.slice(0, at) + (text[at] === 'e' ? 'a' : 'e') + text.slice(at + 1);
    analyzer.analyze(text); // the version before the keystroke
    let t0 = now();
    analyzer.analyze(edited);
    times.push(now() - t0);
    t0 = now();
    core.analyze(edited);
    full.push(now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    bytes: Buffer.byteLength(text),
    items: core.parseLetter(text).items.length,
    medianMs: median(times),
    maxMs: sorted[sorted.length - 1],
    fullMs: median(full),
    runs,
  };
}

module.exports = { analyzeAll, measureThroughput, measureSplit, measureRegexBaseline, measureDocumentGrowth, measureEdit, bigLetter };
