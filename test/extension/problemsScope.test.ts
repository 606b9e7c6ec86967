// Issue 16, point 2: the Problems of every letter are published in batches VS Code passes on whole
// (at most 1,100 diagnostics reach the window per call; the rest of a larger call never shows).
import * as assert from 'assert';
import { batchesOf, MAX_PER_BATCH } from '../../src/extension/features/diagnostics/batches';

describe('Problems of the workspace: batches (issue 16)', () => {
  const sizes = (batches: number[][]) => batches.map((b) => b.reduce((t, n) => t + n, 0));

  it('keeps the order and puts every entry in exactly one batch', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => i % 7);
    const batches = batchesOf(entries, (n) => n);
    assert.deepStrictEqual(batches.flat(), entries);
    assert.ok(sizes(batches).every((n) => n <= MAX_PER_BATCH), `a batch holds more than ${MAX_PER_BATCH}: ${Math.max(...sizes(batches))}`);
    assert.ok(MAX_PER_BATCH <= 1100, 'under VS Code limit per call');
    // 5,000 letters with 3 findings each on average: a few dozen calls, not 5,000.
    assert.ok(batches.length <= Math.ceil(entries.reduce((t, n) => t + n, 0) / (MAX_PER_BATCH - 6)), `${batches.length} batches`);
  });

  it('fills each batch up to the limit, drops (size 0) ride along, and an oversized letter goes alone', () => {
    assert.deepStrictEqual(batchesOf([600, 400, 1, 0, 0], (n) => n), [[600, 400], [1, 0, 0]]);
    assert.deepStrictEqual(batchesOf([10, 1500, 10], (n) => n), [[10], [1500], [10]]);
    assert.deepStrictEqual(batchesOf([0, 0, 0], (n) => n), [[0, 0, 0]]);
    assert.deepStrictEqual(batchesOf([], (n: number) => n), []);
  });
});
