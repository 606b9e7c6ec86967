// Rebuilding letter lines from a PDF text layer: the three ways producers lay out runs give the same text.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as path from 'path';
import { pdfLines, type TextPage, type TextRun } from '../../src/core/pdf/pdfLines';

type Kind = 'line' | 'word' | 'glyph';
const SIZE = 11;
const LEADING = 13.2;

// The bench's seeded PRNG (mulberry32): every layout is reproducible from its seed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rng } = require(path.resolve(__dirname, '..', '..', '..', 'scripts', 'bench', 'corpus.js')) as { rng(seed: number): () => number };

/** A proportional font's advance widths, roughly. */
function advance(text: string, size: number): number {
  let w = 0;
  for (const c of text) w += size * (c === ' ' ? 0.25 : /[iljt.,:;'!|]/.test(c) ? 0.28 : /[mwMW@%]/.test(c) ? 0.85 : 0.52);
  return w;
}

/** Runs for one line at baseline y: one run (report writer), a run per word or word piece, justified
 *  (word processor), or kerned glyph pieces (typesetter); baselines jitter by a few hundredths of an em. */
function lineRuns(line: string, y: number, kind: Kind, rand: () => number, size = SIZE): TextRun[] {
  if (kind === 'line') return [{ text: line, x: 72, y, width: advance(line, size), fontSize: size }];
  const runs: TextRun[] = [];
  const stretch = rand() < 0.3 ? 0 : rand() * 3 * 0.25 * size; // justification: the same extra in every gap
  let x = 72 + rand() * 2;
  for (const word of line.split(' ')) {
    let rest = word;
    while (rest.length > 0) {
      const n = kind === 'glyph' || rand() < 0.3 ? 1 + Math.floor(rand() * rest.length) : rest.length;
      const piece = rest.slice(0, n);
      rest = rest.slice(n);
      // Word processors sometimes write the space into the word's run.
      const text = rest === '' && kind === 'word' && rand() < 0.4 ? piece + ' ' : piece;
      const jitter = (rand() - 0.5) * 0.1 * size;
      runs.push({ text, x, y: y + jitter, width: advance(text, size), fontSize: size });
      x += advance(text, size) + (kind === 'glyph' ? (rand() - 0.5) * 0.16 * size : 0);
    }
    if (!runs[runs.length - 1].text.endsWith(' ')) x += advance(' ', size);
    x += stretch;
  }
  return runs;
}

/** A page of lines ('' is a paragraph break: one leading of extra space), runs in shuffled order. */
function layout(lines: readonly string[], kind: Kind, seed: number, extra: TextRun[] = []): TextPage {
  const rand = rng(seed);
  let y = 760;
  let runs: TextRun[] = [...extra];
  for (const line of lines) {
    if (line !== '') runs = runs.concat(lineRuns(line, y, kind, rand));
    y -= LEADING;
  }
  for (let i = runs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [runs[i], runs[j]] = [runs[j], runs[i]];
  }
  return { width: 612, height: 792, runs };
}

const EXCERPT = [
  'INDEPENDENT MEDICAL REVIEW FINAL DETERMINATION',
  'Case Number: CM00-0000001 Employee: Jane Fictional',
  '',
  'Dear Ms. Fictional:',
  'The requested treatment was reviewed by a physician who is',
  'board certified in physical medicine and rehabilitation.',
  '',
  '1 Physical therapy twice weekly for six weeks: Overturned',
  'The records describe a new injury of the left knee (MTUS 9792.24.2).',
  'Therefore, the request is medically necessary.',
];

describe('pdfLines', () => {
  it('gives the same lines for report writer, word processor and typesetter runs', () => {
    for (const kind of ['line', 'word', 'glyph'] as const) {
      for (const seed of [1, 2, 3]) {
        const got = pdfLines([layout(EXCERPT, kind, seed)]);
        assert.strictEqual(got.text, EXCERPT.join('\n'), `${kind} layout, seed ${seed}`);
        assert.deepStrictEqual(got.lines, EXCERPT.map(() => ({ page: 1 })));
      }
    }
  });

  it('makes an empty line only where the vertical gap exceeds the line spacing', () => {
    const page = layout(['First line', 'second line', 'third line', '', 'Next paragraph', 'and more'], 'word', 7);
    assert.strictEqual(pdfLines([page]).text, 'First line\nsecond line\nthird line\n\nNext paragraph\nand more');
    // A single gap is the page's spacing, however wide.
    assert.strictEqual(pdfLines([layout(['Alone', '', '', 'Apart'], 'line', 1)]).text, 'Alone\nApart');
  });

  it('finds paragraph breaks on a page of one-line paragraphs and on a short closing page, by the document\'s spacing', () => {
    const body = ['The first page holds', 'one paragraph of', 'several lines', 'set at the', 'document\'s', 'ordinary', 'spacing, line', 'after line,', 'to its end.'];
    const labels = ['Item one: Upheld', '', 'Claims Administrator guideline:', '', 'MAXIMUS guideline:', '', 'Decision rationale:', '', 'Item two: Upheld', '',
      'Claims Administrator guideline:', '', 'MAXIMUS guideline:', '', 'Decision rationale:', '', 'Item three: Overturned', '', 'A rationale of', 'two lines.'];
    const closing = ['Sincerely,', '', 'Dana Fictional, MD', 'Medical Director', '', 'cc: Claims Administrator'];
    const got = pdfLines([layout(body, 'line', 1), layout(labels, 'word', 2), layout(closing, 'glyph', 3)]);
    assert.strictEqual(got.text, [...body, '\f', ...labels, '\f', ...closing].join('\n'));
  });

  it('separates pages with a form feed line, keeps headers and footers, and knows each line\'s page', () => {
    const footer = (n: number): TextRun => ({ text: `Page ${n} of 2`, x: 280, y: 40, width: 40, fontSize: 8 });
    const header: TextRun = { text: 'Case CM00-0000001', x: 400, y: 775, width: 70, fontSize: 8 };
    const pages = [layout(['Dear Mr. Example:', 'Body of page one.'], 'word', 3, [footer(1)]),
      layout(['Body of page two.', 'Sincerely,'], 'glyph', 4, [header, footer(2)])];
    const got = pdfLines(pages);
    assert.strictEqual(got.text, 'Dear Mr. Example:\nBody of page one.\n\nPage 1 of 2\n\f\nCase CM00-0000001\nBody of page two.\nSincerely,\n\nPage 2 of 2');
    assert.deepStrictEqual(got.lines.map((l) => l.page), [1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    assert.strictEqual(got.lines.length, got.text.split('\n').length);
  });

  it('keeps empty pages as page breaks and gives nothing for no pages', () => {
    const got = pdfLines([layout(['One'], 'line', 1), { width: 612, height: 792, runs: [] }, layout(['Three'], 'line', 1)]);
    assert.strictEqual(got.text, 'One\n\f\n\f\nThree');
    assert.deepStrictEqual(got.lines.map((l) => l.page), [1, 2, 3, 3]);
    assert.deepStrictEqual(pdfLines([]), { text: '', lines: [] });
  });

  it('ignores rotated, empty and malformed runs', () => {
    const noise: TextRun[] = [
      { text: 'RECEIVED', x: 300, y: 754, width: 60, fontSize: 20, rotated: true },
      { text: '', x: 0, y: 0, width: 0, fontSize: 0, hasEOL: true },
      { text: 'lost', x: Number.NaN, y: 700, width: 10, fontSize: 11 },
      { text: 'zero', x: 72, y: 680, width: 10, fontSize: 0 },
    ];
    assert.strictEqual(pdfLines([layout(['Upheld.', 'Overturned.'], 'word', 5, noise)]).text, 'Upheld.\nOverturned.');
  });

  it('treats whitespace-only runs as one space, never two, and drops lines of only whitespace', () => {
    const y = 700;
    const runs: TextRun[] = [
      { text: 'Request', x: 72, y, width: 40, fontSize: SIZE },
      { text: ' ', x: 112, y, width: 2.75, fontSize: SIZE },
      { text: 'for', x: 114.75, y, width: 15, fontSize: SIZE },
      { text: '  ', x: 160, y, width: 5.5, fontSize: SIZE }, // a wide justified gap holding a space run
      { text: ' MRI', x: 170, y, width: 22, fontSize: SIZE },
      { text: '   ', x: 72, y: y - LEADING, width: 8, fontSize: SIZE },
      { text: 'Upheld', x: 72, y: y - 2 * LEADING, width: 30, fontSize: SIZE },
      { text: 'Text\nwith\rbreaks', x: 72, y: y - 3 * LEADING, width: 60, fontSize: SIZE },
    ];
    // The whitespace line leaves its vertical gap: an empty line, not a line of spaces.
    assert.strictEqual(pdfLines([{ width: 612, height: 792, runs }]).text, 'Request for MRI\n\nUpheld\nText with breaks');
  });

  it('keeps superscripts and kerned or overlapping pieces on their line, without spaces', () => {
    const y = 700;
    const runs: TextRun[] = [
      { text: 'guideline', x: 72, y, width: 45, fontSize: SIZE },
      { text: '2', x: 117, y: y + 4, width: 4, fontSize: 7 }, // a footnote mark, raised and smaller
      { text: 'says', x: 124, y, width: 20, fontSize: SIZE },
      { text: 'W', x: 72, y: y - LEADING, width: 9.35, fontSize: SIZE },
      { text: 'AVE', x: 80.5, y: y - LEADING + 0.3, width: 18, fontSize: SIZE }, // kerned under the W
    ];
    assert.strictEqual(pdfLines([{ width: 612, height: 792, runs }]).text, 'guideline2 says\nWAVE');
  });

  it('stays linear on a hostile line of 200,000 one-letter runs', function () {
    // Appending to one string and reading its last character made this take about a minute.
    this.timeout(20000);
    const runs: TextRun[] = [];
    for (let i = 0; i < 200000; i++) runs.push({ text: i % 5 === 0 ? ' ' : 'w', x: i * 3, y: 700, width: 2, fontSize: SIZE });
    assert.strictEqual(pdfLines([{ width: 612, height: 792, runs }]).text.length, 200000 - 1);
  });

  it('rebuilds random lines of words whatever the layout, justification and kerning (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.,:;()%#'-]{1,12}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
    // Paragraphs of two lines or more, so ordinary spacing stays the page's typical gap.
    const paragraphs = fc.array(fc.array(line, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(paragraphs, fc.constantFrom<Kind>('line', 'word', 'glyph'), fc.integer(), (paras, kind, seed) => {
      const lines = paras.flatMap((p, i) => (i === 0 ? p : ['', ...p]));
      assert.strictEqual(pdfLines([layout(lines, kind, seed)]).text, lines.join('\n'));
    }), { numRuns: 300 });
  });
});
