// Issue 12: five quick "Ignore IMRxxx for this item" actions each read .imr-review.json, add an
// entry and write it back; side by side, each read the file before the others wrote, and the last
// write kept one suppression of five. KeyedQueue (used by suppressions.ts) runs them in turn.
import * as assert from 'assert';
import { KeyedQueue } from '../../src/extension/shared/keyedQueue';

/** A file read and written asynchronously, as vscode.workspace.fs does. */
class SlowFile {
  text = '[]';
  async read(): Promise<string> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.text;
  }
  async write(text: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.text = text;
  }
}

async function addEntry(file: SlowFile, entry: string): Promise<void> {
  const list = JSON.parse(await file.read()) as string[];
  await file.write(JSON.stringify([...list, entry]));
}

const ENTRIES = ['IMR001', 'IMR002', 'IMR003', 'IMR004', 'IMR005'];

describe('KeyedQueue: read-modify-write of one file at a time', () => {
  it('keeps all five of five concurrent additions to one file (side by side, four are lost)', async () => {
    const unqueued = new SlowFile();
    await Promise.all(ENTRIES.map((e) => addEntry(unqueued, e)));
    assert.ok(JSON.parse(unqueued.text).length < ENTRIES.length, 'the race this guards against');

    const queue = new KeyedQueue();
    const file = new SlowFile();
    await Promise.all(ENTRIES.map((e) => queue.run('file:///ws/.imr-review.json', () => addEntry(file, e))));
    assert.deepStrictEqual(JSON.parse(file.text), ENTRIES);
    assert.strictEqual(queue.size, 0, 'nothing is kept once the queue is empty');
  });

  it('runs different files side by side, goes on after a failed task, and passes results and errors through', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    let releaseA!: () => void;
    const a = queue.run('a', () => new Promise<string>((resolve) => (releaseA = () => resolve('a done'))).then((v) => (order.push('a'), v)));
    // 'b' does not wait for 'a'.
    assert.strictEqual(await queue.run('b', async () => (order.push('b'), 'b done')), 'b done');
    const failed = queue.run('a', async () => {
      throw new Error('broken config');
    });
    const after = queue.run('a', async () => (order.push('a2'), 2));
    releaseA();
    assert.strictEqual(await a, 'a done');
    await assert.rejects(failed, /broken config/);
    assert.strictEqual(await after, 2);
    assert.deepStrictEqual(order, ['b', 'a', 'a2']);
  });
});
