// Times the analysis of a letter holding one payload family at one place, at 1x and 8x the payload,
// for the sweep test (test/fuzz/sweep.test.ts) and `node scripts/bench/sweep.js`. No test framework
// and no core import here: the caller passes `analyze` (the bench passes the bundled core).
import { FAMILIES, PLACES, run } from './payloads';

/** The payload at 1x, in characters: 8x is a 1,000,000-character line. */
export const BASE_CHARS = 125_000;
export const FACTOR = 8;
/** What 8x may cost, as a multiple of 1x. */
export const MAX_RATIO = 10;
/** What the 8x (1,000,000-character) line may take, in ms, best of its runs. */
export const MAX_LARGE_MS = 1000;
// At 1x an analysis may take well under a millisecond, where timer and scheduler noise rule; the
// 1x time is counted as at least this. A superlinear path still shows: 8x of a quadratic one is 64x.
const FLOOR_MS = 2;

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

export function familyNames(): string[] {
  return Object.keys(FAMILIES);
}

export function placeNames(): string[] {
  return Object.keys(PLACES);
}

/** The letter with `family` at `place`, the payload `chars` characters long. */
export function sweepLetter(family: string, place: string, chars: number): string {
  return PLACES[place](run(FAMILIES[family], chars));
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
export function measureCase(timer: Timer, family: string, place: string): CaseTiming {
  const small = sweepLetter(family, place, BASE_CHARS);
  const large = sweepLetter(family, place, BASE_CHARS * FACTOR);
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
