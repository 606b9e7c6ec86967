// The desktop PDF extractor (src/extension/pdf/extractor.ts): the text comes from a worker thread
// (the compiled pdfWorker.js under out/, dist/pdf-worker.js when bundled), bad input gives its
// reason, queued PDFs all settle, and the caller's bytes stay usable.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createPdfExtractor, type PdfExtractor } from '../../src/extension/pdf/extractor';
import { letterPdf } from '../suite/pdfFixtures';

const LETTER = path.resolve(__dirname, '../../../test/suite/fixtures/letters/consistent-knee.txt');

describe('PDF extractor of the desktop extension (worker thread)', function () {
  this.timeout(60000);
  let extractor: PdfExtractor;
  let pdf: Uint8Array;
  before(async () => {
    extractor = createPdfExtractor();
    pdf = await letterPdf(fs.readFileSync(LETTER, 'utf8'));
  });
  after(() => extractor.dispose());

  it('extracts the letter text in a worker and leaves the caller its bytes', async () => {
    const before = pdf.length;
    const r = await extractor.extract(pdf, 200, 1048576);
    assert.ok(r.ok, !r.ok ? r.reason : '');
    assert.match(r.text, /Tramadol 50mg #120/);
    assert.strictEqual(pdf.length, before, 'the bytes are copied, not taken');
  });

  it('gives the reason of a bad PDF, and the queue goes on', async () => {
    const results = await Promise.all([
      extractor.extract(new TextEncoder().encode('plain text, no PDF'), 200, 1048576),
      extractor.extract(pdf.slice(0, Math.floor(pdf.length / 3)), 200, 1048576),
      extractor.extract(pdf, 0, 1048576),
      extractor.extract(pdf, 200, 1048576),
    ]);
    assert.deepStrictEqual(
      results.map((r) => (r.ok ? 'ok' : r.problem)),
      ['not-pdf', 'damaged', 'too-many-pages', 'ok'],
    );
  });

  it('reads an urgent PDF (one a user opens) before those queued earlier', async () => {
    const order: string[] = [];
    const job = (name: string, urgent: boolean) => extractor.extract(pdf, 200, 1048576, { urgent }).then(() => order.push(name));
    await Promise.all([job('first', false), job('queued', false), job('queued too', false), job('urgent', true)]);
    assert.deepStrictEqual(order, ['first', 'urgent', 'queued', 'queued too']);
  });

  it('settles what is still queued when disposed', async () => {
    const mine = createPdfExtractor();
    const pending = [mine.extract(pdf, 200, 1048576), mine.extract(pdf, 200, 1048576)];
    mine.dispose();
    for (const r of await Promise.all(pending)) assert.ok(!r.ok && /shutting down/.test(r.reason));
  });
});
