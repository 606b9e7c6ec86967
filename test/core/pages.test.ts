// The pages of a letter read from a PDF (issue 15): Letter.pageCount is 1 + the form feeds that open
// a page, Item.page the page its heading starts on; both null for a text with no form feed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, JsonStream, LetterAnalyzer, pageLabel, parseLetter, renderJson, renderMarkdown } from '../../src/core';
import { FIXTURES, syntheticLetter } from './helpers';

const ITEMS = [
  { heading: 'Tramadol 50mg #60: Upheld' },
  { heading: 'Physical therapy, eight sessions for the neck: Overturned', rationale: 'Therapy helped before. Therefore, the request is medically necessary.' },
  { heading: 'Lumbar MRI: Upheld' },
];

/** The synthetic letter with `pageBreak` put before the heading of each item listed in `before`. */
function paged(before: number[], pageBreak: (heading: string) => string[]): string {
  const lines = syntheticLetter(ITEMS).split('\n');
  const out: string[] = [];
  for (const l of lines) {
    const i = ITEMS.findIndex((it) => it.heading === l);
    if (before.includes(i)) out.push(...pageBreak(l));
    else out.push(l);
  }
  return out.join('\n');
}

// Our reader: a line holding only a form feed between pages.
const alone = (heading: string) => ['\f', heading];
// pdftotext: the form feed opens the next page's first line.
const opening = (heading: string) => [`\f${heading}`];

function pages(text: string) {
  const l = parseLetter(text);
  return { pageCount: l.pageCount, pages: l.items.map((i) => i.page), titles: l.items.map((i) => i.title) };
}

describe('pages: the page of each item in a letter read from a PDF', () => {
  it('has none for a text without form feeds', () => {
    assert.deepStrictEqual(pages(syntheticLetter(ITEMS)), { pageCount: null, pages: [null, null, null], titles: ITEMS.map((i) => i.heading.replace(/:.*$/, '')) });
  });

  it("counts a '\\f' alone on a line between pages (pdfLines)", () => {
    const p = pages(paged([1, 2], alone));
    assert.deepStrictEqual(p.pages, [1, 2, 3]);
    assert.strictEqual(p.pageCount, 3);
    assert.strictEqual(p.titles[1], 'Physical therapy, eight sessions for the neck');
  });

  it("counts a '\\f' opening a page's first line (pdftotext), and not the one ending the last page", () => {
    const p = pages(`${paged([2], opening)}\n\f`);
    assert.deepStrictEqual(p.pages, [1, 1, 2]);
    assert.strictEqual(p.pageCount, 2);
    assert.strictEqual(p.titles[2], 'Lumbar MRI');
  });

  it('counts page breaks inside an item for the items after it, not for the item itself', () => {
    // A page ends inside the first rationale: its item starts on page 1, the next on page 2.
    const text = syntheticLetter(ITEMS).replace('The records show no benefit.', 'The records show\n\f\nno benefit.');
    const p = pages(text);
    assert.deepStrictEqual(p.pages, [1, 2, 2]);
    assert.strictEqual(p.pageCount, 2);
  });

  it('counts form feeds before the first section (a cover page) and with CRLF line ends', () => {
    const text = paged([1], alone).replace('HOW THE IMR FINAL', 'Dear Ms. Quill:\n\fHOW THE IMR FINAL').replace(/\n/g, '\r\n');
    assert.deepStrictEqual(pages(text).pages, [2, 3, 3]);
    assert.strictEqual(pages(text).pageCount, 3);
  });

  it('gives the single item of a professional-review letter its page', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'letters', 'professional-review.txt'), 'utf8').replace('\nISSUE AT DISPUTE:', '\n\f\nISSUE AT DISPUTE:');
    const p = pages(text);
    assert.deepStrictEqual(p.pages, [2]);
    assert.strictEqual(p.pageCount, 2);
  });

  it('moves an unchanged item to its new page when a page break is added above it (LetterAnalyzer reuse)', () => {
    const a = new LetterAnalyzer();
    const before = paged([2], alone);
    assert.deepStrictEqual(a.analyze(before).letter.items.map((i) => i.page), [1, 1, 2]);
    // Same lines, same line count: a space in the first rationale becomes a form feed.
    const after = before.replace('The records show no', 'The records show\fno');
    assert.deepStrictEqual(a.analyze(after).letter.items.map((i) => i.page), [1, 2, 3]);
    assert.deepStrictEqual(parseLetter(after).items.map((i) => i.page), [1, 2, 3]);
  });

  it('counts many page breaks (the time bound is the perf suite\'s: only form feeds and CRs)', () => {
    const n = 50_000;
    const l = parseLetter('\f\n'.repeat(n) + paged([1], alone));
    assert.strictEqual(l.pageCount, n + 2);
    assert.deepStrictEqual(l.items.map((i) => i.page), [n + 1, n + 2, n + 2]);
  });

  it('labels a page as "p. 3 of 6"', () => {
    assert.strictEqual(pageLabel(3, 6), 'p. 3 of 6');
    assert.strictEqual(pageLabel(1, null), 'p. 1');
    assert.strictEqual(pageLabel(null, null), '');
    assert.strictEqual(pageLabel(null, 4), '');
  });

  it('names each item\'s page in the JSON (page, pageCount) and the Markdown (a Page column) of a paged letter only', () => {
    const report = (text: string) => ({ file: 'a.pdf', ...analyze(text) });
    const json = JSON.parse(renderJson([report(paged([2], alone))]));
    assert.strictEqual(json.letters[0].pageCount, 2);
    assert.deepStrictEqual(json.letters[0].items.map((i: { page: number }) => i.page), [1, 1, 2]);
    const stream = new JsonStream();
    assert.strictEqual(stream.begin() + stream.add(report(paged([2], alone))) + stream.end(), renderJson([report(paged([2], alone))]), 'the stream writes the same bytes');
    const plain = JSON.parse(renderJson([report(syntheticLetter(ITEMS))]));
    assert.strictEqual(plain.letters[0].pageCount, null);
    assert.deepStrictEqual(plain.letters[0].items.map((i: { page: null }) => i.page), [null, null, null]);

    const md = renderMarkdown(report(paged([2], alone))).split('\n');
    assert.ok(md.some((l) => l.startsWith('| Item | Treatment |') && l.endsWith('| Page |')), 'a Page column');
    assert.match(md.find((l) => l.startsWith('| 3 | Lumbar MRI |')) ?? '', /\| p\. 2 of 2 \|$/);
    assert.match(md.find((l) => l.startsWith('| 1 | Tramadol')) ?? '', /\| p\. 1 of 2 \|$/);
    // The item's own section says it too.
    assert.strictEqual(md[md.findIndex((l) => l.startsWith('## Item 3 — Lumbar MRI')) + 2], '- **Page:** p. 2 of 2');
    assert.ok(!renderMarkdown(report(syntheticLetter(ITEMS))).includes('Page |'), 'no Page column for a text without pages');
  });
});
