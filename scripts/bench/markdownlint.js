// markdownlint 0.40 (ESM) linting the same letters: the linter users would otherwise run on text.
const { median, timeRuns, mbPerSecond } = require('./timing');

/**
 * Lints a sample of the corpus (markdownlint is slow; a full 10 MB pass would take minutes) and
 * scales by bytes. Returns null when markdownlint is not installed.
 */
async function measureMarkdownlint(corpus, sampleBytes = 1e6, runs = 3) {
  let lint;
  try {
    ({ lint } = await import('markdownlint/sync'));
  } catch {
    return null;
  }
  const sample = [];
  let bytes = 0;
  for (const t of corpus.texts) {
    if (bytes >= sampleBytes) break;
    sample.push(t);
    bytes += Buffer.byteLength(t, 'utf8');
  }
  // One string per call, as an editor lints one document at a time.
  const pass = () => {
    let n = 0;
    for (const t of sample) n += lint({ strings: { letter: t } }).letter.length;
    return n;
  };
  pass();
  const ms = median(timeRuns(pass, runs));
  return { mbps: mbPerSecond(bytes, ms), sampleBytes: bytes, letters: sample.length };
}

module.exports = { measureMarkdownlint };
