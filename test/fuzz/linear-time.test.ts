// Property: analysis time grows linearly with the input. For each family of inputs (mutated
// fixture letters, and letters with one huge adversarial block) a 10x larger input must not take
// more than 15x as long. Medians of repeated runs absorb the noise of a shared 2-core machine.
import * as assert from 'assert';
import { analyze } from '../../src/core';
import { corpusLetters, medianMs } from './helpers';
import { growingInputs } from './inputs';

const SMALL = 100_000;
const LARGE = 1_000_000;
const MAX_RATIO = 15;

function ratioFor(build: (chars: number) => string): { smallMs: number; largeMs: number; ratio: number } {
  const small = build(SMALL);
  const large = build(LARGE);
  analyze(small);
  analyze(large);
  // Small inputs run in a few ms: more runs, and a floor of 1 ms so timer noise cannot fake a ratio.
  const smallMs = Math.max(1, medianMs(() => analyze(small), 9));
  const largeMs = medianMs(() => analyze(large), 3);
  return { smallMs, largeMs, ratio: largeMs / smallMs };
}

describe('fuzz: analysis time is linear in the input size', function () {
  this.timeout(180000);
  const families = growingInputs(corpusLetters().map((l) => l.text));

  for (const [name, build] of Object.entries(families)) {
    it(`${name}: 1 MB takes at most ${MAX_RATIO}x the time of 100 KB`, () => {
      let r = ratioFor(build);
      // One re-measure before failing: a neighbour's burst of CPU can land on the large run.
      if (r.ratio > MAX_RATIO) r = ratioFor(build);
      console.log(`      ${name}: ${r.smallMs.toFixed(1)} ms -> ${r.largeMs.toFixed(1)} ms (x${r.ratio.toFixed(1)})`);
      assert.ok(r.ratio <= MAX_RATIO, `${name}: 100 KB took ${r.smallMs.toFixed(1)} ms, 1 MB took ${r.largeMs.toFixed(1)} ms (x${r.ratio.toFixed(1)})`);
    });
  }
});
