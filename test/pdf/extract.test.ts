// The PDF reader (src/pdf/extract.ts): a letter's text and pages back from a PDF, and every kind of
// bad input ending in its problem and one-line reason. The bombs run against dist/pdf.js as built
// by esbuild.js (into a temporary folder), since the bundle's pdf.js is the one that bounds them.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loadPdfReader, type PdfReader } from '../../src/node/pdfReader';
import * as bad from './badPdfs';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** A fictional determination, two pages, mostly single spaced; '' is a blank line (a paragraph break). */
const PAGES = [
  ['Independent Medical Review Final Determination Letter', '', 'Employee: Rowan Testwell', 'Case Number: CM00-0099999',
    'Date of Injury: 03/14/2019', '', 'Dear Rowan Testwell:', '', 'Treatment: Ibuprofen 800mg #90', 'Decision: Upheld', 'Reviewer: Internal Medicine'],
  ['Case Number: CM00-0099999', '', 'Treatment: Acupuncture, six sessions', 'Decision: Overturned', 'Reviewer: Physical Medicine', '', 'Page 2 of 2'],
];

async function letterPdf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    lines.forEach((line, i) => {
      if (line !== '') page.drawText(line, { x: 72, y: 720 - 14 * i, size: 11, font });
    });
  }
  return doc.save();
}

async function refused(reader: PdfReader, bytes: Uint8Array, options: { maxPages: number; maxChars?: number } = { maxPages: 200 }): Promise<{ problem: string; reason: string }> {
  const r = await reader.extractPdfText(bytes, options);
  assert.ok(!r.ok, 'expected a refusal');
  assert.ok(!r.reason.includes('\n'), 'a reason is one line');
  return { problem: r.problem, reason: r.reason };
}

describe('PDF reader', function () {
  this.timeout(60000);
  let reader: PdfReader;
  before(async () => {
    reader = await loadPdfReader();
  });

  it('reads a letter back to its lines, a form feed line between pages, and the page of each line', async () => {
    const bytes = await letterPdf(PAGES);
    const size = bytes.length;
    const r = await reader.extractPdfText(bytes, { maxPages: 200 });
    assert.ok(r.ok);
    const expected = [...PAGES[0], '\f', ...PAGES[1]];
    assert.deepStrictEqual(r.text.split('\n'), expected);
    assert.strictEqual(r.pageCount, 2);
    assert.deepStrictEqual(r.lines.map((l) => l.page), [...PAGES[0].map(() => 1), 2, ...PAGES[1].map(() => 2)]);
    assert.strictEqual(bytes.length, size, "the caller's bytes are not detached");
  });

  it('looks for "%PDF-" within the first 1024 bytes only', () => {
    const at = (offset: number): Uint8Array => bad.concat([new Uint8Array(offset).fill(0x20), new TextEncoder().encode('%PDF-1.7')]);
    assert.strictEqual(reader.looksLikePdf(at(0)), true);
    assert.strictEqual(reader.looksLikePdf(at(1019)), true);
    assert.strictEqual(reader.looksLikePdf(at(1020)), false);
    assert.strictEqual(reader.looksLikePdf(new TextEncoder().encode('%PDF')), false);
  });

  it('refuses a file that is not a PDF', async () => {
    assert.deepStrictEqual(await refused(reader, new TextEncoder().encode('Dear Rowan Testwell:\n')), { problem: 'not-pdf', reason: 'not a PDF' });
  });

  it('refuses an encrypted PDF whose empty password does not open it', async () => {
    assert.deepStrictEqual(await refused(reader, bad.encryptedPdf()), { problem: 'encrypted', reason: 'encrypted PDF: cannot read' });
  });

  it('refuses a scan (pages holding only an image) as having no text layer', async () => {
    assert.deepStrictEqual(await refused(reader, await bad.scannedPdf()), { problem: 'no-text', reason: 'no text layer (a scanned image?): run OCR first' });
  });

  it('refuses a PDF cut in half as damaged', async () => {
    const whole = await letterPdf(PAGES);
    const r = await refused(reader, whole.subarray(0, whole.length >> 1));
    assert.strictEqual(r.problem, 'damaged');
    assert.match(r.reason, /^damaged PDF: cannot read( \([^)]*\))?$/);
  });

  it('refuses more pages than the limit from the page count, before reading any page', async () => {
    assert.deepStrictEqual(await refused(reader, await bad.pagesPdf(201)), { problem: 'too-many-pages', reason: '201 pages: more than the page limit of 200' });
    // Within the page limit, its first page is already over a 1-character size limit.
    const three = await bad.pagesPdf(3);
    assert.strictEqual((await refused(reader, three, { maxPages: 2, maxChars: 1 })).problem, 'too-many-pages');
    assert.strictEqual((await refused(reader, three, { maxPages: 3, maxChars: 1 })).problem, 'too-large');
  });

  it('stops at the size limit in characters', async () => {
    const r = await refused(reader, await letterPdf(PAGES), { maxPages: 200, maxChars: 100 });
    assert.deepStrictEqual(r, { problem: 'too-large', reason: 'more than 100 characters of text: over the size limit' });
  });

  it('ends a page tree cycle, 100,000 nested arrays, an xref loop and a form drawing itself', async () => {
    assert.deepStrictEqual(await refused(reader, bad.pageTreeCyclePdf()), { problem: 'damaged', reason: 'damaged PDF: cannot read (Pages tree contains circular reference)' });
    assert.deepStrictEqual(await refused(reader, bad.nestedArraysPdf(100000)), { problem: 'damaged', reason: 'damaged PDF: cannot read (nested too deeply)' });
    const loop = await reader.extractPdfText(bad.xrefLoopPdf(), { maxPages: 200 });
    assert.deepStrictEqual(loop.ok && loop.text, 'Loop');
    const form = await reader.extractPdfText(bad.selfDrawingFormPdf(), { maxPages: 200 });
    assert.deepStrictEqual(form.ok && form.text, 'Outside\nInside');
  });
});

