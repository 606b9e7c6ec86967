// Issue 12: letter text and file names must not become a formula in the CSV, markup in the
// Markdown summary, or terminal control in the text output.
import * as assert from 'assert';
import { csvParseRows } from 'd3-dsv';
import { analyze, escapeControls, escapeMarkdownInline, neutralizeCsvCell, renderCsv, renderMarkdown, renderMarkdownAll, renderText, type Finding, type LetterReport } from '../../src/core';
import { renderWorkspace } from '../../src/extension/workspace/export/render';
import { FIXTURES, syntheticLetter } from './helpers';
import * as fs from 'fs';
import * as path from 'path';
import { markdownIt } from '../markdownIt';


/** What a page shows of a piece of HTML: its text with the entities markdown-it writes decoded. */
function shownText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function report(file: string, titles: readonly string[], header?: string[]): LetterReport {
  const text = syntheticLetter(titles.map((t) => ({ heading: `${t}:  Upheld` })), { header });
  return { file, ...analyze(text, { file }) };
}

const fixtureLetter = (name: string): string => fs.readFileSync(path.join(FIXTURES, 'letters', name), 'utf8');

const FORMULAS = ['=HYPERLINK("http://x","y")', '+1', '@SUM(A1:A2)', '-2+3'];

const MARKUP = [
  '<img src="https://tracker.example/p.png"> Norco',
  '![x](https://tracker.example/p.png) Norco',
  '[Open](command:workbench.action.terminal.new) Norco',
  'See https://evil.example/a, www.evil.example, //evil.example/b and reviewer@evil.example',
  '<script>alert(1)</script> Norco',
  '<https://evil.example/autolink>',
  '`code` *em* __strong__ ~~gone~~ $x^2$ &lt;b&gt; a|b back\\slash',
];

