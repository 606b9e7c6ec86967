// The presentation layer (core/present): one set of phrases for pages, guidelines, decisions and
// conclusions, and every surface (Outline, hovers, Markdown and CSV summaries) built from it.
import * as assert from 'assert';
import { csvParseRows } from 'd3-dsv';
import * as fs from 'fs';
import * as path from 'path';
import {
  analyze,
  basisText,
  compactPages,
  conclusionLabel,
  conclusionSummary,
  csvRowsOf,
  curlyQuote,
  decisionCounts,
  decisionLabel,
  escapeMarkdownInline,
  guidelineLabel,
  mtusBasisWords,
  necessityWords,
  negationWords,
  pageNumbers,
  pagesLabel,
  renderCsv,
  renderMarkdown,
  renderMarkdownAll,
  type Citation,
  type Conclusion,
  type LetterReport,
} from '../../src/core';
import { symbolTree, type SymbolNode } from '../../src/extension/features/outline/symbolTree';
import { escapeMarkdown, guidelineHover, itemHover } from '../../src/extension/features/hover/content';
import { syntheticLetter } from './helpers';

function citation(c: Partial<Citation>): { citation: Citation } {
  return { citation: { sources: [], mtusBasis: null, topics: [], pages: [], regulations: [], noEvidenceCited: false, ...c } };
}

function conclusion(c: Partial<Conclusion>): Conclusion {
  return { necessity: 'unclear', text: '', cue: '', range: null, cueRange: null, negators: [], explanation: '', considered: [], ...c };
}

const EXAMPLES = path.join(__dirname, '../../../examples');

function exampleReports(): LetterReport[] {
  return fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ file: f, ...analyze(fs.readFileSync(path.join(EXAMPLES, f), 'utf8')) }));
}

