// `node scripts/bench/sweep.js [filter]`: the payload sweep of test/fuzz/sweep.test.ts as a table.
// Every payload family (runs of spaces, periods, "not " ...) at every place of a letter, analysed
// with the payload at 131,072 and 1,048,576 characters: the CPU time of each and their ratio (8x
// may cost at most MAX_RATIO times 1x), and the wall time of the 1,048,576-character line (at most 1 s). The
// runner and the core are bundled from the sources with esbuild (no `tsc` needed); `filter` keeps
// the cases whose "family @ place" contains it.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { bundleForNode, makeTempDir } = require('./load-core');

function main() {
  const dir = makeTempDir('imr-sweep-');
  try {
    const runner = bundleForNode('test/fuzz/sweepRun.ts', path.join(dir, 'sweep-run.js'));
    process.stderr.write('sweep: measuring (about 30 s on a quiet machine)\n');
    const r = spawnSync(process.execPath, [runner, ...process.argv.slice(2, 3)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
    if (r.status !== 0) throw new Error(`the sweep exited with ${r.status}`);
    const rows = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const { MAX_RATIO, MAX_LARGE_MS } = require(runner);
    print(rows, MAX_RATIO ?? 10, MAX_LARGE_MS ?? 1000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function print(rows, maxRatio, maxLargeMs) {
  if (rows.length === 0) {
    console.log(`no case matches "${process.argv[2]}" (a case is named "family @ place", e.g. "periods @ rationale")`);
    return;
  }
  const head = ['family @ place', '1x CPU ms', '8x CPU ms', '8x/1x', '1 Mi chars (wall ms, best)'];
  const body = rows.map((t) => [`${JSON.stringify(t.family)} @ ${t.place}`, t.smallMs.toFixed(1), t.largeMs.toFixed(1), `x${t.ratio.toFixed(1)}`, t.bestLargeMs.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(head));
  for (const r of body) console.log(line(r));
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const slowest = rows.reduce((a, b) => (b.bestLargeMs > a.bestLargeMs ? b : a));
  console.log(`\n${rows.length} cases. Worst 8x/1x ratio: x${worst.ratio.toFixed(1)} (${JSON.stringify(worst.family)} @ ${worst.place}; limit x${maxRatio}).`);
  console.log(`Worst 1 Mi-character line: ${slowest.bestLargeMs.toFixed(0)} ms (${JSON.stringify(slowest.family)} @ ${slowest.place}; limit ${maxLargeMs} ms).`);
}

main();
