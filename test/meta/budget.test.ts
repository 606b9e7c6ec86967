// The wait budget of the suites (test/budget.ts): a test whose waits could outlast its timeout
// fails at its first wait past the timeout, naming the test, whatever the machine's speed.
import * as assert from 'assert';
import * as budget from '../budget';

const runnable = (title: string, timeoutMs: number) => ({ fullTitle: () => title, timeout: () => timeoutMs });

describe('test budget: a test\'s timeout covers all of its waits', () => {
  it('accepts waits that fit the timeout together, and refuses the one that does not', () => {
    budget.enter(runnable('status bar race', 30000));
    budget.claim(15000, 'the small letter');
    budget.claim(15000, 'the status bar');
    assert.strictEqual(budget.claimedMs(), 30000);
    assert.throws(
      () => budget.claim(120000, () => 'the large analysis'),
      /"status bar race" may wait 150000 ms in all \(this wait: 120000 ms for the large analysis\) but its timeout is 30000 ms/,
    );
  });

  it('starts a new account for each test or hook, and a timeout of 0 covers anything', () => {
    budget.enter(runnable('first', 1000));
    budget.claim(1000, 'one wait');
    budget.enter(runnable('second', 1000));
    assert.strictEqual(budget.claimedMs(), 0);
    budget.claim(1000, 'a fresh account');
    budget.enter(runnable('no timeout', 0));
    budget.claim(1e9, 'anything');
  });

  it('takes the timeout a test sets for itself after it started (this.timeout(...) in its body)', () => {
    let timeoutMs = 30000;
    budget.enter({ fullTitle: () => 'sets its own', timeout: () => timeoutMs });
    timeoutMs = 240000;
    budget.claim(60000, 'opening');
    budget.claim(120000, 'the large analysis');
    assert.throws(() => budget.claim(61000, 'one more'), /timeout is 240000 ms/);
  });

  it('follows the runner: each test and hook event enters a new account', () => {
    const listeners = new Map<string, (r: ReturnType<typeof runnable>) => void>();
    budget.track({ on: (event, listener) => listeners.set(event, listener) });
    assert.deepStrictEqual([...listeners.keys()].sort(), ['hook', 'test']);
    listeners.get('hook')!(runnable('before all', 5000));
    assert.throws(() => budget.claim(6000, 'opening'), /"before all"/);
    listeners.get('test')!(runnable('a test', 5000));
    budget.claim(5000, 'within the test');
  });
});
