// The cover page in the Outline, the folding ranges and the summaries (Markdown, CSV, JSON).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, comparePositions, CSV_COLUMNS, coverDetail, injuryText, renderCsv, renderJson, renderMarkdown } from '../../src/core/index';
import { foldingRanges, symbolTree, type SymbolNode } from '../../src/extension/features/outline/symbolTree';
import { FIXTURES } from '../core/helpers';

const read = (name: string) => fs.readFileSync(path.join(FIXTURES, 'letters', name), 'utf8');
const inside = (outer: SymbolNode['range'], inner: SymbolNode['range']) =>
  comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;

describe('the cover page, shown', () => {
  const text = read('cover-single-spaced-ct.txt');
  const { letter, findings } = analyze(text);
  const report = { file: 'cover.txt', letter, findings };

  it('is one Outline row, no children, its detail the determination, selecting the Final Determination', () => {
    const tree = symbolTree(letter);
    const cover = tree[0];
    assert.deepStrictEqual([cover.name, cover.kind, cover.detail], ['Cover page', 'File', 'OVERTURN · all of the items necessary']);
    assert.ok(!tree.some((n) => n.name === 'Header'), 'the header fields are shown once, as the cover page');
    // VS Code opens every node with children (outline.collapseItems): the fields would fill the Outline.
    assert.deepStrictEqual(cover.children, []);
    assert.ok(letter.cover?.determination);
    assert.deepStrictEqual(cover.selectionRange, letter.cover.determination.range);
    assert.ok(inside(cover.range, cover.selectionRange));
    const first = tree.findIndex((n) => n.children.some((c) => c.kind === 'Event' || c.kind === 'EnumMember'));
    assert.ok(first > 0 && tree.slice(0, first).every((n) => n.children.length <= 1), 'the items come after a few rows');
    assert.ok(foldingRanges(letter).some((f) => f.start === cover.range.start.line && f.end === cover.range.end.line), 'the cover page folds in the editor');
  });

  it('is a short block in the Markdown summary', () => {
    const md = renderMarkdown(report);
    assert.ok(md.includes('## Cover page\n\n- **Case number:** CM16-0220931\n- **Final Determination:** OVERTURN — “This means we decided that all of'), md);
    assert.ok(md.includes('- **Treatments in dispute:** Ibuprofen 800mg #90; Electromyography of the bilateral upper extremities'));
    const plain = renderMarkdown({ file: 'x.txt', ...analyze(read('fd-single-spaced-header.txt')) });
    assert.ok(!plain.includes('## Cover page'));
  });

  it('adds CSV columns at the end of every row, the earlier columns where they were', () => {
    assert.deepStrictEqual(CSV_COLUMNS.slice(-2), ['overall_determination', 'overall_scope']);
    assert.strictEqual(CSV_COLUMNS.indexOf('infos'), 15);
    const rows = renderCsv([report]).trim().split('\n');
    assert.ok(rows[1].endsWith(',0,0,0,OVERTURN,all'), rows[1]);
    assert.ok(rows[rows.length - 1].endsWith(',,'), 'the totals row has the columns, empty');
  });

  it('is an additive `cover` object in the JSON, absent for letters without one', () => {
    const json = JSON.parse(renderJson([report, { file: 'plain.txt', ...analyze(read('fd-single-spaced-header.txt')) }]));
    const cover = json.letters[0].cover;
    assert.strictEqual(json.schemaVersion, 1);
    assert.deepStrictEqual(Object.keys(cover), ['range', 'fields', 'injury', 'treatmentsInDispute', 'determination', 'determinationSentence', 'letterDate']);
    assert.deepStrictEqual(cover.injury.cumulative, true);
    assert.strictEqual(cover.determination.value, 'OVERTURN');
    assert.strictEqual(cover.determinationSentence.scope, 'all');
    assert.strictEqual(cover.letterDate.date, '2016-10-03');
    assert.ok(!('cover' in json.letters[1]));
  });

  it('has words for the injury period and a missing determination', () => {
    assert.strictEqual(injuryText(letter.cover?.injury ?? null), 'CT 2012-01 to 2014-06-30');
    assert.strictEqual(coverDetail({ determination: null, determinationSentence: null }), 'no overall determination');
  });
});
