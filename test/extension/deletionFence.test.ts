import * as assert from 'assert';
import { DeletionFence } from '../../src/extension/workspace/letters/deletionFence';

const A = 'file:///w/letters/a.txt';

describe('DeletionFence', () => {
  it('tells a read that its file, or a folder above it, was deleted after it began', () => {
    const fence = new DeletionFence();
    const ticket = fence.begin();
    assert.strictEqual(fence.deletedSince(ticket, A), false);
    fence.deleted('file:///w/letters');
    assert.strictEqual(fence.deletedSince(ticket, A), true, 'its folder went');
    assert.strictEqual(fence.deletedSince(ticket, 'file:///w/other/b.txt'), false);
    assert.strictEqual(fence.deletedSince(ticket, 'file:///w/letters-old/c.txt'), false, 'a folder whose name only starts the same');
    fence.end();
  });

  it('does not hold a deletion against a read that began after it', () => {
    const fence = new DeletionFence();
    const first = fence.begin();
    fence.deleted(A);
    const second = fence.begin(); // the file was written again and read anew
    assert.strictEqual(fence.deletedSince(first, A), true);
    assert.strictEqual(fence.deletedSince(second, A), false);
    fence.end();
    fence.end();
  });

  it('keeps nothing once no read is under way', async () => {
    const fence = new DeletionFence();
    fence.deleted(A); // no read: nothing to tell
    const seen = await fence.around(async (ticket) => fence.deletedSince(ticket, A));
    assert.strictEqual(seen, false);
    const ticket = fence.begin();
    fence.deleted(A);
    fence.end();
    assert.strictEqual(fence.deletedSince(ticket, A), false, 'dropped when the last read ended');
  });

  it('ends the read when it throws', async () => {
    const fence = new DeletionFence();
    await assert.rejects(fence.around(async () => Promise.reject(new Error('unreadable'))));
    const ticket = fence.begin();
    fence.deleted(A);
    assert.strictEqual(fence.deletedSince(ticket, A), true, 'still counting reads correctly');
    fence.end();
  });
});