describe('presentation layer', () => {
  describe('pages', () => {
    it('compacts a page list: sorted, each page once, runs as ranges', () => {
      assert.strictEqual(compactPages([88, 74, 75, 76, 77, 78]), '74-78, 88');
      assert.strictEqual(compactPages([74, 74, 75]), '74-75');
      assert.strictEqual(compactPages([75, 74, 74, 75, 90, 90]), '74-75, 90');
      assert.strictEqual(compactPages([3]), '3');
      assert.strictEqual(compactPages([]), '');
    });

    it('labels one page "p." and more "pp.", counting each page once', () => {
      assert.strictEqual(pagesLabel([78]), 'p. 78');
      assert.strictEqual(pagesLabel([78, 78]), 'p. 78');
      assert.strictEqual(pagesLabel([78, 74, 75]), 'pp. 74-75, 78');
      assert.strictEqual(pagesLabel([]), '');
    });

    it('gives a spreadsheet the numbers as cited', () => {
      assert.strictEqual(pageNumbers([91, 78, 79]), '91 78 79');
      assert.strictEqual(pageNumbers([]), '');
    });
  });

  describe('guidelines', () => {
    it('says what a guideline rests on: sources, "not based on the MTUS", no evidence', () => {
      assert.strictEqual(basisText(citation({ sources: ['MTUS', 'ODG'], mtusBasis: 'based' })), 'MTUS, ODG');
      assert.strictEqual(basisText(citation({ sources: ['ODG'], mtusBasis: 'not-based' })), 'ODG, not based on the MTUS');
      assert.strictEqual(basisText(citation({ noEvidenceCited: true })), 'no medical evidence cited');
      assert.strictEqual(basisText(citation({ sources: ['other'], noEvidenceCited: true })), 'other, no medical evidence cited');
      assert.strictEqual(basisText(citation({})), '');
      assert.strictEqual(basisText(null), '');
    });

    it('labels a guideline by basis, topics and pages, and says when it names nothing', () => {
      const g = citation({ sources: ['MTUS'], mtusBasis: 'based', topics: ['Opioids', 'Weaning'], pages: [74, 75, 76, 77, 78] });
      assert.strictEqual(guidelineLabel(g), 'MTUS · Opioids; Weaning · pp. 74-78');
      assert.strictEqual(guidelineLabel(citation({ sources: ['ODG'], mtusBasis: 'not-based', topics: ['Pain chapter'], pages: [12] })), 'ODG, not based on the MTUS · Pain chapter · p. 12');
      assert.strictEqual(guidelineLabel(citation({ noEvidenceCited: true })), 'no medical evidence cited');
      assert.strictEqual(guidelineLabel(citation({})), 'no source named');
    });

    it('words the MTUS basis one way', () => {
      assert.strictEqual(mtusBasisWords({ mtusBasis: 'based' }), 'based on the MTUS');
      assert.strictEqual(mtusBasisWords({ mtusBasis: 'not-based' }), 'not based on the MTUS');
      assert.strictEqual(mtusBasisWords({ mtusBasis: null }), null);
    });
  });

  describe('decisions and conclusions', () => {
    it('labels a decision, quoting an unreadable decision word', () => {
      assert.strictEqual(decisionLabel({ decision: 'Upheld', decisionText: 'Upheld' }), 'Upheld');
      assert.strictEqual(decisionLabel({ decision: null, decisionText: 'Uphled' }), 'no decision ("Uphled")');
      assert.strictEqual(decisionLabel({ decision: null, decisionText: 'Uphled' }, curlyQuote), 'no decision (“Uphled”)');
      assert.strictEqual(decisionLabel({ decision: null, decisionText: '' }), 'no decision');
    });

    it('words a conclusion for the summary in plain words that quote the letter, without cue or negators', () => {
      const sentence = 'Therefore, the request is not medically necessary.';
      const not = conclusion({ necessity: 'not-necessary', text: sentence, cue: 'medically necessary', negators: ['not'] });
      assert.strictEqual(conclusionSummary(not, curlyQuote), `not medically necessary — “${sentence}”`);
      const yes = conclusion({ necessity: 'necessary', text: 'The request is medically necessary.', cue: 'medically necessary' });
      assert.strictEqual(conclusionSummary(yes), 'medically necessary — "The request is medically necessary."');
      assert.strictEqual(conclusionSummary(conclusion({})), 'no clear conclusion');
      assert.strictEqual(conclusionSummary(conclusion({ cue: 'medically necessary', text: 'It is and is not medically necessary.' })), 'no clear conclusion — "It is and is not medically necessary."');
      for (const c of [not, yes]) assert.ok(!/cue|negated/.test(conclusionSummary(c)), 'no technical words');
      assert.strictEqual(conclusionLabel(conclusion({})), 'no clear conclusion');
      assert.strictEqual(necessityWords(null), 'no necessity language');
      assert.strictEqual(negationWords(['not', 'fails to']), 'negated by "not", "fails to"');
      assert.strictEqual(negationWords([]), '');
    });

    it('counts decisions', () => {
      assert.strictEqual(decisionCounts({ upheld: 4, overturned: 2, undecided: 1 }), '4 upheld, 2 overturned, 1 with no decision');
    });
  });

  describe('every surface reads a guideline, a decision and a conclusion in the same words', () => {
    const reports = exampleReports();

    it('has example letters with the cases that differed (MTUS not the basis, no evidence, several pages)', () => {
      const guidelines = reports.flatMap((r) => r.letter.items.flatMap((i) => [i.guidelines.claimsAdministrator, i.guidelines.maximus]));
      assert.ok(guidelines.some((g) => g?.citation.mtusBasis === 'not-based'));
      assert.ok(guidelines.some((g) => g?.citation.noEvidenceCited));
      assert.ok(guidelines.some((g) => new Set(g?.citation.pages).size > 1));
    });

    for (const r of exampleReports()) {
      it(r.file, () => {
        const items = (nodes: SymbolNode[]): SymbolNode[] => nodes.flatMap((n) => (['Event', 'EnumMember', 'Null'].includes(n.kind) ? [n] : items(n.children)));
        const outline = items(symbolTree(r.letter));
        const markdown = renderMarkdown(r).split('\n');
        const csv = csvRowsOf(r).filter((row) => row[3] !== '');
        assert.strictEqual(outline.length, r.letter.items.length);
        for (const [n, item] of r.letter.items.entries()) {
          const { claimsAdministrator: ca, maximus: mx } = item.guidelines;
          const node = outline[n];
          const row = markdown.find((l) => l.startsWith(`| ${n + 1} | `));
          assert.ok(row, `summary row ${n + 1}`);
          const cells = row.split(' | ');
          // The item's section: its heading, then its facts as a list up to the blank line.
          const at = markdown.findIndex((l) => l.startsWith(`## Item ${n + 1} — `) || l.startsWith(`## Item ${n + 1}: `));
          assert.ok(at >= 0, `summary section ${n + 1}`);
          const facts = Object.fromEntries(
            markdown.slice(at + 2, markdown.indexOf('', at + 2)).flatMap((l) => {
              const m = /^- \*\*([^*]+):\*\* ?(.*)$/.exec(l);
              return m ? [[m[1], m[2]]] : [];
            }),
          );
          const hover = itemHover(item);
          // The decision
          assert.strictEqual(node.detail, decisionLabel(item));
          assert.ok(hover.startsWith(`**${escapeMarkdown(item.title || '(untitled item)')}**: ${escapeMarkdown(decisionLabel(item))}`));
          assert.strictEqual(cells[2].replace(/ \|$/, ''), escapeMarkdownInline(decisionLabel(item, curlyQuote)));
          assert.ok(markdown[at].endsWith(`: ${escapeMarkdownInline(decisionLabel(item, curlyQuote))}`), markdown[at]);
          // The guidelines
          const details = Object.fromEntries(node.children.map((c) => [c.name, c.detail]));
          for (const [g, name, who] of [[ca, 'Claims Administrator guideline', 'Claims Administrator'], [mx, 'MAXIMUS guideline', 'MAXIMUS']] as const) {
            if (!g) continue;
            const label = guidelineLabel(g);
            assert.strictEqual(details[name], label, `${name} in the Outline`);
            assert.ok(hover.includes(`- ${who}: ${escapeMarkdown(label)}`), `${name} in the item hover`);
            assert.strictEqual(facts[name], escapeMarkdownInline(label), `${name} in the summary`);
            assert.ok(label.startsWith(basisText(g)), `${name}: the label starts with the basis`);
            const words = mtusBasisWords(g.citation);
            if (words) assert.match(guidelineHover(name, g), new RegExp(`MTUS basis: ${words}$`, 'm'));
          }
          assert.strictEqual(csv[n][7], basisText(ca));
          assert.strictEqual(csv[n][8], basisText(mx));
          // The conclusion
          if (item.rationale) assert.strictEqual(details['Decision rationale'], conclusionLabel(item.conclusion));
          if (item.rationale) {
            assert.strictEqual(facts['Rationale concludes'], conclusionSummary(item.conclusion, (t) => curlyQuote(escapeMarkdownInline(t.split('\n').map((l) => l.trim()).filter(Boolean).join(' ')))));
          }
        }
      });
    }
  });

  describe('output that changed when the copies became one', () => {
    function reportOf(maximus: string, heading = 'Norco 10/325mg #90:  Upheld'): LetterReport {
      const text = syntheticLetter([{ heading, maximus }]);
      return { file: 'a.txt', ...analyze(text) };
    }

    it('the summary labels several pages "pp." and names the basis as the Outline does', () => {
      const md = renderMarkdown(reportOf('Decision based on MTUS Chronic Pain Treatment Guidelines, Opioids, Page(s): 74-78.'));
      assert.match(md, /^- \*\*MAXIMUS guideline:\*\* MTUS · Opioids · pp\. 74-78$/m);
      const odg = renderMarkdown(reportOf('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain chapter.'));
      assert.match(odg, /^- \*\*MAXIMUS guideline:\*\* ODG, not based on the MTUS · Pain chapter$/m);
    });

    it('the summary says "no decision" for an item without one, quoting the word as written', () => {
      const md = renderMarkdown(reportOf('Decision based on MTUS, Opioids.', 'Norco 10/325mg #90:  Uphled'));
      assert.match(md, /\| 1 \| Norco 10\/325mg #90 \| no decision \(“Uphled”\) \|/);
      assert.match(md, /^## Item 1 — Norco 10\/325mg #90: no decision \(“Uphled”\)$/m);
    });

    it('the CSV says "not based on the MTUS" and "no medical evidence cited"', () => {
      const rows = csvParseRows(renderCsv([reportOf('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain chapter.')]));
      assert.strictEqual(rows[1][8], 'ODG, not based on the MTUS');
      const none = csvParseRows(renderCsv([reportOf('The reviewer did not cite any medical evidence for its decision.')]));
      assert.strictEqual(none[1][8], 'no medical evidence cited');
    });

    it('the all-letters totals count one error as "1 error"', () => {
      const one = reportOf('Decision based on MTUS, Opioids, Page(s): 74.');
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      const quiet = { ...one, file: 'b.txt', findings: [] };
      const loud = { ...one, findings: [{ rule: 'IMR001', name: 'decision-contradicts-rationale', severity: 'error' as const, message: 'm', range }] };
      const md = renderMarkdownAll([loud, quiet]);
      assert.match(md, /# All letters\n\n2 letters, 2 items: 2 upheld, 0 overturned\. 1 error, 0 warnings, 0 info\.\n$/);
    });
  });
});
