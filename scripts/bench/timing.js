// Timing helpers: wall-clock milliseconds and medians (robust to the noise of a shared machine).
const { performance } = require('perf_hooks');

function now() {
  return performance.now();
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs `fn` `runs` times; returns each run's duration in ms. */
function timeRuns(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    fn(i);
    times.push(now() - t0);
  }
  return times;
}

const MB = 1e6;

/** Megabytes (10^6 bytes) per second. */
function mbPerSecond(bytes, ms) {
  return bytes / MB / (ms / 1000);
}

module.exports = { now, median, timeRuns, mbPerSecond, MB };
