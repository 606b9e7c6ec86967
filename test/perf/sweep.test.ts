// Property: no payload makes the analysis superlinear. Every payload family (runs of spaces, tabs,
// periods, colons, digits, "#", "not ", letters, Unicode spaces ...) at every place of a letter
// (header, reviewer paragraph, case summary, item heading, guideline, rationale) is analysed with
// the payload at 1x and at 8x: 8x may cost at most MAX_RATIO times 1x (CPU time, medians, measured
// again before failing), and the 8x line (1,048,576 characters) must analyse in under MAX_LARGE_MS
// (wall time, best run). Structures that repeat (sentences, occurrences of a pattern's start) are
// swept the same way, at the place "letter". The cases run in a process of their own
// (sweepRun.ts), which `node scripts/bench/sweep.js` also runs to print the table.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as path from 'path';
import { BASE_CHARS, FACTOR, MAX_LARGE_MS, MAX_RATIO, sweepCases, type CaseTiming } from '../fuzz/sweepMeasure';

const RUNNER = path.join(__dirname, '..', 'fuzz', 'sweepRun.js');

function runSweep(): Promise<CaseTiming[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the sweep exited with ${code}: ${err.trim().split('\n').slice(-3).join(' / ')}`));
      else resolve(out.trim().split('\n').map((l) => JSON.parse(l) as CaseTiming));
    });
  });
}

describe(`fuzz: payload sweep, ${BASE_CHARS / 1024} Ki vs ${(BASE_CHARS * FACTOR) / 1024} Ki characters at each place`, function () {
  const results = new Map<string, CaseTiming>();
  const key = (family: string, place: string) => `${JSON.stringify(family)} @ ${place}`;

  before(async function () {
    // 153 cases, about 30 s on the shared machine when it is quiet; a superlinear case takes longer.
    this.timeout(600000);
    for (const t of await runSweep()) results.set(key(t.family, t.place), t);
  });

  after(() => {
    const all = [...results.values()];
    if (all.length === 0) return;
    const worst = all.reduce((a, b) => (b.ratio > a.ratio ? b : a));
    const slowest = all.reduce((a, b) => (b.bestLargeMs > a.bestLargeMs ? b : a));
    console.log(`      worst 8x/1x ratio: x${worst.ratio.toFixed(1)} (${key(worst.family, worst.place)}, ${all.length} cases)`);
    console.log(`      worst 1 Mi-character line: ${slowest.bestLargeMs.toFixed(0)} ms, best of its runs (${key(slowest.family, slowest.place)})`);
  });

  for (const { family, place } of sweepCases()) {
    it(key(family, place), () => {
      const t = results.get(key(family, place));
      assert.ok(t, 'measured');
      console.log(`      ${t.smallMs.toFixed(1)} -> ${t.largeMs.toFixed(1)} ms CPU (x${t.ratio.toFixed(1)}), 1 Mi characters in ${t.bestLargeMs.toFixed(0)} ms`);
      assert.ok(t.ratio <= MAX_RATIO, `8x took x${t.ratio.toFixed(1)} the time of 1x (${t.smallMs.toFixed(1)} ms -> ${t.largeMs.toFixed(1)} ms CPU)`);
      assert.ok(t.bestLargeMs < MAX_LARGE_MS, `the 1 Mi-character payload took ${t.bestLargeMs.toFixed(0)} ms (best of its runs)`);
    });
  }
});
