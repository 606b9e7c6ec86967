import * as assert from 'assert';
import { analyze, compactPages, comparePositions, parseLetter } from '../../src/core/index';
import { foldingRanges, symbolTree, type SymbolNode } from '../../src/extension/features/outline/symbolTree';
import { escapeMarkdown, hoverAt } from '../../src/extension/features/hover/content';
import { CONTRADICTORY_LETTER } from './letters';

function contains(outer: SymbolNode['range'], inner: SymbolNode['range']): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function walk(nodes: SymbolNode[], f: (n: SymbolNode) => void): void {
  for (const n of nodes) {
    f(n);
    walk(n.children, f);
  }
}

describe('outline, folding and hover data', () => {
  const letter = parseLetter(CONTRADICTORY_LETTER);
  const tree = symbolTree(letter);

  it('lists the header, then the three sections in order', () => {
    assert.deepStrictEqual(
      tree.map((n) => [n.name, n.kind]),
      [
        ['Header', 'Namespace'],
        ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'Module'],
        ['CLINICAL CASE SUMMARY', 'Module'],
        ['IMR ISSUES, DECISIONS AND RATIONALES', 'Module'],
      ],
    );
    assert.deepStrictEqual(tree[0].children.map((c) => [c.name, c.detail, c.kind]), [
      ['Case Number', 'CM99-0000001', 'Field'],
      ['Date Assigned', '04/02/2015', 'Field'],
      ['UR Denial Date', '03/20/2015', 'Field'],
    ]);
  });

  it('puts the reviewer under its section', () => {
    const how = tree[1];
    assert.deepStrictEqual(how.children.map((c) => [c.name, c.kind]), [['Reviewer', 'Property']]);
    assert.strictEqual(how.children[0].detail, 'Family Medicine · licensed in Oregon');
  });

  it('nests one symbol per item under the issues section, kinds telling decisions apart', () => {
    const issues = tree[3];
    assert.strictEqual(issues.detail, '2 items');
    assert.deepStrictEqual(
      issues.children.map((c) => [c.name, c.detail, c.kind]),
      [
        ['Norco 10/325mg #90', 'Upheld', 'Constant'],
        ['Cervical pillow', 'Overturned', 'Event'],
      ],
    );
    const norco = issues.children[0];
    assert.deepStrictEqual(norco.children.map((c) => c.name), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
    assert.strictEqual(norco.children[1].detail, 'MTUS · Opioids · pp. 74-78');
    assert.strictEqual(norco.children[2].detail, 'not medically necessary · cue "medically necessary"');
  });

  it('marks items without a decision, quoting an unreadable decision word', () => {
    const t = symbolTree(parseLetter(CONTRADICTORY_LETTER.replace('#90:  Upheld', '#90:  Uphled')));
    const norco = t[3].children[0];
    assert.strictEqual(norco.kind, 'Null');
    assert.strictEqual(norco.detail, 'no decision ("Uphled")');
  });

  it('keeps every selection range inside its range and every child inside its parent', () => {
    walk(tree, (n) => {
      assert.ok(contains(n.range, n.selectionRange), `${n.name}: selection inside range`);
      for (const c of n.children) if (n.name !== 'Header') assert.ok(contains(n.range, c.range), `${c.name} inside ${n.name}`);
      assert.ok(n.name.length > 0);
    });
  });

  it('folds the header, the sections, the items and their multi-line parts', () => {
    const folds = foldingRanges(letter);
    const has = (start: number, end: number) => folds.some((f) => f.start === start && f.end === end);
    assert.ok(has(0, 2), 'header');
    assert.ok(has(4, 7), 'how-made section');
    assert.ok(has(13, 27), 'issues section');
    assert.ok(has(16, 21), 'Norco item');
    assert.ok(has(23, 27), 'pillow item');
    assert.ok(has(20, 21), 'Norco rationale');
    assert.ok(folds.every((f) => f.end > f.start));
    assert.strictEqual(new Set(folds.map((f) => `${f.start}:${f.end}`)).size, folds.length, 'no duplicates');
  });

  it('compacts page lists, each page once, the same in the Outline and the summary', () => {
    assert.strictEqual(compactPages([88, 74, 75, 76, 77, 78]), '74-78, 88');
    assert.strictEqual(compactPages([3]), '3');
    // The summary's copy kept duplicates: "74, 74-75" there, "74-75" in the Outline.
    assert.strictEqual(compactPages([74, 74, 75]), '74-75');
    assert.strictEqual(compactPages([75, 74, 74, 75, 90, 90]), '74-75, 90');
  });

  describe('hover', () => {
    const analysis = analyze(CONTRADICTORY_LETTER);

    it('on an item heading: decision, conclusion with cue, guideline sources', () => {
      const h = hoverAt(analysis, { line: 16, character: 3 });
      assert.ok(h);
      assert.match(h.markdown, /^\*\*Norco 10\/325mg \\#90\*\*: Upheld/);
      assert.match(h.markdown, /not medically necessary · cue "medically necessary"/);
      assert.match(h.markdown, /MAXIMUS: MTUS · Opioids · pp\. 74-78/);
      assert.doesNotMatch(h.markdown, /How the conclusion was read/, 'no explanation without an IMR001/IMR006 finding');
      assert.deepStrictEqual(h.range, analysis.letter.items[0].range);
    });

    it('on a heading with IMR001: explains how the rationale was read', () => {
      const h = hoverAt(analysis, { line: 23, character: 2 });
      assert.ok(h);
      assert.match(h.markdown, /Cervical pillow\*\*: Overturned/);
      assert.match(h.markdown, /How the conclusion was read/);
      assert.match(h.markdown, /Cue: “medically necessary”, negated by “not”/);
    });

    it('on the concluding sentence: the cue, negators and explanation', () => {
      const c = analysis.letter.items[0].conclusion;
      assert.ok(c.range);
      const h = hoverAt(analysis, c.range.end);
      assert.ok(h);
      assert.match(h.markdown, /^\*\*How the conclusion was read\*\*/);
      assert.match(h.markdown, /Reading: \*\*not medically necessary\*\*/);
      assert.ok(h.markdown.includes(escapeMarkdown(c.explanation)));
    });

    it('on a guideline: source, MTUS basis, topics and pages', () => {
      const h = hoverAt(analysis, { line: 19, character: 5 });
      assert.ok(h);
      assert.match(h.markdown, /^\*\*MAXIMUS guideline\*\*/);
      assert.match(h.markdown, /Source: MTUS/);
      assert.match(h.markdown, /MTUS basis: based on the MTUS/);
      assert.match(h.markdown, /Pages: 74-78/);
    });

    it('elsewhere: nothing', () => {
      assert.strictEqual(hoverAt(analysis, { line: 10, character: 4 }), undefined);
    });

    it('escapes letter text so it cannot inject links, HTML or lists', () => {
      assert.strictEqual(escapeMarkdown('[x](command:evil) <b>'), '\\[x\\]\\(command:evil\\) \\<b\\>');
      assert.strictEqual(escapeMarkdown('- a\n12. b 10/325mg'), '\\- a\n12\\. b 10/325mg');
    });
  });
});
