// PDF letters in the CLI (issue 15), rendered by the round-trip test's renderer (test/pdf): check
// and export read `.pdf` files as they read `.txt` ones, from their extracted text; a PDF that is
// not a letter is skipped and counted; a bad PDF is one line naming the file, the batch goes on; --max-size and --max-pages refuse before anything
// is extracted; `imr-review text` writes the extracted text; workers extract as the process does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, countReport, renderText, severityText } from '../../src/core';
import { DEFAULT_MAX_PAGES } from '../../src/cli/args';
import { main } from '../../src/cli/main';
import { PDF_WEIGHT, PARALLEL_THRESHOLD, worthWorkers } from '../../src/cli/jobs/workers';
import { loadPdfReader } from '../../src/node/pdfReader';
import { cli, ensureBuilt, fixture, inProcess, tempDir, write } from './harness';
import { encryptedPdf } from '../pdf/badPdfs';
import { renderLetter } from '../pdf/render';

// A synthetic letter whose first item's decision contradicts its rationale (IMR001, an error).
const CONTRADICTORY = 'rules/IMR001/positive-upheld-necessary-single.txt';
const CONSISTENT = 'letters/fd-single-spaced-header.txt';

/** The text the PDF reader gives (what the editor shows and `text` writes). */
async function extracted(bytes: Uint8Array): Promise<string> {
  const r = await (await loadPdfReader()).extractPdfText(bytes, { maxPages: DEFAULT_MAX_PAGES });
  assert.ok(r.ok, `extraction failed: ${r.ok ? '' : r.reason}`);
  return r.text;
}