describe('PDF reader bundle (dist/pdf.js)', function () {
  this.timeout(120000);
  let dir: string;
  let bundle: PdfReader;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-pdf-'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bundleTargets } = require(path.join(ROOT, 'esbuild.js')) as { bundleTargets(o: object): { outfile: string }[] };
    const target = bundleTargets({ production: true, root: ROOT, outDir: dir }).find((t) => path.basename(t.outfile) === 'pdf.js');
    assert.ok(target);
    await esbuild.build(target);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    bundle = require(target.outfile) as PdfReader;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads in Node without a word on the console, and reads a letter', async () => {
    const file = path.join(dir, 'pdf.js');
    const r = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(file)})`], { encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([r.status, r.stdout, r.stderr], [0, '', '']);
    const read = await bundle.extractPdfText(await letterPdf(PAGES), { maxPages: 200 });
    assert.deepStrictEqual(read.ok && read.text.split('\n'), [...PAGES[0], '\f', ...PAGES[1]]);
  });

  it("is what a Node bundle's loadPdfReader() requires: ./pdf.js beside it, not a copy inlined", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const esbuild = require('esbuild') as typeof import('esbuild');
    const cli = path.join(dir, 'reader-user.js');
    const node = { platform: 'node', format: 'cjs', target: 'node20' } as const;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bundleTargets } = require(path.join(ROOT, 'esbuild.js')) as { bundleTargets(o: object): { outfile: string; plugins: unknown[] }[] };
    const plugins = bundleTargets({ root: ROOT, outDir: dir }).find((t) => path.basename(t.outfile) === 'cli.js')?.plugins;
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'node', 'pdfReader.ts')], outfile: cli, bundle: true, absWorkingDir: ROOT, ...node, plugins } as import('esbuild').BuildOptions);
    assert.ok(fs.statSync(cli).size < 4096, 'pdf.js is not inlined');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { loadPdfReader: load } = require(cli) as { loadPdfReader(): Promise<PdfReader> };
    assert.strictEqual(await load(), bundle);
  });

  it('stops a content stream inflating past 32 MB (spaces, operators, text, a filter chain)', async () => {
    const reason = 'a stream inflates past 32 MB: over the size limit';
    for (const pdf of [bad.flateBombPdf(' ', 300), bad.flateBombPdf('q Q ', 40), bad.flateBombPdf('BT /F1 12 Tf 72 700 Td (Lorem ipsum) Tj ET ', 40),
      bad.flateBombPdf(' ', 40, '[/FlateDecode /RunLengthDecode]')]) {
      assert.deepStrictEqual(await refused(bundle, pdf), { problem: 'too-large', reason });
    }
  });

  it('refuses a page whose content streams together inflate past 32 MB (pdf.js would keep the text before)', async () => {
    const bomb = bad.stream('/Filter /FlateDecode', bad.flateBomb(' ', 20));
    const text = bad.stream('', new TextEncoder().encode('BT /F1 12 Tf 72 700 Td (Before) Tj ET'));
    const pdf = bad.pdfFile(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [6 0 R 4 0 R 4 0 R] /Resources << /Font << /F1 5 0 R >> >> >>',
      bomb, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', text]);
    assert.deepStrictEqual(await refused(bundle, pdf), { problem: 'too-large', reason: 'a stream inflates past 32 MB: over the size limit' });
  });

  it('stops text past the size limit within a stream under 32 MB', async () => {
    const r = await refused(bundle, bad.flateBombPdf('BT /F1 12 Tf 72 700 Td (Lorem ipsum) Tj ET ', 8), { maxPages: 200, maxChars: 100000 });
    assert.deepStrictEqual(r, { problem: 'too-large', reason: 'more than 100000 characters of text: over the size limit' });
  });
});
