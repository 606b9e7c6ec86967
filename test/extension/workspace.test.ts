// Issue 7, the vscode-free parts of the workspace features: the tree model and its filters, the
// overview's aggregation (core) and HTML, the CLI's file order, and the workspace CSV against the CLI's.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { compareLetterPaths, analyze, decodeLetter, isLetterFileName, itemTreatment, problemText, parseConfig, renderCsv, renderJson, sizeProblem, summarizeDecisions, treatmentRefs, type LetterReport } from '../../src/core/index';
import { hitName, searchItems, type IndexedItem } from '../../src/extension/workspace/symbols/search';
import { checkSummary, countLetter, emptyResult } from '../../src/extension/workspace/check/checkSummary';
import { excludeGlobs, findFilesExclude, isDiscoveredPath, isExcludedPath, matchesGlob } from '../../src/extension/workspace/letters/globs';
import { problemLines, tallyText } from '../../src/extension/workspace/letters/readProblems';
import { escapeHtml, renderOverviewHtml } from '../../src/extension/workspace/overview/overview';
import { renderWorkspace } from '../../src/extension/workspace/export/render';
import { applyFilter, buildLetterNodes, describeTree, filterLabel, isFilterActive, treeBadge, type KeyedReport } from '../../src/extension/workspace/tree/treeModel';
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
    .sort((a, b) => compareLetterPaths(a.file, b.file));
}

const texts = () => Object.fromEntries(Object.entries(FILES).map(([f, fx]) => [f, fixture(fx)]));

