// The Markdown decision summary shaped for an editor's preview (issue 16, point 3): the letter's
// facts as a list, a narrow table of items and decisions, a section per item, in plain words, with
// our item number kept apart from the title as the letter writes it. markdownlint passes on it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, renderMarkdown, type LetterReport } from '../../src/core';
import { syntheticLetter } from './helpers';

const EXAMPLES = path.join(__dirname, '../../../examples');

function reportOf(text: string, file = 'a.txt'): LetterReport {
  return { file, ...analyze(text, { file }) };
}

/** Two items: a title that opens with the letter's quantity, and an Overturned item whose rationale ends "not medically necessary". */
const QUANTITY = syntheticLetter(
  [
    { heading: '1 Prescription of Norco 10/325mg #90 with 1 refill:  Upheld' },
    { heading: 'One TENS unit:  Overturned', rationale: 'The records show no benefit. Therefore, the request for a TENS unit is not medically necessary.' },
  ],
  { header: ['Case Number:          CM15-0000001', 'Date Assigned:        04/02/2015'] },
);

/** The lines of `md` from the heading that starts with `start` to the next heading. */
function section(md: string, start: string): string[] {
  const lines = md.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  assert.ok(at >= 0, `no heading "${start}"`);
  const end = lines.findIndex((l, i) => i > at && l.startsWith('#'));
  return lines.slice(at, end < 0 ? undefined : end);
}

describe('Markdown summary: a layout that fits an editor (issue 16)', () => {
  const report = reportOf(QUANTITY);
  const md = renderMarkdown(report);

  it('lists the letter\'s facts, then a narrow table: our item number, the treatment as written, the decision', () => {
    assert.deepStrictEqual(section(md, '# IMR decision summary').slice(0, 4), ['# IMR decision summary: a.txt', '', '- **Case Number:** CM15-0000001', '- **Date Assigned:** 04/02/2015']);
    assert.deepStrictEqual(section(md, '## Decisions'), [
      '## Decisions',
      '',
      '| Item | Treatment | Decision |',
      '| --- | --- | --- |',
      '| 1 | 1 Prescription of Norco 10/325mg #90 with 1 refill | Upheld |',
      '| 2 | One TENS unit | Overturned |',
      '',
    ]);
  });

  it('gives each item a section: our number, the title as written, its decision, guidelines, conclusion quoted and findings', () => {
    const first = section(md, '## Item 1 ');
    assert.strictEqual(first[0], '## Item 1 — 1 Prescription of Norco 10/325mg #90 with 1 refill: Upheld');
    assert.deepStrictEqual(first.slice(2), [
      '- **Claims Administrator guideline:** MTUS · Opioids',
      '- **MAXIMUS guideline:** MTUS · p. 80',
      '- **Rationale concludes:** not medically necessary — “Therefore, the request is not medically necessary.”',
      '- **Findings:** none',
      '',
    ]);
    const second = section(md, '## Item 2 ');
    assert.strictEqual(second[0], '## Item 2 — One TENS unit: Overturned');
    assert.ok(second.includes('- **Rationale concludes:** not medically necessary — “Therefore, the request for a TENS unit is not medically necessary.”'), second.join('\n'));
    const imr001 = report.findings.find((f) => f.rule === 'IMR001');
    assert.ok(imr001 && imr001.item === 1, 'IMR001 on item 2');
    const findings = second.slice(second.indexOf('- **Findings:**') + 1).filter(Boolean);
    assert.deepStrictEqual(findings, [`  - **error** on line ${imr001.range.start.line + 1} (IMR001 decision-contradicts-rationale): ${imr001.message.replace(/([\\`*_[\]<>!|~&$@])/g, '\\$1')}`]);
    assert.deepStrictEqual(section(md, '## Totals').slice(2, 3), ['2 items: 1 upheld, 1 overturned. 1 error, 0 warnings, 0 info.']);
  });

  it('puts findings about no item in a section of their own', () => {
    const text = fs.readFileSync(path.join(EXAMPLES, '2017-04-quintero-cover-determination.txt'), 'utf8');
    const r = reportOf(text);
    const whole = r.findings.filter((f) => f.item === undefined);
    assert.ok(whole.length > 0, 'the example has a finding about the whole letter');
    const lines = section(renderMarkdown(r), '## Findings about the whole letter').filter((l) => l.startsWith('- '));
    assert.deepStrictEqual(lines.map((l) => /\((IMR\d{3}) /.exec(l)?.[1]), whole.map((f) => f.rule));
  });

  it('speaks plainly: no layout name, no cue or negators, one term for an item without a decision', () => {
    const undecided = renderMarkdown(reportOf(syntheticLetter([{ heading: 'Norco 10/325mg #90:  Uphled' }])));
    for (const text of [md, undecided]) {
      assert.doesNotMatch(text, /Layout|final-determination|\bcue\b|negated by|infos|undecided|without decision/i);
    }
    assert.match(undecided, /^\| 1 \| Norco 10\/325mg #90 \| no decision \(“Uphled”\) \|$/m);
    assert.match(undecided, /^## Item 1 — Norco 10\/325mg #90: no decision \(“Uphled”\)$/m);
    assert.match(undecided, /^1 item: 0 upheld, 0 overturned, 1 with no decision\./m);
  });

  it('says when an item has no decision rationale', () => {
    const md = renderMarkdown(reportOf(syntheticLetter([{ heading: 'Norco 10/325mg #90:  Upheld', rationale: null }])));
    assert.ok(section(md, '## Item 1 ').includes('- **Rationale concludes:** no decision rationale'));
  });

  it('passes markdownlint for every example letter (line length aside: letter text is long)', async () => {
    // markdownlint is an ES module: a real dynamic import from this CommonJS test.
    const { lint } = (await import('markdownlint/sync')) as { lint: (o: object) => Record<string, { lineNumber: number; ruleNames: string[]; errorDetail?: string }[]> };
    const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt') && f !== 'office-notes.txt');
    const strings = Object.fromEntries(files.map((f) => [f, renderMarkdown(reportOf(fs.readFileSync(path.join(EXAMPLES, f), 'utf8'), f))]));
    const result = lint({ strings, config: { default: true, MD013: false } });
    const problems = Object.entries(result).flatMap(([f, errs]) => errs.map((e) => `${f}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''}`));
    assert.deepStrictEqual(problems, []);
  });
});
