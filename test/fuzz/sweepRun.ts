// Runs the payload sweep (sweepMeasure.ts) over every family and place and prints one JSON line per
// case. A process of its own, started by test/perf/sweep.test.ts and by `node scripts/bench/sweep.js`: in the
// mocha process the heap and the threads other tests leave behind (analysis worker pools) landed in
// the timings.
import * as v8 from 'v8';
import * as vm from 'vm';
import { analyze } from '../../src/core';
import { measureCase, sweepCases, type Timer } from './sweepMeasure';

export { MAX_LARGE_MS, MAX_RATIO } from './sweepMeasure';

export function sweepTimer(analyzeText: (text: string) => unknown): Timer {
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc') as () => void;
  const cpuMs = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  return { analyze: analyzeText, collect, cpuMs };
}

/** Measures every case (or those whose "family @ place" contains `only`), printing each as a JSON line. */
export function runSweep(timer: Timer, only?: string): void {
  for (const c of sweepCases()) {
    if (only && !`${c.family} @ ${c.place}`.includes(only)) continue;
    process.stdout.write(`${JSON.stringify(measureCase(timer, c))}\n`);
  }
}

if (require.main === module) runSweep(sweepTimer(analyze), process.argv[2]);