describe('output escaping (issue 12)', () => {
  describe('CSV: no cell is a formula', () => {
    it('neutralizeCsvCell puts a quote before = + - @ tab and CR, and leaves other text alone', () => {
      for (const s of [...FORMULAS, '\tX', '\rX']) assert.strictEqual(neutralizeCsvCell(s), `'${s}`);
      for (const s of ['Norco 10/325mg #90', '', '74 75 76', '04/02/2015', 'CM15-0000001', ' =1', "'=1"]) assert.strictEqual(neutralizeCsvCell(s), s);
    });

    it('writes formula-like titles and file names as text, in the CLI\'s CSV and the editor\'s', () => {
      const reports = [report('\tX.txt', FORMULAS), report('\rX.txt', ['Norco 10/325mg #90'])];
      for (const [who, csv] of [['renderCsv', renderCsv(reports)], ['workspace', renderWorkspace(reports, 'csv')]] as const) {
        const rows = csvParseRows(csv);
        const cells = rows.flat();
        for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), `${who}: a cell starts a formula: ${JSON.stringify(c)}`);
        const titleAt = rows[0].indexOf('title');
        assert.deepStrictEqual(rows.slice(1, 1 + FORMULAS.length).map((r) => r[titleAt]), FORMULAS.map((t) => `'${t}`), who);
        assert.deepStrictEqual([...new Set(rows.slice(1, -1).map((r) => r[0]))], ["'\tX.txt", "'\rX.txt"], who);
        // Numbers stay numbers: the item numbers and the counts.
        assert.deepStrictEqual(rows.slice(1, 1 + FORMULAS.length).map((r) => r[rows[0].indexOf('item')]), ['1', '2', '3', '4'], who);
        assert.match(rows[rows.length - 1].slice(-5, -2).join(','), /^\d+,\d+,\d+$/, who);
      }
    });
  });

  describe('Markdown summary: letter text is text', () => {
    it('renders titles, header values and file names as written, with no image, link, HTML or math', () => {
      const file = '[x](command:evil) <img src=x>.txt';
      const r = report(file, MARKUP, ['Case Number:          CM15-0000001', 'Claims Administrator: <img src=https://t.example/p.png>', 'Employee: [Jane](https://evil.example)']);
      assert.deepStrictEqual(r.letter.header.slice(1).map((h) => h.value), ['<img src=https://t.example/p.png>', '[Jane](https://evil.example)']);
      const html = markdownIt({ html: true }).render(renderMarkdownAll([r, report('b.txt', ['Norco'])]));
      // Only the summary's own structure: no <img>, <a>, <script>, <code>, <em>, <s>, attributes.
      const tags = new Set(html.match(/<[^>]*>/g));
      const own = /^<\/?(h1|h2|p|ul|li|strong|table|thead|tbody|tr|th|td|hr)>$/;
      assert.deepStrictEqual([...tags].filter((t) => !own.test(t)), []);
      // Readable: each title is shown exactly as the letter writes it, in its table cell.
      const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((m) => shownText(m[1]));
      for (const title of r.letter.items.map((i) => i.title)) assert.ok(cells.includes(title), `${title} not shown as written`);
      assert.ok(shownText(html).includes(`IMR decision summary: ${file}`), 'the file name is shown as written');
      for (const h of r.letter.header) assert.ok(shownText(html).includes(`${h.label}: ${h.value}`), `${h.label} shown as written`);
    });

    it('escapes what a preview acts on, and keeps a table row one line', () => {
      assert.strictEqual(escapeMarkdownInline('<img> ![a](b) [c](command:d)'), '\\<img\\> \\!\\[a\\](b) \\[c\\](command:d)');
      assert.strictEqual(escapeMarkdownInline('https://a.example www.b.example c@d.example'), 'https:/\\/a.example www\\.b.example c\\@d.example');
      assert.strictEqual(escapeMarkdownInline('Norco 10/325mg #90 (2 refills)'), 'Norco 10/325mg #90 (2 refills)');
      const md = renderMarkdown(report('a.txt', ['Norco']));
      const multiline = { ...report('a.txt', ['Norco']) };
      multiline.letter = { ...multiline.letter, items: multiline.letter.items.map((i) => ({ ...i, title: 'Norco\n| x | y |\n# heading' })) };
      const rows = renderMarkdown(multiline).split('\n').filter((l) => l.startsWith('| 1 |'));
      assert.strictEqual(rows.length, 1);
      assert.match(rows[0], /^\| 1 \| Norco \\\| x \\\| y \\\| # heading \|/);
      assert.ok(md.includes('| 1 | Norco |'));
    });
    it('keeps letter text text in every part of the per-item layout: headings, guidelines, quoted conclusions, findings, cover page', () => {
      const hostile = '<img src=https://t.example/p.png> [x](command:evil) ![i](https://t.example/i.png) https://evil.example';
      const text = syntheticLetter(
        MARKUP.map((t) => ({
          heading: `${t}:  Overturned`,
          maximus: `Decision based on MTUS Chronic Pain Treatment Guidelines, ${hostile}, Page(s): 80.`,
          // Overturned while the rationale ends "not medically necessary": IMR001 quotes this sentence.
          rationale: `The records show no benefit. Therefore, the request for ${hostile} is not medically necessary.`,
        })),
      );
      const r = { file: 'a.txt', ...analyze(text, { file: 'a.txt' }) };
      assert.ok(r.letter.items.every((i) => i.conclusion.text.includes('<img')), 'the conclusions hold the markup');
      assert.ok(r.findings.some((f) => f.message.includes('<img')), 'a finding quotes it');
      const cover = analyze(fixtureLetter('cover-single-spaced-ct.txt').replace('Ibuprofen 800mg #90', `Ibuprofen ${hostile}`).replace('all of the disputed items/services', `all of the disputed items/services (${hostile})`));
      assert.ok(cover.letter.cover?.treatmentsInDispute.some((t) => t.text.includes('<img')) && cover.letter.cover.determinationSentence?.text.includes('<img'), 'the cover page holds the markup');
      const md = renderMarkdownAll([r, { file: 'cover.txt', ...cover }]);
      const html = markdownIt({ html: true }).render(md);
      const tags = new Set(html.match(/<[^>]*>/g));
      const own = /^<\/?(h1|h2|p|ul|li|strong|table|thead|tbody|tr|th|td|hr)>$/;
      assert.deepStrictEqual([...tags].filter((t) => !own.test(t)), []);
      // Each item's heading shows our number and the title as written.
      const headings = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => shownText(m[1]));
      for (const i of r.letter.items) assert.ok(headings.includes(`Item ${i.index + 1} — ${i.title}: Overturned`), `heading of item ${i.index + 1}`);
      // The concluding sentence is quoted as written.
      const shown = shownText(html);
      for (const i of r.letter.items) assert.ok(shown.includes(`Rationale concludes: not medically necessary — “${i.conclusion.text}”`), `conclusion of item ${i.index + 1}`);
      assert.ok(shown.includes(`Ibuprofen ${hostile}`), 'the treatments in dispute as written');
      // Every heading, list item and table row is one line of the source.
      for (const l of md.split('\n')) assert.ok(!/^\s*(<|!|\[|https?:)/.test(l), `a line starts with letter markup: ${l}`);
    });
  });

  describe('text output: one line per finding, no terminal control', () => {
    it('escapeControls shows C0, C1, separators and bidi controls as escapes, and nothing else', () => {
      assert.strictEqual(escapeControls('a\x1b]0;pwned\x07b'), 'a\\x1b]0;pwned\\x07b');
      assert.strictEqual(escapeControls('a\nb\r\tc\x00\x7f\x9b'), 'a\\nb\\r\\tc\\x00\\x7f\\x9b');
      assert.strictEqual(escapeControls('x\u2028y\u2029z\u202ew\u2066v\u200f'), 'x\\u2028y\\u2029z\\u202ew\\u2066v\\u200f');
      const plain = 'Norco 10/325mg “quoted” — é ü 中文 C:/a b\\c $(trash)';
      assert.strictEqual(escapeControls(plain), plain);
    });

    it('renderText keeps a finding to one line whatever the file name and the letter hold', () => {
      // The same item twice (IMR013 quotes its title) and a finding as a rule could word it.
      const r = report('evil\n::error::x.txt', ['Norco\x1b]0;pwned\x07 10/325mg', 'Norco\x1b]0;pwned\x07 10/325mg']);
      const made: Finding = { rule: 'IMR003', name: 'unknown-decision', severity: 'error', message: 'says \x1b[2J\u202eorcoN\n::warning::', range: r.letter.items[0].range };
      const findings = [...r.findings, made];
      assert.ok(r.findings.some((f) => f.message.includes('\x1b')), 'a real finding quotes the title');
      const text = renderText(r.file, findings);
      const lines = text.split('\n');
      assert.strictEqual(lines.length, findings.length + 1);
      for (const l of lines.slice(0, -1)) assert.match(l, /^evil\\n::error::x\.txt:\d+:\d+: (error|warning|info) IMR\d{3}\//);
      // eslint-disable-next-line no-control-regex -- looking for them
      assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/.test(text), JSON.stringify(text));
    });
  });
});