function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      out.push(path.relative(dir, p));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('imr-review with PDF letters', function () {
  this.timeout(120000);
  before(ensureBuilt);

  let contradictoryPdf: Uint8Array;
  let consistentPdf: Uint8Array;
  let notePdf: Uint8Array;
  before(async () => {
    // Pages of 12 lines, a run a line, footers and a running header: the first item is on page 2.
    contradictoryPdf = (await renderLetter(fixture(CONTRADICTORY), { rendering: 'report-writer', linesPerPage: 12 })).bytes;
    // A run a word, justified.
    consistentPdf = (await renderLetter(fixture(CONSISTENT), { rendering: 'word-processor', linesPerPage: 30 })).bytes;
    notePdf = (await renderLetter('Reading list for the team\n\nA book on gardening.\nA book on birds.', { rendering: 'report-writer' })).bytes;
  });

  /** A folder of letters as published: PDFs, a `.txt`, a PDF that is no letter, and bad `.pdf` files. */
  function batch(): string {
    const dir = tempDir();
    write(dir, 'in/a-contradictory.pdf', Buffer.from(contradictoryPdf));
    write(dir, 'in/b-consistent.PDF', Buffer.from(consistentPdf));
    write(dir, 'in/c-letter.txt', fixture(CONSISTENT));
    write(dir, 'in/d-reading-list.pdf', Buffer.from(notePdf));
    write(dir, 'in/e-encrypted.pdf', Buffer.from(encryptedPdf()));
    write(dir, 'in/f-garbage.pdf', Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage, and no cross-reference table\n'));
    write(dir, 'in/g-not-a-pdf.pdf', 'plain words in a file named .pdf\n');
    write(dir, 'in/node_modules/h.pdf', Buffer.from(contradictoryPdf));
    return dir;
  }

  it('checks the PDFs in a folder: findings name the file and a line of its extracted text; non-letters skipped and counted; bad PDFs one line each, the batch goes on', async () => {
    const dir = batch();
    const before = listing(dir);
    const r = cli(['check', 'in'], dir);
    const text = await extracted(contradictoryPdf);
    const findings = analyze(text).findings;
    assert.ok(findings.some((f) => f.rule === 'IMR001'), 'the PDF letter shows its contradiction');
    const others = [...analyze(await extracted(consistentPdf)).findings, ...analyze(fixture(CONSISTENT)).findings];
    assert.strictEqual(r.stdout, renderText('in/a-contradictory.pdf', findings) + renderText('in/b-consistent.PDF', analyze(await extracted(consistentPdf)).findings) + renderText('in/c-letter.txt', analyze(fixture(CONSISTENT)).findings));
    assert.deepStrictEqual(findings.map((f) => f.rule), analyze(fixture(CONTRADICTORY)).findings.map((f) => f.rule), 'the findings of the letter as text');
    assert.deepStrictEqual(others.filter((f) => f.severity === 'error'), []);
    // The line a finding names is the extracted text's line: the IMR001 heading sits there.
    const imr001 = findings.find((f) => f.rule === 'IMR001')!;
    const named = Number(/^in\/a-contradictory\.pdf:(\d+):\d+: error IMR001\//m.exec(r.stdout)?.[1]);
    assert.strictEqual(named, imr001.range.start.line + 1);
    assert.ok(text.split('\n')[named - 1].trim().length > 0, 'a line of text');
    assert.deepStrictEqual(r.stderr.split('\n').filter(Boolean), [
      'in/e-encrypted.pdf: encrypted PDF: cannot read',
      'in/f-garbage.pdf: damaged PDF: cannot read (Invalid PDF structure)',
      'in/g-not-a-pdf.pdf: not a PDF',
      `3 letters checked: ${severityText(countReport({ file: '', letter: analyze(text).letter, findings: [...findings, ...others] }))} (1 skipped as not a letter, 3 unreadable)`,
    ]);
    assert.strictEqual(r.code, 2, 'unreadable input: exit 2, as for a .txt');
    assert.deepStrictEqual(listing(dir), before, 'nothing written beside the PDFs');

    const json = JSON.parse(cli(['check', '--format', 'json', 'in'], dir).stdout);
    assert.deepStrictEqual(json.skipped, [{ file: 'in/d-reading-list.pdf', message: 'not an IMR determination letter' }]);
    assert.deepStrictEqual(json.errors.map((e: { file: string }) => e.file), ['in/e-encrypted.pdf', 'in/f-garbage.pdf', 'in/g-not-a-pdf.pdf']);
  });

  it('names a PDF given by name that is not a letter, and exits 0 when all else is clean', () => {
    const dir = batch();
    const r = cli(['check', 'in/d-reading-list.pdf', 'in/b-consistent.PDF'], dir);
    assert.strictEqual(r.stderr, 'in/d-reading-list.pdf: skipped: not an IMR determination letter\n1 letter checked: 0 errors, 0 warnings, 0 info (1 skipped as not a letter)\n');
    assert.strictEqual(r.code, 0);
  });

  it('exports PDF letters with each item\'s page and the letter\'s page count (JSON), and a Page column (Markdown)', async () => {
    const dir = batch();
    const r = cli(['export', '--format', 'json', 'in/a-contradictory.pdf', 'in/c-letter.txt'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const [pdf, txt] = JSON.parse(r.stdout).letters;
    const model = analyze(await extracted(contradictoryPdf)).letter;
    assert.ok(model.pageCount !== null && model.pageCount >= 3, `pages: ${model.pageCount}`);
    assert.strictEqual(pdf.pageCount, model.pageCount);
    assert.deepStrictEqual(pdf.items.map((i: { page: number }) => i.page), model.items.map((i) => i.page));
    assert.ok(pdf.items[0].page >= 2, 'the first item is past the first page');
    assert.strictEqual(txt.pageCount, null);
    const md = cli(['export', 'in/a-contradictory.pdf'], dir).stdout;
    assert.match(md, new RegExp(`\\| p\\. ${model.items[0].page} of ${model.pageCount} \\|\\n`));
  });

  it('refuses a PDF over --max-pages or --max-size before reading its pages, naming the option', async () => {
    const dir = batch();
    const text = fixture(CONSISTENT);
    const two = await renderLetter(text, { rendering: 'report-writer', linesPerPage: Math.ceil(text.split('\n').length / 2) + 1 });
    assert.strictEqual(two.pageCount, 2);
    write(dir, 'two.pdf', Buffer.from(two.bytes));
    assert.deepStrictEqual(cli(['check', '--max-pages', '1', 'two.pdf'], dir), { code: 2, stdout: '', stderr: 'two.pdf: 2 pages: more than the page limit of 1 (raise it with --max-pages)\n0 letters checked: 0 errors, 0 warnings, 0 info (1 unreadable)\n' });
    assert.match(cli(['check', '--max-pages', '2', 'two.pdf'], dir).stderr, /^1 letter checked: 0 errors/);
    const pages = cli(['check', '--max-pages', '1', 'in/a-contradictory.pdf', 'in/c-letter.txt'], dir);
    assert.match(pages.stderr, /^in\/a-contradictory\.pdf: \d+ pages: more than the page limit of 1 \(raise it with --max-pages\)$/m);
    assert.match(pages.stderr, /1 letter checked: .* \(1 unreadable\)/);
    assert.strictEqual(pages.code, 2);
    assert.strictEqual(cli(['check', '--max-pages', '50', 'in/a-contradictory.pdf'], dir).code, 1, 'within the limit: read, its error found');
    // Over the size limit, even a damaged file is refused for its size: nothing of it was read.
    write(dir, 'big/damaged.pdf', Buffer.alloc(600 * 1024, 0x25));
    const size = cli(['check', '--max-size', '0.5', 'big/damaged.pdf'], dir);
    assert.strictEqual(size.stderr.split('\n')[0], 'big/damaged.pdf: 0.6 MB is over the 0.5 MB limit (raise it with --max-size)');
    assert.strictEqual(size.code, 2);
  });

  it('validates --max-pages like the other numbers', async () => {
    for (const bad of ['0', '-1', '1.5', 'many', '']) {
      const r = await inProcess(['check', `--max-pages=${bad}`, 'x.pdf'], tempDir());
      assert.strictEqual(r.stderr.split('\n')[0], 'imr-review: --max-pages must be a whole number of pages, 1 or more', bad);
      assert.strictEqual(r.code, 2);
    }
    const reader = await loadPdfReader();
    assert.strictEqual(DEFAULT_MAX_PAGES, reader.DEFAULT_MAX_PAGES, 'the CLI\'s default is the reader\'s');
  });

  describe('text', () => {
    it('writes exactly the extracted text to standard output', async () => {
      const dir = batch();
      const r = cli(['text', 'in/a-contradictory.pdf'], dir);
      assert.strictEqual(r.stdout, await extracted(contradictoryPdf));
      assert.ok(r.stdout.includes('\f'), 'a form feed between pages');
      assert.strictEqual(r.stderr, '');
      assert.strictEqual(r.code, 0);
    });

    it('writes it to a file with -o, never over an existing one without --force', async () => {
      const dir = batch();
      const want = await extracted(consistentPdf);
      const r = cli(['text', 'in/b-consistent.PDF', '-o', 'out/letter.txt'], dir);
      assert.strictEqual(r.code, 2, 'no such folder: refused');
      fs.mkdirSync(path.join(dir, 'out'));
      const ok = cli(['text', 'in/b-consistent.PDF', '-o', 'out/letter.txt'], dir);
      assert.strictEqual(ok.code, 0, ok.stderr);
      assert.strictEqual(ok.stderr, 'in/b-consistent.PDF: text written to out/letter.txt\n');
      assert.strictEqual(fs.readFileSync(path.join(dir, 'out', 'letter.txt'), 'utf8'), want);
      const again = cli(['text', 'in/a-contradictory.pdf', '-o', 'out/letter.txt'], dir);
      assert.strictEqual(again.code, 2);
      assert.match(again.stderr, /use --force to replace it/);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'out', 'letter.txt'), 'utf8'), want, 'left as it was');
      assert.strictEqual(cli(['text', 'in/a-contradictory.pdf', '-o', 'out/letter.txt', '--force'], dir).code, 0);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'out', 'letter.txt'), 'utf8'), await extracted(contradictoryPdf));
    });

    it('names the file and exits 2 when it cannot be read, writing nothing', () => {
      const dir = batch();
      fs.mkdirSync(path.join(dir, 'out'));
      for (const [file, reason] of [
        ['in/e-encrypted.pdf', 'encrypted PDF: cannot read'],
        ['in/g-not-a-pdf.pdf', 'not a PDF'],
        ['in/missing.pdf', 'no such file or folder'],
      ]) {
        const r = cli(['text', file, '-o', 'out/x.txt'], dir);
        assert.strictEqual(r.stderr, `${file}: ${reason}\n`);
        assert.strictEqual(r.code, 2);
        assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'out')), [], 'no file, no temporary file');
      }
      assert.match(cli(['text', '--max-pages', '1', 'in/a-contradictory.pdf'], dir).stderr, /^in\/a-contradictory\.pdf: \d+ pages: more than the page limit of 1 \(raise it with --max-pages\)\n$/);
    });

    it('writes the text of a PDF that is not a letter, and says so', async () => {
      const dir = batch();
      const r = cli(['text', 'in/d-reading-list.pdf'], dir);
      assert.strictEqual(r.stdout, await extracted(notePdf));
      assert.strictEqual(r.stderr, 'in/d-reading-list.pdf: not an IMR determination letter (check and export skip it)\n');
      assert.strictEqual(r.code, 0);
    });

    it('prints a .txt letter as decoded', () => {
      const dir = tempDir();
      write(dir, 'bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixture(CONSISTENT))]));
      const r = cli(['text', 'bom.txt'], dir);
      assert.strictEqual(r.stdout, fixture(CONSISTENT), 'the byte order mark dropped');
      assert.strictEqual(r.code, 0);
    });

    it('shows control characters as escapes on a terminal only, and escapes the file name in messages', async () => {
      const dir = tempDir();
      const hostile = fixture(CONSISTENT).replace('HOW THE IMR', '\x1b]0;owned\x07HOW THE IMR');
      write(dir, 'a.txt', hostile);
      let tty = '';
      const code = await main(['text', 'a.txt'], { stdout: (s) => (tty += s), stderr: () => undefined, stdoutIsTTY: true, cwd: dir, env: {} });
      assert.strictEqual(code, 0);
      assert.ok(tty.includes('\\x1b]0;owned\\x07HOW THE IMR') && !tty.includes('\x1b'), 'escaped on a terminal');
      assert.strictEqual(tty.split('\n').length, hostile.split('\n').length, 'lines kept');
      assert.strictEqual((await inProcess(['text', 'a.txt'], dir)).stdout, hostile, 'exact through a pipe');
      write(dir, 'bad\x1b[2J.pdf', 'not a pdf');
      const r = cli(['text', 'bad\x1b[2J.pdf'], dir);
      assert.strictEqual(r.stderr, 'bad\\x1b[2J.pdf: not a PDF\n');
    });

    it('takes one file and no check or export options', async () => {
      for (const [args, message] of [
        [['text'], 'text: give one file'],
        [['text', 'a.pdf', 'b.pdf'], 'text: give one file'],
        [['text', '--format', 'json', 'a.pdf'], 'text: --format is for check and export'],
        [['text', '--jobs', '2', 'a.pdf'], 'text: --jobs is for check and export'],
      ] as const) {
        const r = await inProcess([...args], tempDir());
        assert.strictEqual(r.stderr.split('\n')[0], `imr-review: ${message}`, args.join(' '));
        assert.strictEqual(r.code, 2);
      }
      const help = await inProcess(['--help'], tempDir());
      assert.match(help.stdout, /imr-review text +\[-o FILE\] \[--force\] \[--max-size MB\] \[--max-pages N\] FILE/);
      assert.match(help.stdout, /--max-pages N \(default 200\)/);
    });
  });

  describe('workers', () => {
    it('use workers for a few dozen PDFs where it takes hundreds of .txt letters', () => {
      const job = (abs: string) => ({ abs, display: abs, explicit: false, relative: abs, configIndex: 0 });
      const pdfs = Math.ceil(PARALLEL_THRESHOLD / PDF_WEIGHT);
      assert.strictEqual(worthWorkers(Array.from({ length: pdfs }, (_, i) => job(`${i}.pdf`))), true);
      assert.strictEqual(worthWorkers(Array.from({ length: pdfs - 1 }, (_, i) => job(`${i}.pdf`))), false);
      assert.strictEqual(worthWorkers(Array.from({ length: pdfs }, (_, i) => job(`${i}.txt`))), false);
      assert.strictEqual(worthWorkers(Array.from({ length: PARALLEL_THRESHOLD }, (_, i) => job(`${i}.txt`))), true);
    });

    it('extract in worker threads with the same output as in-process and as main()', async () => {
      const dir = batch();
      // Enough PDFs for workers (worthWorkers), the bad ones and the non-letter among them.
      for (let i = 0; i < Math.ceil(PARALLEL_THRESHOLD / PDF_WEIGHT); i++) write(dir, `in/more/${String(i).padStart(2, '0')}.pdf`, Buffer.from(i % 2 ? consistentPdf : contradictoryPdf));
      const withWorkers: Record<string, string> = {};
      for (const args of [['check'], ['export', '--format', 'jsonl']]) {
        const one = cli([...args, '--jobs', '1', 'in'], dir);
        const two = cli([...args, '--jobs', '2', 'in'], dir);
        assert.strictEqual(two.stdout, one.stdout, args.join(' '));
        assert.strictEqual(two.stderr, one.stderr, args.join(' '));
        assert.strictEqual(two.code, one.code);
        withWorkers[args[0]] = two.stdout;
        if (args[0] === 'check') assert.match(two.stderr, /^23 letters checked: [1-9]\d* errors, .* \(1 skipped as not a letter, 3 unreadable\)$/m);
      }
      const here = await inProcess(['check', '--jobs', '1', 'in'], dir);
      assert.strictEqual(here.stdout, withWorkers.check, 'main() in-process, extracting in this thread');
    });
  });
});
