// Issue 7, the vscode-free parts of the workspace features: the tree model and its filters, the
// overview's aggregation (core) and HTML, the CLI's file order, and the workspace CSV against the CLI's.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, itemTreatment, parseConfig, summarizeDecisions, type LetterReport } from '../../src/core/index';
import { compareCliPaths } from '../../src/extension/workspace/order';
import { escapeHtml, renderOverviewHtml } from '../../src/extension/workspace/overview';
import { renderWorkspace } from '../../src/extension/workspace/render';
import { applyFilter, buildLetterNodes, describeTree, filterLabel, isFilterActive, problemText, type KeyedReport } from '../../src/extension/workspace/treeModel';
import { cli, ensureBuilt, fixture, tempDir, write } from '../cli/harness';

const FILES: Record<string, string> = {
  'b/contradiction.txt': 'rules/IMR001/positive-upheld-necessary-single.txt',
  'a.txt': 'rules/IMR001/negative-consistent-double.txt',
  'b-side.txt': 'rules/IMR002/positive-no-decision-double.txt',
  'B/upper.txt': 'rules/IMR001/positive-overturned-not-necessary-double.txt',
};

/** Reports built the way the workspace export builds them: relative path, shared config, CLI order. */
function reportsOf(files: Record<string, string>, configText?: string): KeyedReport[] {
  const config = configText ? parseConfig(configText).config : undefined;
  return Object.entries(files)
    .map(([file, text]) => ({ key: `file:///ws/${file}`, file, ...analyze(text, { config, file }) }))
    .sort((a, b) => compareCliPaths(a.file, b.file));
}

const texts = () => Object.fromEntries(Object.entries(FILES).map(([f, fx]) => [f, fixture(fx)]));

describe('Workspace: CLI file order', () => {
  it('sorts segment by segment in code-unit order, like a recursive sorted walk', () => {
    const sorted = ['b/z.txt', 'a.txt', 'b-side.txt', 'B/upper.txt', 'b/a/deep.txt'].sort(compareCliPaths);
    // "b-side.txt" < "b" is false ("-" 0x2D vs end of "b"): the walk sees "B", "a.txt", "b", "b-side.txt".
    assert.deepStrictEqual(sorted, ['B/upper.txt', 'a.txt', 'b/a/deep.txt', 'b/z.txt', 'b-side.txt']);
  });
});

describe('Workspace: decisions tree model', () => {
  const reports = reportsOf(texts());
  const letters = buildLetterNodes(reports);

  it('lists letters in the CLI order with name, folder, items and problem counts', () => {
    assert.deepStrictEqual(letters.map((l) => l.file), reports.map((r) => r.file));
    const contra = letters.find((l) => l.file === 'b/contradiction.txt')!;
    assert.strictEqual(contra.name, 'contradiction.txt');
    assert.strictEqual(contra.folder, 'b');
    assert.ok(contra.items.length > 0);
    const flagged = contra.items.filter((i) => i.errors + i.warnings + i.infos > 0);
    assert.ok(flagged.length > 0, 'the contradictory item carries its IMR001 finding');
    const report = reports.find((r) => r.file === 'b/contradiction.txt')!;
    assert.strictEqual(contra.errors + contra.warnings + contra.infos, report.findings.length);
    for (const i of contra.items) assert.deepStrictEqual(i.range, report.letter.items[i.index].range);
  });

  it('filters by decision and treatment text, dropping letters without matching items', () => {
    const upheld = applyFilter(letters, { decisions: ['Upheld'] });
    assert.ok(upheld.length > 0);
    assert.ok(upheld.every((l) => l.items.length > 0 && l.items.every((i) => i.decision === 'Upheld')));
    const none = applyFilter(letters, { decisions: ['none'] });
    assert.ok(none.some((l) => l.file === 'b-side.txt'), 'the letter without a decision is kept under "no decision"');
    assert.ok(none.every((l) => l.items.every((i) => i.decision === null)));
    const firstTitle = letters[0].items[0].title;
    const word = firstTitle.split(' ')[0].toUpperCase();
    const byText = applyFilter(letters, { treatment: ` ${word} ` });
    assert.ok(byText.every((l) => l.items.every((i) => i.title.toUpperCase().includes(word))));
    assert.ok(byText.some((l) => l.key === letters[0].key));
    assert.deepStrictEqual(applyFilter(letters, { treatment: 'no such treatment anywhere' }), []);
    assert.deepStrictEqual(applyFilter(letters, {}), letters);
    assert.strictEqual(isFilterActive({ decisions: ['Upheld', 'Overturned', 'none'] }), false);
    assert.strictEqual(isFilterActive({ treatment: '  ' }), false);
  });

  it('describes the counts and the filter', () => {
    const items = letters.flatMap((l) => l.items);
    const up = items.filter((i) => i.decision === 'Upheld').length;
    const over = items.filter((i) => i.decision === 'Overturned').length;
    const undecided = items.filter((i) => i.decision === null).length;
    assert.strictEqual(describeTree(letters, {}), `4 letters · ${up} upheld · ${over} overturned${undecided ? ` · ${undecided} undecided` : ''}`);
    assert.match(describeTree(applyFilter(letters, { decisions: ['Overturned'] }), { decisions: ['Overturned'] }), /^Filtered by Overturned: \d+ letters? · 0 upheld · \d+ overturned$/);
    assert.strictEqual(filterLabel({ decisions: ['Upheld', 'none'], treatment: 'tramadol' }), 'Filtered by Upheld/no decision and "tramadol"');
    assert.strictEqual(problemText({ errors: 1, warnings: 2, infos: 0 }), '1 error, 2 warnings');
    assert.strictEqual(problemText({ errors: 0, warnings: 0, infos: 0 }), '');
  });
});

