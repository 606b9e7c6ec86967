import * as assert from 'assert';
import { analyze, compactPages, comparePositions, parseLetter } from '../../src/core/index';
import { foldingRanges, symbolTree, type SymbolNode } from '../../src/extension/features/outline/symbolTree';
import { escapeMarkdown, explainConclusion, hoverAt, HOW_THIS_WAS_READ, itemHover } from '../../src/extension/features/hover/content';
import { readFixtureLetters } from '../core/helpers';
import { internalWords } from '../core/plainWords';
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

  it('lists the header as one row without children, then the three sections in order', () => {
    assert.deepStrictEqual(
      tree.map((n) => [n.name, n.kind]),
      [
        ['Header', 'File'],
        ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'String'],
        ['CLINICAL CASE SUMMARY', 'String'],
        ['IMR ISSUES, DECISIONS AND RATIONALES', 'String'],
      ],
    );
    // VS Code opens every node with children (outline.collapseItems), so the fields are no nodes.
    assert.deepStrictEqual(tree[0].children, []);
    assert.strictEqual(tree[0].detail, 'Case Number CM99-0000001 · 3 fields');
  });

  it('puts the first item within the first rows of a fully open Outline', () => {
    const rows: SymbolNode[] = [];
    walk(tree, (n) => rows.push(n));
    assert.strictEqual(rows.findIndex((n) => n.name === 'Norco 10/325mg #90'), 5, rows.map((n) => n.name).join(' / '));
  });

  it('has a header row of one field without a count', () => {
    const one = symbolTree(parseLetter(CONTRADICTORY_LETTER.replace(/^Date Assigned.*\n|^UR Denial Date.*\n/gm, '')));
    assert.strictEqual(one[0].detail, 'Case Number CM99-0000001');
  });

  it('puts the reviewer under its section', () => {
    const how = tree[1];
    assert.deepStrictEqual(how.children.map((c) => [c.name, c.kind]), [['Reviewer', 'String']]);
    assert.strictEqual(how.children[0].detail, 'Family Medicine · licensed in Oregon');
  });

  it('nests one symbol per item under the issues section, kinds telling decisions apart', () => {
    const issues = tree[3];
    assert.strictEqual(issues.detail, '2 items');
    assert.deepStrictEqual(
      issues.children.map((c) => [c.name, c.detail, c.kind]),
      [
        ['Norco 10/325mg #90', 'Upheld', 'EnumMember'],
        ['Cervical pillow', 'Overturned', 'Event'],
      ],
    );
    const norco = issues.children[0];
    assert.deepStrictEqual(norco.children.map((c) => c.name), ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']);
    assert.strictEqual(norco.children[1].detail, 'MTUS · Opioids · pp. 74-78');
    // What the rationale concludes, in plain words: the technical reading is the hover's "How this was read".
    assert.strictEqual(norco.children[2].detail, 'not medically necessary');
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
      for (const c of n.children) assert.ok(contains(n.range, c.range), `${c.name} inside ${n.name}`);
    });
  });

  it('gives the whole tree: names, kinds, details, ranges and selection ranges', () => {
    // [name, kind, detail, range, selection range, children]; ranges as "line:character-line:character".
    type Row = [string, string, string, string, string, Row[]?];
    const at = (r: SymbolNode['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
    const rows = (nodes: SymbolNode[]): Row[] =>
      nodes.map((n) => {
        const row: Row = [n.name, n.kind, n.detail, at(n.range), at(n.selectionRange)];
        if (n.children.length > 0) row.push(rows(n.children));
        return row;
      });
    const rationale = 'not medically necessary';
    assert.deepStrictEqual(rows(tree), [
      // The header selects its first label.
      ['Header', 'File', 'Case Number CM99-0000001 · 3 fields', '0:0-2:32', '0:0-0:11'],
      // The reviewer's symbol is the sentence that names the specialty and the licence.
      ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'String', '', '4:0-7:46', '4:0-4:40', [['Reviewer', 'String', 'Family Medicine · licensed in Oregon', '5:90-6:66', '5:90-6:66']]],
      ['CLINICAL CASE SUMMARY', 'String', '', '9:0-11:82', '9:0-9:21'],
      ['IMR ISSUES, DECISIONS AND RATIONALES', 'String', '2 items', '13:0-27:84', '13:0-13:36', [
        ['Norco 10/325mg #90', 'EnumMember', 'Upheld', '16:0-21:60', '16:0-16:18', [
          ['Claims Administrator guideline', 'File', 'MTUS · Opioids · pp. 74-78', '17:0-18:15', '17:0-18:15'],
          ['MAXIMUS guideline', 'File', 'MTUS · Opioids · pp. 74-78', '19:0-19:99', '19:0-19:99'],
          // A rationale selects its concluding sentence.
          ['Decision rationale', 'String', rationale, '20:0-21:60', '21:0-21:60'],
        ]],
        ['Cervical pillow', 'Event', 'Overturned', '23:0-27:84', '23:0-23:15', [
          // "Non" is what the citation reader makes of "Non-MTUS" not followed by "Citation" (a quirk
          // of the parser, reported; fixing it changes these two details).
          ['Claims Administrator guideline', 'File', 'ODG, not based on the MTUS · Non', '24:0-24:96', '24:0-24:96'],
          ['MAXIMUS guideline', 'File', 'ODG, not based on the MTUS · Non; Neck Chapter', '25:0-25:96', '25:0-25:96'],
          ['Decision rationale', 'String', rationale, '26:0-27:84', '27:12-27:84'],
        ]],
      ]],
    ]);
  });

  it('folds the header, the sections, the items and their multi-line parts', () => {
    assert.deepStrictEqual(
      foldingRanges(letter).map((f) => `${f.start}-${f.end}`),
      [
        '0-2', // header
        '4-7', // how-made section
        '9-11', // case summary
        '13-27', // issues section
        '16-21', // Norco item
        '17-18', // its Claims Administrator guideline (two lines; the MAXIMUS one is one line)
        '20-21', // its rationale
        '23-27', // pillow item
        '26-27', // its rationale
      ],
    );
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

    const NORCO_CONCLUDES = 'The rationale concludes the treatment is **not medically necessary**: “Therefore, the request for Norco is not medically necessary.”';
    const HOW_NORCO_WAS_READ = [
      '**How this was read**',
      '',
      '- Cue: “medically necessary”, negated by “not”',
      '- Reading: not medically necessary',
      '- Why: Read from the concluding sentence: cue "medically necessary", negated by "not", so not medically necessary.',
    ].join('\n');

    it('on an item heading: decision, conclusion in plain words quoting the letter, guideline sources', () => {
      const h = hoverAt(analysis, { line: 16, character: 3 });
      assert.ok(h);
      assert.strictEqual(
        h.markdown,
        [
          '**Norco 10/325mg \\#90**: Upheld',
          '',
          'Upheld: the utilization-review denial stands; the treatment is found not medically necessary.',
          '',
          NORCO_CONCLUDES,
          '',
          '**Guidelines**',
          '',
          '- Claims Administrator: MTUS · Opioids · pp. 74-78',
          '- MAXIMUS: MTUS · Opioids · pp. 74-78',
        ].join('\n'),
        'no explanation without an IMR001/IMR006 finding',
      );
      assert.deepStrictEqual(h.range, analysis.letter.items[0].range);
    });

    it('on a heading with IMR001: plain words first, then how the rationale was read', () => {
      const h = hoverAt(analysis, { line: 23, character: 2 });
      assert.ok(h);
      assert.strictEqual(
        h.markdown,
        [
          '**Cervical pillow**: Overturned',
          '',
          'Overturned: the denial is reversed; the treatment is found medically necessary.',
          '',
          NORCO_CONCLUDES.replace('for Norco', 'for a cervical pillow'),
          '',
          '**Guidelines**',
          '',
          '- Claims Administrator: ODG, not based on the MTUS · Non',
          '- MAXIMUS: ODG, not based on the MTUS · Non; Neck Chapter',
          '',
          '---',
          '',
          HOW_NORCO_WAS_READ.replace('for Norco', 'for a cervical pillow'),
        ].join('\n'),
      );
      assert.deepStrictEqual(h.range, analysis.letter.items[1].range);
    });

    it('on the concluding sentence: the conclusion in plain words, then the cue, negators and explanation', () => {
      const c = analysis.letter.items[0].conclusion;
      assert.ok(c.range);
      const h = hoverAt(analysis, c.range.end);
      assert.ok(h);
      assert.strictEqual(h.markdown, [NORCO_CONCLUDES, '', '---', '', HOW_NORCO_WAS_READ].join('\n'));
      assert.ok(h.markdown.includes(escapeMarkdown(c.explanation)));
      assert.deepStrictEqual(h.range, { start: { line: 21, character: 0 }, end: { line: 21, character: 60 } });
    });

    it('on a guideline: source, MTUS basis, topics and pages', () => {
      const h = hoverAt(analysis, { line: 19, character: 5 });
      assert.ok(h);
      assert.strictEqual(h.markdown, ['**MAXIMUS guideline**', '', '- Source: MTUS', '- MTUS basis: based on the MTUS', '- Topics: Opioids', '- Pages: 74-78'].join('\n'));
      assert.deepStrictEqual(h.range, { start: { line: 19, character: 0 }, end: { line: 19, character: 99 } });
    });

    it('elsewhere: nothing', () => {
      assert.strictEqual(hoverAt(analysis, { line: 10, character: 4 }), undefined);
    });

    it('escapes letter text so it cannot inject links, HTML or lists', () => {
      assert.strictEqual(escapeMarkdown('[x](command:evil) <b>'), '\\[x\\]\\(command:evil\\) \\<b\\>');
      assert.strictEqual(escapeMarkdown('- a\n12. b 10/325mg'), '\\- a\n12\\. b 10/325mg');
    });
  });

  describe('in plain words (issue 16, point 4)', () => {
    const letters = readFixtureLetters().map(({ name, text }) => ({ name, letter: parseLetter(text) }));

    it('Outline rows and details: no cue, negator, layout or section id', () => {
      const found: string[] = [];
      for (const { name, letter: l } of letters) {
        walk(symbolTree(l), (n) => {
          const words = internalWords(`${n.name} ${n.detail}`);
          if (words.length) found.push(`${name}: ${n.name} · ${n.detail}`);
        });
      }
      assert.deepStrictEqual(found, []);
    });

    it('hovers: plain words first; the cue and negators only under "How this was read", after them', () => {
      let read = 0;
      for (const { name, letter: l } of letters) {
        for (const item of l.items) {
          assert.deepStrictEqual(internalWords(itemHover(item, l.pageCount)), [], `${name}: ${item.title}`);
          const explained = explainConclusion(item.conclusion);
          const at = explained.indexOf(HOW_THIS_WAS_READ);
          assert.ok(at > 0, `${name}: ${item.title}: "How this was read" after the plain words`);
          assert.deepStrictEqual(internalWords(explained.slice(0, at)), [], `${name}: ${item.title}`);
          if (item.conclusion.cue) {
            assert.ok(explained.slice(at).includes('- Cue: '), 'the technical reading is kept');
            read++;
          }
        }
      }
      assert.ok(read > 10, `conclusions read: ${read}`);
    });
  });
});
