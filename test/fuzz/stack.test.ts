// Property: the analysis does not depend on the stack size. Huge counts of small things (150,000
// "not"s in a sentence, 200,000 states in a licensure list, 150,000 misspelled words in a heading)
// once went through `push(...array)`, whose arguments live on the stack: on the extension host the
// letter failed with "Maximum call stack size exceeded", in a CLI worker thread (another stack size)
// the same letter got findings. Each letter must analyse here and, with the same result, in a
// worker thread with a 1 MB stack.
import * as assert from 'assert';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { analyze, type Analysis } from '../../src/core';
import { letterAround } from './inputs';

const CORE = path.resolve(__dirname, '../../src/core/index.js');

const LETTERS: { name: string; text: string }[] = [
  { name: '150,000 "not"s before "medically necessary"', text: letterAround('rationale', `Therefore, the request is ${'not '.repeat(150_000)}medically necessary.`) },
  {
    name: 'a licensure list of 200,000 states',
    text: letterAround('summary', 'x').replace(
      'licensed to practice in Oregon.',
      `licensed to practice in ${'Oregon, '.repeat(200_000)}and Utah.`,
    ),
  },
  { name: 'a heading of 150,000 misspelled words', text: letterAround('issues', `${'Nuerontinn '.repeat(150_000)}:  Upheld\nDecision rationale: The request is not medically necessary.`) },
];

/** What must not depend on the stack: the findings, and the conclusions with their negators. Also run in the worker (as source). */
function outcome(a: Analysis): string {
  return JSON.stringify({
    findings: a.findings.map((f) => [f.rule, f.message, f.range]),
    conclusions: a.letter.items.map((i) => [i.conclusion.necessity, i.conclusion.negators.length]),
    reviewer: [a.letter.reviewer.specialties.length, a.letter.reviewer.licensure.length],
  });
}

/** The outcome of analysing `text` in a worker thread with a stack of `stackSizeMb`. */
function inWorker(text: string, stackSizeMb: number): Promise<string> {
  const source = `
    const { parentPort, workerData } = require('worker_threads');
    const core = require(workerData.core);
    const outcome = ${outcome.toString()};
    try {
      parentPort.postMessage({ ok: true, outcome: outcome(core.analyze(workerData.text)) });
    } catch (e) {
      parentPort.postMessage({ ok: false, error: String(e) });
    }`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { core: CORE, text }, resourceLimits: { stackSizeMb } });
    worker.once('message', (m: { ok: boolean; outcome?: string; error?: string }) => {
      void worker.terminate();
      if (m.ok) resolve(m.outcome!);
      else reject(new Error(`the worker failed: ${m.error}`));
    });
    worker.once('error', reject);
  });
}

describe('fuzz: the analysis does not depend on the stack size', function () {
  // A worker's start and one analysis of a 600 KB-1.6 MB letter each; generous for the busy machine.
  this.timeout(60000);

  for (const { name, text } of LETTERS) {
    it(`${name}: analyses here and gives the same result in a worker with a 1 MB stack`, async () => {
      let here: string;
      assert.doesNotThrow(() => {
        here = outcome(analyze(text));
      });
      assert.strictEqual(await inWorker(text, 1), here!);
    });
  }

  it('the letters reach what they test', () => {
    const [nots, states, words] = LETTERS.map((l) => analyze(l.text));
    assert.ok(nots.letter.items[0].conclusion.negators.length >= 150_000, 'every "not" is a negator');
    assert.deepStrictEqual(states.letter.reviewer.licensure, ['Oregon', 'Utah'], 'the licensure list is read');
    assert.ok(words.findings.filter((f) => f.rule === 'IMR011').length >= 1, 'the heading words are spell-checked');
  });
});
