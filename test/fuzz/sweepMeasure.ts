// Times the analysis of a letter holding one payload family at one place, at 1x and 8x the payload,
// for the sweep test (test/perf/sweep.test.ts) and `node scripts/bench/sweep.js`. No test framework
// and no core import here: the caller passes `analyze` (the bench passes the bundled core).
import { FAMILIES, PLACES, run, STRUCTURES } from './payloads';

/**
 * The payload at 1x, in characters (128 Ki): 8x is a line of 1 Mi characters. At 1x the strings the
 * analysis cuts from the payload are already past V8's 128 KB limit for ordinary heap objects, as at
 * 8x: at 125,000 one-byte characters they were not, and 1x ran in the nursery while 8x went to the
 * large-object space, which alone read as x10 for linear code.
 */
export const BASE_CHARS = 131_072;
export const FACTOR = 8;
/**
 * What 8x may cost, as a multiple of 1x: linear is 8, quadratic 64. The issue asks "about 10x";
 * the worst cases measure x8.8-9.1 on a quiet machine, so 12 leaves room for a busy one.
 */
export const MAX_RATIO = 12;
/** What the 8x line (1,048,576 characters) may take, in ms, best of its runs. */
export const MAX_LARGE_MS = 1000;
// At 1x an analysis may take a few milliseconds, where CPU accounting (kernel ticks of up to 4 ms)
// and scheduler noise rule; the 1x time is counted as at least this. 2 ms read a linear case as
// x13.5 (2.9 -> 39 ms) on a busy machine, 5 ms as x11.8 (the same case measures 9.8, 60 and 206 ms
// at 1x, 8x and 32x alone: linear). A superlinear path still shows: the 8x line is 1,048,576
// characters, and a quadratic path there takes seconds, far past 12 x 10 ms.
const FLOOR_MS = 10;

export interface CaseTiming {
  family: string;
  place: string;
  /** Median CPU time of the 1x runs (at least FLOOR_MS). */
  smallMs: number;
  /** Median CPU time of the 8x runs. */
  largeMs: number;
  /** Wall time of the fastest 8x run. */
  bestLargeMs: number;
  ratio: number;
}

export interface Timer {
  analyze: (text: string) => unknown;
  /** A full garbage collection before each timed run, so earlier garbage is not charged to it. */
  collect: () => void;
  /**
   * The process's CPU time in ms. The ratio compares CPU times, not wall times: on the shared
   * 2-core machine (load average 10 at times) wall times mostly measured the other processes.
   */
  cpuMs: () => number;
}

export interface SweepCase {
  family: string;
  place: string;
  /** The letter with a payload of `chars` characters. */
  build: (chars: number) => string;
}

/** Every family at every place, then the structures (at the place "letter"). */
export function sweepCases(): SweepCase[] {
  const cases: SweepCase[] = [];
  for (const [place, at] of Object.entries(PLACES)) {
    for (const [family, unit] of Object.entries(FAMILIES)) cases.push({ family, place, build: (chars) => at(run(unit, chars)) });
  }
  for (const [family, build] of Object.entries(STRUCTURES)) cases.push({ family, place: 'letter', build });
  return cases;
}

/** CPU and wall times of `runs` analyses of `text`, in ms. */
function runsMs(timer: Timer, text: string, runs: number): { cpu: number[]; wall: number[] } {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    timer.collect();
    const c0 = timer.cpuMs();
    const t0 = performance.now();
    timer.analyze(text);
    wall.push(performance.now() - t0);
    cpu.push(timer.cpuMs() - c0);
  }
  return { cpu, wall };
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * 1x and 8x timings of one family at one place. A ratio over MAX_RATIO is measured again, twice at
 * most, and the best ratio kept: a neighbour's burst of CPU can land on the 8x runs, but a
 * superlinear path loses every time.
 */
export function measureCase(timer: Timer, { family, place, build }: SweepCase): CaseTiming {
  const small = build(BASE_CHARS);
  const large = build(BASE_CHARS * FACTOR);
  timer.analyze(small);
  timer.analyze(large);
  let best: CaseTiming | null = null;
  let bestLargeMs = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && (best === null || best.ratio > MAX_RATIO); attempt++) {
    const smallMs = Math.max(FLOOR_MS, median(runsMs(timer, small, 5).cpu));
    const largeRuns = runsMs(timer, large, 3);
    for (const ms of largeRuns.wall) bestLargeMs = Math.min(bestLargeMs, ms);
    const largeMs = median(largeRuns.cpu);
    const t = { family, place, smallMs, largeMs, bestLargeMs, ratio: largeMs / smallMs };
    if (best === null || t.ratio < best.ratio) best = t;
  }
  return { ...best!, bestLargeMs };
}