describe('Workspace: decisions overview', () => {
  const item = (title: string, decision: 'Upheld' | 'Overturned' | null, sources: string[]) => ({
    title, decision, guidelines: { maximus: sources.length ? { citation: { sources } } : null, claimsAdministrator: null },
  });
  const report = (items: ReturnType<typeof item>[]) => ({ file: 'x.txt', findings: [], letter: { items } }) as unknown as LetterReport;

  it('groups items by treatment category, by treatment (brand and generic as one) and by MAXIMUS guideline source', () => {
    const data = summarizeDecisions([
      report([item('Tramadol 50mg #120', 'Upheld', ['MTUS']), item('Ultram ER 100mg', 'Overturned', ['MTUS', 'ODG'])]),
      report([item('Physical therapy x8', null, []), item('1 Prescription of tramadol, 50mg', 'Upheld', ['other']), item('Norco 10/325mg #60', 'Upheld', ['MTUS'])]),
    ]);
    assert.deepStrictEqual([data.letters, data.items, data.upheld, data.overturned, data.undecided], [2, 5, 3, 1, 1]);
    assert.deepStrictEqual(data.byCategory, [
      { key: 'opioids', upheld: 3, overturned: 1, undecided: 0, total: 4 },
      { key: 'physical therapy, chiropractic and acupuncture', upheld: 0, overturned: 0, undecided: 1, total: 1 },
    ]);
    assert.deepStrictEqual(data.byTreatment.map((r) => [r.key, r.total]), [['Tramadol', 3], ['Hydrocodone/acetaminophen', 1], ['Physical therapy', 1]]);
    assert.deepStrictEqual(data.bySource.map((r) => [r.key, r.upheld, r.overturned, r.undecided]), [
      ['MTUS', 2, 1, 0], ['None cited', 0, 0, 1], ['ODG', 0, 1, 0], ['Other', 1, 0, 0],
    ]);
  });

  it('names the treatment of a title, its category from the lexicon, and falls back to the first word', () => {
    assert.deepStrictEqual(itemTreatment('Ketoprofen 10% / Cyclobenzaprine 3% cream 120g'), { name: 'Ketoprofen + cyclobenzaprine', category: 'topical-analgesic' });
    assert.deepStrictEqual(itemTreatment('MRI of the lumbar spine without contrast'), { name: 'MRI', category: 'imaging' });
    assert.deepStrictEqual(itemTreatment('MR arthrogram of the right shoulder'), { name: 'Arthrogram', category: 'imaging' });
    assert.deepStrictEqual(itemTreatment('One TENS unit'), { name: 'TENS', category: 'electrotherapy' });
    assert.deepStrictEqual(itemTreatment('Zorblatt device, 30-day trial'), { name: 'Zorblatt', category: undefined });
    assert.deepStrictEqual(itemTreatment('   '), { name: '(untitled)', category: undefined });
  });

  it('renders escaped tables under a strict CSP without scripts or remote resources', () => {
    const data = summarizeDecisions([report([item('<img src=x onerror=alert(1)> pill', 'Upheld', ['MTUS'])])]);
    const html = renderOverviewHtml(data, 'abc123');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'/);
    assert.match(html, /<style nonce="abc123">/);
    assert.ok(!/<script/i.test(html), 'no scripts');
    assert.ok(!/https?:\/\//.test(html), 'no remote resources');
    assert.ok(!html.includes('<img'), 'titles are escaped');
    assert.ok(html.includes(escapeHtml('<img')));
    assert.match(html, /By treatment category[\s\S]*By treatment<[\s\S]*By guideline source/);
    assert.match(html, /var\(--vscode-foreground\)/);
  });
});

describe('Workspace export: identical to the CLI', function () {
  this.timeout(120000);

  it('the workspace CSV and JSON equal `imr-review export` over the same folder, byte for byte', () => {
    ensureBuilt();
    const dir = tempDir();
    const files = texts();
    for (const [rel, text] of Object.entries(files)) write(dir, rel, text);
    // The shared config applies to both: IMR002 off, IMR001 an error.
    const config = JSON.stringify({ rules: { IMR002: 'off', IMR001: 'error' } });
    write(dir, '.imr-review.json', config);
    const reports = reportsOf(files, config);
    for (const format of ['csv', 'json'] as const) {
      const run = cli(['export', '--format', format, '.'], dir);
      assert.ok(run.code === 0 || run.code === 1, `cli failed (${run.code}): ${run.stderr}`);
      const ours = renderWorkspace(reports, format);
      assert.strictEqual(ours, run.stdout, `${format} differs from the CLI`);
    }
    assert.ok(renderWorkspace(reports, 'csv').includes('b/contradiction.txt'), 'paths are relative with forward slashes');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has at least one fixture per folder level (the test covers nested order)', () => {
    assert.ok(Object.keys(FILES).some((f) => f.includes('/')) && Object.keys(FILES).some((f) => !f.includes('/')));
    assert.ok(fs.existsSync(path.join(__dirname, '../../../test/fixtures/rules/IMR001')));
  });
});