describe('Workspace: CLI file order', () => {
  it('sorts segment by segment in code-unit order, like a recursive sorted walk', () => {
    const sorted = ['b/z.txt', 'a.txt', 'b-side.txt', 'B/upper.txt', 'b/a/deep.txt'].sort(compareLetterPaths);
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
    const named = treatmentRefs(word);
    // Each item shown has the text in its title, or names the same treatment by another name.
    assert.ok(byText.every((l) => l.items.every((i) => i.title.toUpperCase().includes(word) || i.treatments.some((t) => named.some((n) => n.keys.every((k) => t.keys.includes(k)))))));
    assert.ok(byText.some((l) => l.key === letters[0].key));
    assert.deepStrictEqual(applyFilter(letters, { treatment: 'no such treatment anywhere' }), []);
    assert.deepStrictEqual(applyFilter(letters, {}), letters);
    assert.strictEqual(isFilterActive({ decisions: ['Upheld', 'Overturned', 'none'] }), false);
    assert.strictEqual(isFilterActive({ treatment: '  ' }), false);
  });

  it('filters by treatment through the lexicon: a generic name finds its brands and the reverse', () => {
    const lexicon = reportsOf({
      'norco.txt': fixture(FILES['a.txt']).replace(/Hydrocodone\/APAP 5\/325mg #60/g, 'Norco 10/325mg #60'),
      'plain.txt': fixture(FILES['b/contradiction.txt']),
    });
    const nodes = buildLetterNodes(lexicon);
    const titles = (treatment: string) => applyFilter(nodes, { treatment }).flatMap((l) => l.items.map((i) => i.title));
    assert.ok(nodes.some((l) => l.items.some((i) => i.title === 'Norco 10/325mg #60')), 'the fixture has a Norco item');
    assert.deepStrictEqual(titles('hydrocodone'), ['Norco 10/325mg #60']);
    assert.deepStrictEqual(titles('Vicodin'), ['Norco 10/325mg #60'], 'another brand of the same drug');
    assert.deepStrictEqual(titles('norco'), ['Norco 10/325mg #60']);
    assert.ok(titles('acetaminophen').includes('Norco 10/325mg #60'), 'an ingredient finds the combination');
    assert.deepStrictEqual(titles('oxycodone'), [], 'a different opioid does not');
  });

  it('badges the view with the letters that have problems, whatever the filter', () => {
    const badge = treeBadge(letters);
    const flagged = letters.filter((l) => l.errors + l.warnings + l.infos > 0);
    assert.ok(flagged.length > 0 && flagged.length < letters.length, 'the fixtures mix letters with and without problems');
    assert.strictEqual(badge?.value, flagged.length);
    assert.match(badge!.tooltip, new RegExp(`^${flagged.length} letters? with problems in the workspace \\(\\d+ error[^)]*\\)$`));
    assert.strictEqual(treeBadge(letters.filter((l) => l.errors + l.warnings + l.infos === 0)), undefined, 'no badge without problems');
    // Issue 16, point 2: when Problems lists open letters only, the badge says so rather than seem to disagree.
    assert.match(treeBadge(letters, 'openLetters')!.tooltip, /with problems in the workspace \(.*\); the Problems panel lists those of open letters only$/);
  });

  it('describes the counts and the filter', () => {
    const items = letters.flatMap((l) => l.items);
    const up = items.filter((i) => i.decision === 'Upheld').length;
    const over = items.filter((i) => i.decision === 'Overturned').length;
    const undecided = items.filter((i) => i.decision === null).length;
    assert.strictEqual(describeTree(letters, {}), `4 letters · ${up} upheld · ${over} overturned${undecided ? ` · ${undecided} with no decision` : ''}`);
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
      { key: 'opioids', upheld: 3, overturned: 1, undecided: 0, total: 4, items: [{ letter: 0, item: 0 }, { letter: 0, item: 1 }, { letter: 1, item: 1 }, { letter: 1, item: 2 }] },
      { key: 'physical therapy, chiropractic and acupuncture', upheld: 0, overturned: 0, undecided: 1, total: 1, items: [{ letter: 1, item: 0 }] },
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
    assert.deepStrictEqual(html.match(/<script[^>]*>/gi), ['<script nonce="abc123">'], 'one script, nonce\'d');
    assert.match(html, /script-src 'nonce-abc123'/);
    assert.ok(!/\son[a-z]+=/i.test(html), 'no inline handlers');
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

  it('writes the letters in the CLI\'s order, whatever order they come in', () => {
    const reports = reportsOf(texts());
    assert.strictEqual(renderWorkspace([...reports].reverse(), 'csv'), renderCsv(reports));
    assert.strictEqual(renderWorkspace([...reports].reverse(), 'json'), renderJson(reports));
  });

  it('has at least one fixture per folder level (the test covers nested order)', () => {
    assert.ok(Object.keys(FILES).some((f) => f.includes('/')) && Object.keys(FILES).some((f) => !f.includes('/')));
    assert.ok(fs.existsSync(path.join(__dirname, '../../../test/fixtures/rules/IMR001')));
  });
});

describe('Workspace discovery: the CLI\'s files, files.exclude and the glob settings', () => {
  it('matches VS Code globs: **, *, ?, braces and character classes', () => {
    assert.ok(matchesGlob('**/*.txt', 'a.txt'));
    assert.ok(matchesGlob('**/*.txt', 'deep/er/a.txt'));
    assert.ok(!matchesGlob('**/*.txt', 'a.txt.bak'));
    assert.ok(!matchesGlob('*.txt', 'sub/a.txt'), 'a single * stays in one folder');
    assert.ok(matchesGlob('letters/**', 'letters/2014/a.txt'));
    assert.ok(matchesGlob('**/*.{txt,TXT}', 'x/A.TXT'));
    assert.ok(matchesGlob('batch/case-?.txt', 'batch/case-7.txt') && !matchesGlob('batch/case-?.txt', 'batch/case-17.txt'));
    assert.ok(matchesGlob('**/draft[0-9].txt', 'a/draft3.txt') && !matchesGlob('**/draft[!0-9].txt', 'a/draft3.txt'));
    assert.ok(matchesGlob('a.b', 'a.b') && !matchesGlob('a.b', 'aXb'), 'dots are literal');
    assert.ok(matchesGlob('{**/old,archive}/**', 'x/old/a.txt') && matchesGlob('{**/old,archive}/**', 'archive/a.txt'));
  });

  it('reads globs as VS Code does (picomatch with VS Code\'s options)', () => {
    const takes = (glob: string, yes: string[], no: string[]) => {
      for (const p of yes) assert.ok(matchesGlob(glob, p), `${glob} takes ${p}`);
      for (const p of no) assert.ok(!matchesGlob(glob, p), `${glob} leaves ${p}`);
    };
    // ** is any number of folders, none included; a single * and ? stay within one name.
    takes('**/old', ['old', 'a/old', 'a/b/old'], ['xold', 'old/a']);
    takes('a/**/b.txt', ['a/b.txt', 'a/x/y/b.txt'], ['ab.txt', 'x/a/b.txt']);
    takes('letters/**', ['letters', 'letters/a.txt', 'letters/2014/a.txt'], ['letters2/a.txt']);
    // Braces: each alternative is a glob of its own, so a leading **/ matches at the top too.
    takes('{**/old,archive}/**', ['old/a.txt', 'x/old/a.txt', 'archive/a.txt'], ['x/archive/a.txt', 'older/a.txt']);
    takes('{**/.git,**/node_modules}', ['.git', 'node_modules', 'a/.git'], ['git', 'a/node_modules2']);
    takes('{a,{b,c}}.txt', ['a.txt', 'c.txt'], ['d.txt', '{b,c}.txt']);
    // Character classes, negated with !.
    takes('draft[0-9].txt', ['draft3.txt'], ['draftx.txt', 'draft10.txt']);
    takes('draft[!0-9].txt', ['draftx.txt', 'draft!.txt'], ['draft3.txt']);
    takes('[a-c]x', ['bx'], ['dx']);
    // Dotfiles and dot-folders match like any other name.
    takes('*.txt', ['.hidden.txt', 'a.txt'], ['sub/a.txt']);
    takes('**/*.txt', ['.hidden/a.txt', 'a/.b/c.txt'], ['a.txt.bak']);
    // Case-sensitive (as VS Code on Linux, where this runs in CI).
    takes('*.TXT', ['A.TXT'], ['a.txt', 'A.txt']);
    // No negation or extglobs: !, +(…), @(…) and parentheses are plain characters.
    takes('!a.txt', ['!a.txt'], ['b.txt', 'a.txt']);
    takes('file+(1).txt', ['file+(1).txt'], ['file1.txt', 'file11.txt']);
    takes('(a|b).txt', ['(a|b).txt'], ['a.txt', 'b.txt']);
    // Patterns are relative to the workspace folder: a name without **/ is at its top; "./" and "\\" are read as VS Code reads them.
    takes('letters/*.txt', ['letters/a.txt'], ['x/letters/a.txt', 'letters/2014/a.txt']);
    takes('./letters/a.txt', ['letters/a.txt'], ['x/letters/a.txt']);
    takes('letters\\a.txt', ['letters/a.txt'], ['lettersa.txt']);
  });

  it('excludes a file when it or one of its folders matches, like files.exclude', () => {
    assert.ok(isExcludedPath('archive/2013/a.txt', ['**/archive']));
    assert.ok(isExcludedPath('x/node_modules/pkg/README.txt', excludeGlobs({}, '')));
    assert.ok(!isExcludedPath('letters/a.txt', excludeGlobs({ '**/.git': true }, '')));
    assert.ok(isExcludedPath('drafts/a.txt', excludeGlobs({ '**/drafts': true, '**/kept': false }, '')));
    assert.ok(!isExcludedPath('kept/a.txt', excludeGlobs({ '**/drafts': true, '**/kept': false }, '')), 'entries set to false do not exclude');
    assert.ok(isExcludedPath('old/a.txt', excludeGlobs(undefined, ' old/** ')), 'the user exclude, trimmed');
  });

  it('skips the folders the CLI skips and reads the files it reads', () => {
    for (const f of ['node_modules', '.git', '.vscode-test', '.hg', '.svn']) {
      assert.ok(!isDiscoveredPath(`a/${f}/b.txt`, '**/*.txt', excludeGlobs({}, undefined)), f);
    }
    assert.ok(isDiscoveredPath('node_modules.txt', '**/*.txt', excludeGlobs({}, undefined)), 'a file of that name is not a folder');
    assert.ok(isDiscoveredPath('.hidden/a.txt', '**/*.txt', excludeGlobs({}, undefined)), 'other dot-folders are searched, as by the CLI');
    assert.ok(isLetterFileName('A.TXT') && !isLetterFileName('a.imr') && !isLetterFileName('a.txt.bak'));
  });

  it('gives findFiles one exclude glob and leaves patterns with braces to the check afterwards', () => {
    const all = excludeGlobs({ '**/*.{log,tmp}': true, '**/.git': true }, 'drafts/**');
    const glob = findFilesExclude(all)!;
    assert.ok(!glob.includes('log,tmp'), glob);
    assert.ok(glob.startsWith('{') && glob.includes('**/.git') && glob.includes('drafts/**') && glob.includes('**/node_modules'), glob);
    assert.ok(isExcludedPath('a/b.tmp', all), 'the brace pattern still applies');
    assert.strictEqual(findFilesExclude(['**/x']), '**/x');
    assert.strictEqual(findFilesExclude([]), null);
  });
});

describe('Workspace reading: the CLI\'s rules', () => {
  const letter = fixture('rules/IMR001/negative-consistent-double.txt');
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('accepts a letter (without its BOM) and skips text that is not one', () => {
    const read = decodeLetter(bytes(`\ufeff${letter}`));
    assert.ok(read.ok && read.text === letter);
    assert.deepStrictEqual(decodeLetter(bytes('Shopping list\n- milk\n')), { ok: false, skip: true, reason: 'not an IMR determination letter' });
  });

  it('refuses binary, invalid UTF-8 and empty files with the CLI\'s one-line reasons', () => {
    const withNul = bytes(letter);
    withNul[10] = 0;
    assert.deepStrictEqual(decodeLetter(withNul), { ok: false, skip: false, reason: 'binary file, not text' });
    const latin1 = Uint8Array.from([...bytes(letter.slice(0, 200)), 0xe9, ...bytes(letter.slice(200))]);
    assert.deepStrictEqual(decodeLetter(latin1), { ok: false, skip: false, reason: 'not valid UTF-8 text' });
    assert.deepStrictEqual(decodeLetter(bytes('  \n \n')), { ok: false, skip: false, reason: 'empty file' });
  });

  it('refuses files over the limit before reading them, saying how to raise it', () => {
    assert.strictEqual(sizeProblem(50 * 1048576, 20 * 1048576, 'raise it with --max-size'), '50.0 MB is over the 20 MB limit (raise it with --max-size)');
    assert.strictEqual(sizeProblem(3 * 1048576, 2.5 * 1048576, 'hint'), '3.0 MB is over the 2.5 MB limit (hint)');
    assert.strictEqual(sizeProblem(0, 10, 'hint'), 'empty file');
    assert.strictEqual(sizeProblem(10, 10, 'hint'), undefined);
  });

  it('the CLI reports the same reasons for the same files', () => {
    ensureBuilt();
    const dir = tempDir();
    write(dir, 'scan.txt', Buffer.from([0x49, 0x4d, 0x52, 0x00, 0x01]));
    write(dir, 'latin1.txt', Buffer.from([...Buffer.from(letter.slice(0, 100)), 0xe9]));
    write(dir, 'empty.txt', '');
    const run = JSON.parse(cli(['check', '--format', 'json', '.'], dir).stdout);
    const reasons = Object.fromEntries(run.errors.map((e: { file: string; message: string }) => [e.file, e.message]));
    const expected = (content: Buffer) => {
      const r = content.length === 0 ? { ok: false, reason: sizeProblem(0, 1, '') } : decodeLetter(content);
      return r.ok ? undefined : r.reason;
    };
    for (const f of ['scan.txt', 'latin1.txt', 'empty.txt']) assert.strictEqual(reasons[f], expected(fs.readFileSync(path.join(dir, f))), f);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('counts what was left out and names each unreadable file, never its text', () => {
    const tally = { skipped: 2, unreadable: [{ file: 'batch/scan.txt', reason: 'binary file, not text' }] };
    assert.strictEqual(tallyText(tally), '2 skipped as not letters, 1 unreadable');
    assert.strictEqual(tallyText({ skipped: 1, unreadable: [] }), '1 skipped as not a letter');
    assert.strictEqual(tallyText({ skipped: 0, unreadable: [] }), '');
    assert.deepStrictEqual(problemLines(tally), ['batch/scan.txt: binary file, not text']);
  });

  it('words the check\'s result like the CLI summary, and says when it was cancelled', () => {
    const r = emptyResult();
    const findings = reportsOf({ 'b/contradiction.txt': fixture(FILES['b/contradiction.txt']) })[0].findings;
    countLetter(r, findings);
    const n = (s: string) => findings.filter((f) => f.severity === s).length;
    assert.deepStrictEqual([r.letters, r.errors, r.warnings, r.infos], [1, n('error'), n('warning'), n('info')]);
    Object.assign(r, { errors: 1, warnings: 2, infos: 0, total: 3, done: 3, skipped: 1, unreadable: 1 });
    const tally = { skipped: 1, unreadable: [{ file: 'x.txt', reason: 'empty file' }] };
    assert.strictEqual(checkSummary(r, tally), 'checked 1 letter: 1 error, 2 warnings, 0 info (1 skipped as not a letter, 1 unreadable: see Output › IMR Review).');
    r.cancelled = true;
    r.done = 2;
    assert.strictEqual(checkSummary(r, { skipped: 0, unreadable: [] }), 'check cancelled after 2 of 3 files; 1 letter checked so far: 1 error, 2 warnings, 0 info.');
  });
});

describe('Workspace symbols through the lexicon', () => {
  const r = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
  const item = (uri: string, title: string): IndexedItem => ({ uri, title, decision: 'Upheld', range: r, treatments: treatmentRefs(title) });
  const items = [item('file:///a.txt', 'Norco 10/325mg #90'), item('file:///b.txt', 'Neurontin 600mg #90'), item('file:///c.txt', 'Hydrocodone ER 20mg'), item('file:///d.txt', 'Physical therapy x 12')];

  it('finds brand names by generic and generic by brand, after direct matches', () => {
    assert.deepStrictEqual(searchItems('hydrocodone', items).map((h) => h.title), ['Hydrocodone ER 20mg', 'Norco 10/325mg #90']);
    assert.deepStrictEqual(searchItems('gabapentin', items).map((h) => h.title), ['Neurontin 600mg #90']);
    const hit = searchItems('gabapentin', items)[0];
    assert.strictEqual(hitName(hit), 'Neurontin 600mg #90 (gabapentin)', 'the name carries the query so VS Code\'s own filter keeps it');
    assert.strictEqual(hitName(searchItems('norco', items)[0]), 'Norco 10/325mg #90', 'a direct match keeps its title');
    assert.deepStrictEqual(searchItems('Norco', items).map((h) => h.title), ['Norco 10/325mg #90'], 'a combination does not find one of its ingredients alone');
  });
});

describe('Workspace export: totals', () => {
  it('counts letter-level findings on a row for the letter, and the TOTAL row sums every finding', () => {
    const wrist = fs.readFileSync(path.join(__dirname, '../../../examples/2015-10-marsh-wrist.txt'), 'utf8');
    const reports = reportsOf({ 'wrist.txt': wrist, 'a.txt': fixture(FILES['a.txt']) });
    const all = reports.flatMap((x) => x.findings);
    assert.ok(all.some((f) => f.item === undefined), 'the example has a letter-level finding (IMR012)');
    const rows = renderCsv(reports).trimEnd().split('\n').slice(1).map((l) => l.split(','));
    const count = (s: string) => all.filter((f) => f.severity === s).length;
    const total = rows.pop()!;
    assert.strictEqual(total[0], 'TOTAL');
    // errors, warnings, infos: before the two cover-page columns (overall_determination, overall_scope).
    assert.deepStrictEqual(total.slice(-5, -2).map(Number), [count('error'), count('warning'), count('info')]);
    for (let c = 0; c < 3; c++) assert.strictEqual(rows.reduce((n, row) => n + Number(row[row.length - 5 + c]), 0), [count('error'), count('warning'), count('info')][c]);
    const json = JSON.parse(renderJson(reports));
    assert.deepStrictEqual(json.totals, {
      letters: 2, items: reports.reduce((n, x) => n + x.letter.items.length, 0),
      upheld: json.letters.flatMap((l: { items: { decision: string }[] }) => l.items).filter((i: { decision: string }) => i.decision === 'Upheld').length,
      overturned: json.letters.flatMap((l: { items: { decision: string }[] }) => l.items).filter((i: { decision: string }) => i.decision === 'Overturned').length,
      undecided: json.letters.flatMap((l: { items: { decision: string | null }[] }) => l.items).filter((i: { decision: string | null }) => i.decision === null).length,
      errors: count('error'), warnings: count('warning'), infos: count('info'),
    });
    assert.deepStrictEqual(Object.keys(json), ['schemaVersion', 'letters', 'totals'], 'totals are added after the existing fields');
  });
});
