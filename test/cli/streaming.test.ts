// Issue 12, exports of any size: the CLI writes each letter as its result comes, in input order,
// and drops it (the JSON of 100,000 letters was one string: 2.4 GB, or "Invalid string length");
// the streamed bytes are the whole-document renderers' bytes; worker threads send results back in
// batches, in order, with the same results whatever the batch size.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, emptyConfig, JsonLinesStream, JsonStream, MarkdownStream, renderJson, renderMarkdownAll, type LetterReport } from '../../src/core/index';
import type { Job, JobResult } from '../../src/cli/jobs/work';
import { runJobs } from '../../src/cli/jobs/workers';
import { CLI, cli, ensureBuilt, fixture, REPO, tempDir, write } from './harness';

const LETTERS = [
  'rules/IMR001/positive-overturned-not-necessary-double.txt',
  'rules/IMR001/negative-consistent-double.txt',
  'letters/fd-double-spaced-prose-reviewer.txt',
  'letters/earlier-layout-decisions-and-rationales.txt',
  'letters/note-team-meeting.txt',
  'rules/IMR007/positive-missing-summary-double.txt',
];

function reports(count: number): LetterReport[] {
  return Array.from({ length: count }, (_, i) => {
    const file = `batch/${i}.txt`;
    return { file, ...analyze(fixture(LETTERS[i % LETTERS.length]), { file }) };
  });
}

function streamed(stream: { begin(): string; add(r: LetterReport): string; end(): string }, rs: readonly LetterReport[]): string {
  return stream.begin() + rs.map((r) => stream.add(r)).join('') + stream.end();
}

describe('export streams (core)', () => {
  it('JSON a letter at a time gives renderJson\'s bytes, for none, one and several letters', () => {
    for (const n of [0, 1, 2, 6, 13]) {
      const rs = reports(n);
      assert.strictEqual(streamed(new JsonStream(), rs), renderJson(rs), `${n} letters`);
    }
  });

  it('Markdown a letter at a time gives renderMarkdownAll\'s bytes (nothing for no letter)', () => {
    assert.strictEqual(streamed(new MarkdownStream(), []), '');
    for (const n of [1, 2, 5]) {
      const rs = reports(n);
      assert.strictEqual(streamed(new MarkdownStream(), rs), renderMarkdownAll(rs), `${n} letters`);
    }
  });

  it('JSON Lines: one line per letter, each the object of the JSON\'s letters array', () => {
    const rs = reports(6);
    const lines = streamed(new JsonLinesStream(), rs).split('\n');
    assert.strictEqual(lines.pop(), '', 'every line ends with \\n');
    assert.deepStrictEqual(lines.map((l) => JSON.parse(l)), JSON.parse(renderJson(rs)).letters);
    assert.strictEqual(streamed(new JsonLinesStream(), []), '');
  });
});

describe('imr-review export: streamed', function () {
  this.timeout(120000);
  before(ensureBuilt);

  it('runs batches in worker threads with the same results, in input order, whatever the batch size', async () => {
    const dir = tempDir();
    const jobs: Job[] = [];
    for (let i = 0; i < 230; i++) {
      // Letters, notes (skipped) and one unreadable file among them.
      const display = `batch/${String(i).padStart(3, '0')}.txt`;
      const abs = write(dir, display, i === 117 ? Buffer.from([0, 1, 2, 3]) : fixture(LETTERS[i % LETTERS.length]));
      jobs.push({ abs, display, explicit: false, relative: display, configIndex: 0 });
    }
    const run = async (threads: number, batchSize?: number) => {
      const got: JobResult[] = [];
      const script = path.join(REPO, 'dist', 'cli-worker.js');
      await runJobs(jobs, { configs: [emptyConfig()], limits: { maxBytes: 1 << 24, maxPages: 200 }, exportFormat: 'json', threads, script, batchSize }, (r) => {
        got.push(r);
      });
      return got;
    };
    const inProcess = await run(1);
    assert.deepStrictEqual(inProcess.map((r) => r.display), jobs.map((j) => j.display));
    assert.deepStrictEqual(new Set(inProcess.map((r) => r.status)), new Set(['rendered', 'skipped', 'error']));
    for (const batchSize of [1, 7, 32, 1000]) assert.deepStrictEqual(await run(2, batchSize), inProcess, `batches of ${batchSize}`);
    assert.deepStrictEqual(await run(3, 5), inProcess, 'three workers');
  });

  for (const jobs of ['1', '2']) {
    it(`writes each letter as it comes and waits for a slow reader, reading no further ahead than a few batches (--jobs ${jobs})`, async () => {
      // ~11 KB of JSON a letter: once the pipe and the buffers on both sides are full (a few
      // hundred KB), the CLI must wait for the reader, so it cannot have read the last letter by
      // then. Deleting it at that point shows the letters are read as the output goes; the old
      // CLI read them all before writing anything.
      const dir = tempDir();
      const count = 400;
      for (let i = 0; i < count; i++) write(dir, `batch/${String(i).padStart(3, '0')}.txt`, fixture(LETTERS[1]));
      const last = path.join(dir, 'batch', `${count - 1}.txt`);
      const child = spawn(process.execPath, [CLI, 'export', '--format', 'json', '--jobs', jobs, 'batch'], { cwd: dir });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      const chunks: Buffer[] = [];
      await new Promise<void>((resolve) =>
        child.stdout.once('data', (d: Buffer) => {
          child.stdout.pause();
          chunks.push(d);
          resolve();
        }),
      );
      fs.unlinkSync(last);
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.stdout.resume();
      const code = await closed;
      assert.strictEqual(code, 2, stderr);
      assert.match(stderr, new RegExp(`^batch/${count - 1}\\.txt: .*ENOENT`, 'm'), 'the last letter was read after the output began');
      const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      assert.strictEqual(json.letters.length, count - 1);
      assert.deepStrictEqual(json.letters.map((l: { file: string }) => l.file), Array.from({ length: count - 1 }, (_, i) => `batch/${String(i).padStart(3, '0')}.txt`));
    });
  }

  it('--format jsonl: one letter a line, the JSON\'s letters, in the same order with 1 or 2 jobs; -o writes the same', () => {
    const dir = tempDir();
    for (let i = 0; i < 210; i++) write(dir, `batch/${String(i).padStart(3, '0')}.txt`, fixture(LETTERS[i % LETTERS.length]));
    const json = JSON.parse(cli(['export', '--format', 'json', 'batch'], dir).stdout);
    const one = cli(['export', '--format', 'jsonl', '--jobs', '1', 'batch'], dir);
    const two = cli(['export', '--format', 'jsonl', '--jobs', '2', 'batch'], dir);
    assert.strictEqual(two.stdout, one.stdout);
    assert.deepStrictEqual(one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l)), json.letters);
    assert.strictEqual(cli(['export', '--format', 'jsonl', '-o', 'out.jsonl', 'batch'], dir).code, 0);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'out.jsonl'), 'utf8'), one.stdout);
    assert.match(cli(['--help'], dir).stdout, /jsonl: one letter a line/);
    for (const format of ['csv', 'markdown']) {
      assert.strictEqual(cli(['export', '--format', format, '--jobs', '2', 'batch'], dir).stdout, cli(['export', '--format', format, '--jobs', '1', 'batch'], dir).stdout, format);
    }
  });
});
