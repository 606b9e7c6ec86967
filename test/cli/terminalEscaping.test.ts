// Issue 12: what `imr-review` prints keeps to its lines and sends the terminal only text, whatever
// a file name or a letter holds; its CSV export holds no formula.
import * as assert from 'assert';
import * as fs from 'fs';
import { csvParseRows } from 'd3-dsv';
import { syntheticLetter } from '../core/helpers';
import { inProcess, tempDir, write } from './harness';

// eslint-disable-next-line no-control-regex -- looking for them
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** An item listed twice (IMR013 quotes its title), with an escape sequence that retitles a terminal. */
const TITLE = 'Norco\x1b]0;pwned\x07 10/325mg \u202e#90';
const LETTER = syntheticLetter([{ heading: `${TITLE}:  Upheld` }, { heading: `${TITLE}:  Upheld` }, { heading: '=HYPERLINK("http://x","y"):  Upheld' }]);
const NAME = 'evil\n::error file=x::pwned.txt';

describe('imr-review: file names and letter text in the output (issue 12)', () => {
  let dir: string;
  before(() => {
    dir = tempDir();
    write(dir, NAME, LETTER);
    write(dir, 'not-a-letter\x1b[2J.txt', 'Dear friend,\nnothing to see here.\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: one line per finding, control characters shown as escapes', async () => {
    const r = await inProcess(['check', '--verbose', '.'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n').slice(0, -1);
    assert.ok(lines.length >= 1, 'IMR013 is reported');
    for (const l of lines) assert.match(l, /^evil\\n::error file=x::pwned\.txt:\d+:\d+: (error|warning|info) IMR\d{3}\//);
    assert.ok(lines.some((l) => l.includes('Norco\\x1b]0;pwned\\x07 10/325mg \\u202e#90')), lines.join('\n'));
    assert.ok(!RAW_CONTROL.test(r.stdout), JSON.stringify(r.stdout));
    // stderr: the skipped file (--verbose) and the totals, a line each.
    assert.ok(!RAW_CONTROL.test(r.stderr), JSON.stringify(r.stderr));
    assert.deepStrictEqual(r.stderr.split('\n').slice(0, -1).map((l) => l.split(': ')[0]), ['not-a-letter\\x1b[2J.txt', '1 letter checked']);
  });

  it('names a missing or unreadable file on one line', async () => {
    const r = await inProcess(['check', 'gone\nRun::error::x\x1b]0;t\x07.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.stderr.split('\n')[0], 'gone\\nRun::error::x\\x1b]0;t\\x07.txt: no such file or folder');
    assert.ok(!RAW_CONTROL.test(r.stderr), JSON.stringify(r.stderr));
  });

  it('JSON and SARIF escape control characters already (JSON.stringify)', async () => {
    for (const format of ['json', 'sarif']) {
      const r = await inProcess(['check', '--format', format, '.'], dir);
      // eslint-disable-next-line no-control-regex -- looking for them
      assert.ok(!/[\u0000-\u0009\u000b-\u001f]/.test(r.stdout), format);
      assert.ok(r.stdout.includes('\\u001b'), format);
    }
  });

  it('export: no CSV cell starts a formula, and the Markdown heading is one line', async () => {
    const csv = await inProcess(['export', '--format', 'csv', '.'], dir);
    const cells = csvParseRows(csv.stdout).flat();
    assert.ok(cells.includes(`'=HYPERLINK("http://x","y")`), csv.stdout);
    for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), JSON.stringify(c));
    // The Markdown summary's heading stays one line: the file name's newline is a space there.
    const md = await inProcess(['export', '.'], dir);
    assert.strictEqual(md.stdout.split('\n')[0], '# IMR decision summary: evil ::error file=x::pwned.txt');
  });
});
