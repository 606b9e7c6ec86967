import * as assert from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, rules, type Finding, type Range, type Severity } from '../../src/core';
import { CLI, cli, ensureBuilt, FIXTURES, fixture, inProcess, REPO, tempDir, write } from './harness';

const LINE = /^(.+):(\d+):(\d+): (error|warning|info) (IMR\d{3})\/([a-z-]+): .+$/;
const CONTRADICTORY = 'rules/IMR001/positive-overturned-not-necessary-double.txt';
const CONSISTENT = 'rules/IMR001/negative-consistent-double.txt';
/** Three warnings (IMR008, IMR009), and three infos with fixes (IMR011), besides CONTRADICTORY's error. */
const WARNINGS = 'rules/IMR008/positive-request-for-another-drug-single.txt';
const INFOS = 'rules/IMR011/positive-heading-typos-single.txt';
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** A rule fixture's findings as its checked-in snapshot records them (see test/core/ruleSnapshots.ts). */
function snapshotOf(rel: string): Finding[] {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, rel.replace(/\.txt$/, '.findings.json')), 'utf8')) as Finding[];
}

/** The JSON format writes each finding whole except its fix (edits are for the editor). */
function cliFindings(rel: string): Omit<Finding, 'fix'>[] {
  return snapshotOf(rel).map(({ fix: _fix, ...f }) => f);
}

/** What SARIF says of each finding, written out from the spec: 1-based lines and columns. */
function sarifResults(rel: string, uri: string): unknown[] {
  const location = (r: Range) => ({
    artifactLocation: { uri },
    region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 },
  });
  return snapshotOf(rel).map((f) => ({
    ruleId: f.rule,
    ruleIndex: rules.findIndex((rule) => rule.id === f.rule),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: location(f.range) }],
    ...(f.related ? { relatedLocations: f.related.map((rel, id) => ({ id, message: { text: rel.message }, physicalLocation: location(rel.range) })) } : {}),
  }));
}

describe('imr-review CLI', function () {
  this.timeout(120000);
  before(ensureBuilt);

  describe('check', () => {
    it('exits 1 and prints problem-matcher lines when an error is found', () => {
      const dir = tempDir();
      write(dir, 'letters/bad.txt', fixture(CONTRADICTORY));
      write(dir, 'letters/good.txt', fixture(CONSISTENT));
      const r = cli(['check', 'letters'], dir);
      assert.strictEqual(r.code, 1, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.ok(lines.every((l) => LINE.test(l)), r.stdout);
      const imr001 = lines.filter((l) => l.includes('IMR001/decision-contradicts-rationale'));
      assert.strictEqual(imr001.length, 1);
      assert.ok(imr001[0].startsWith('letters/bad.txt:'));
      assert.match(r.stderr, /2 letters checked: 1 error/);
    });

    it('names letters found in a folder by the folder as given (absolute stays absolute)', () => {
      const dir = tempDir();
      write(dir, 'letters/sub/bad.txt', fixture(CONTRADICTORY));
      const abs = path.join(dir, 'letters');
      const shown = (args: string[], cwd: string) => cli(['check', ...args], cwd).stdout.trim().split('\n')[0].replace(/:\d+:\d+: .*/, '');
      assert.strictEqual(shown([abs], os.tmpdir()), `${abs.split(path.sep).join('/')}/sub/bad.txt`);
      assert.strictEqual(shown(['.'], abs), 'sub/bad.txt');
      assert.strictEqual(shown(['./letters/'], dir), 'letters/sub/bad.txt');
    });

    it('stops quietly when the reader closes the pipe early (| head)', async () => {
      const dir = tempDir();
      for (let i = 0; i < 400; i++) write(dir, `many/${String(i).padStart(3, '0')}.txt`, fixture(CONTRADICTORY));
      const child = spawn(process.execPath, [CLI, 'check', 'many'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Like `head -1`: take the first chunk, then close our end.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      assert.ok(code === 0 || code === 1, `exit ${code}: ${stderr}`);
      assert.doesNotMatch(stderr, /EPIPE|at .*\(|Error:/, 'no stack trace');
    });

    it('exits 0 when nothing has error severity', () => {
      const dir = tempDir();
      write(dir, 'good.txt', fixture(CONSISTENT));
      const r = cli(['check', 'good.txt'], dir);
      assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    });

    it('prints the JSON contract: every finding whole, as the rule fixtures\' snapshots record it, skipped and unreadable files', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      write(dir, 'b.txt', fixture(WARNINGS));
      write(dir, 'c.txt', fixture(INFOS));
      write(dir, 'notes.txt', 'Shopping list\nmilk, bread\n');
      write(dir, 'empty.txt', '');
      const r = cli(['check', '--format', 'json', 'c.txt', 'notes.txt', 'a.txt', 'empty.txt', 'b.txt'], dir);
      assert.strictEqual(r.code, 2, 'an unreadable file makes it exit 2');
      const out = JSON.parse(r.stdout);
      assert.deepStrictEqual(out, {
        schemaVersion: 1,
        files: [
          { file: 'c.txt', findings: cliFindings(INFOS) },
          { file: 'a.txt', findings: cliFindings(CONTRADICTORY) },
          { file: 'b.txt', findings: cliFindings(WARNINGS) },
        ],
        skipped: [{ file: 'notes.txt', message: 'not an IMR determination letter' }],
        errors: [{ file: 'empty.txt', message: 'empty file' }],
      });
      assert.deepStrictEqual(Object.keys(out.files[1].findings[0]), ['rule', 'name', 'severity', 'message', 'range', 'item', 'related']);
      assert.strictEqual(r.stderr, 'notes.txt: skipped: not an IMR determination letter\nempty.txt: empty file\n3 letters checked: 1 error, 3 warnings, 3 info (1 skipped as not a letter, 1 unreadable)\n');
    });

    it('prints SARIF 2.1.0: one result per finding with 1-based regions and related locations, and every rule\'s metadata', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      write(dir, 'sub/c.txt', fixture(INFOS));
      write(dir, 'b.txt', fixture(WARNINGS));
      const sarif = JSON.parse(cli(['check', '--format', 'sarif', 'a.txt', 'sub', 'b.txt'], dir).stdout);
      assert.deepStrictEqual(Object.keys(sarif), ['$schema', 'version', 'runs']);
      assert.strictEqual(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
      assert.strictEqual(sarif.version, '2.1.0');
      assert.strictEqual(sarif.runs.length, 1);
      const run = sarif.runs[0];
      assert.deepStrictEqual(Object.keys(run), ['tool', 'columnKind', 'results']);
      assert.strictEqual(run.columnKind, 'utf16CodeUnits');
      assert.deepStrictEqual({ ...run.tool.driver, rules: undefined }, { name: 'imr-review', version: PACKAGE_VERSION, rules: undefined });
      const driverRules = run.tool.driver.rules as { id: string; name: string; defaultConfiguration: { level: string }; shortDescription: { text: string }; fullDescription: { text: string }; properties: { tags: string[] } }[];
      assert.deepStrictEqual(
        driverRules.map((d) => [d.id, d.name, d.defaultConfiguration.level, d.shortDescription.text, d.fullDescription.text, d.properties.tags]),
        rules.map((rule) => [rule.id, rule.name, SARIF_LEVEL[rule.severity], rule.description, rule.docs.why, rule.tags]),
      );
      const imr001 = driverRules[0] as unknown as { help: { text: string; markdown: string }; helpUri?: string };
      assert.match(imr001.help.text, /Example:/, 'the rule documentation travels with the log');
      assert.match(imr001.help.markdown, /^\*\*IMR001 decision-contradicts-rationale\*\*/);
      assert.strictEqual(imr001.helpUri, undefined, 'no link to a site the project does not publish');
      assert.deepStrictEqual(run.results, [
        // In the order of the arguments, as the other formats.
        ...sarifResults(CONTRADICTORY, 'a.txt'),
        ...sarifResults(INFOS, 'sub/c.txt'),
        ...sarifResults(WARNINGS, 'b.txt'),
      ]);
    });
  });

  describe('export', () => {
    it('prints the JSON contract with items, conclusions and findings', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      const out = JSON.parse(cli(['export', '--format', 'json', 'a.txt'], dir).stdout);
      assert.deepStrictEqual(Object.keys(out), ['schemaVersion', 'letters', 'totals']);
      assert.strictEqual(out.schemaVersion, 1);
      assert.strictEqual(out.letters.length, 1);
      const letter = out.letters[0];
      assert.deepStrictEqual(Object.keys(letter), ['file', 'layout', 'pageCount', 'header', 'reviewer', 'case', 'sections', 'items', 'findings']);
      assert.strictEqual(letter.file, 'a.txt');
      // A text without form feeds was not read from pages.
      assert.strictEqual(letter.pageCount, null);
      assert.deepStrictEqual(letter.items.map((i: { page: unknown }) => i.page), [null, null]);
      // The item's number as the summaries show it, a field of its own beside the 0-based index.
      assert.deepStrictEqual(letter.items.map((i: { index: number; number: number }) => [i.index, i.number]), [[0, 1], [1, 2]]);
      assert.deepStrictEqual(Object.keys(letter.items[0]).slice(0, 3), ['index', 'number', 'title']);
      assert.strictEqual(letter.layout, 'final-determination');
      assert.deepStrictEqual(letter.reviewer.specialties, ['Rheumatology']);
      assert.deepStrictEqual(letter.reviewer.licensure, ['Utah']);
      assert.deepStrictEqual([letter.case.age, letter.case.sex, letter.case.dateOfInjury], [50, 'female', '2010-08-02']);
      assert.deepStrictEqual(letter.sections.map((s: { kind: string }) => s.kind), ['how-made', 'clinical-summary', 'issues']);
      const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
      // The item the IMR001 finding is about spans the finding's range, its conclusion the related one.
      assert.deepStrictEqual(
        letter.items.map((i: { index: number; title: string; decision: string; decisionText: string; range: unknown; conclusion: Record<string, unknown> }) => ({
          index: i.index,
          title: i.title,
          decision: i.decision,
          decisionText: i.decisionText,
          range: i.range,
          conclusion: { necessity: i.conclusion.necessity, text: i.conclusion.text, cue: i.conclusion.cue, range: i.conclusion.range, negators: i.conclusion.negators },
        })),
        [
          {
            index: 0,
            title: 'Celecoxib 200mg #30',
            decision: 'Overturned',
            decisionText: 'Overturned',
            range: range(38, 0, 38, 32),
            conclusion: { necessity: 'not-necessary', text: 'For these reasons, this request for celecoxib is not medically necessary.', cue: 'medically necessary', range: range(58, 64, 60, 41), negators: ['not'] },
          },
          {
            index: 1,
            title: 'Home cervical traction unit',
            decision: 'Upheld',
            decisionText: 'Upheld',
            range: range(64, 0, 64, 36),
            conclusion: { necessity: 'not-necessary', text: 'Therefore, the request is not medically necessary.', cue: 'medically necessary', range: range(80, 42, 80, 92), negators: ['not'] },
          },
        ],
      );
      assert.deepStrictEqual(letter.findings, cliFindings(CONTRADICTORY));
      assert.deepStrictEqual(out.totals, { letters: 1, items: 2, upheld: 1, overturned: 1, undecided: 0, errors: 1, warnings: 0, infos: 0 });
    });

    it('writes CSV, one row per item, and Markdown for people', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      write(dir, 'b.txt', fixture(CONSISTENT));
      const json = JSON.parse(cli(['export', '--format', 'json', '.'], dir).stdout);
      const items = json.letters.reduce((n: number, l: { items: unknown[] }) => n + l.items.length, 0);
      const csv = cli(['export', '--format', 'csv', '.'], dir).stdout;
      const rows = csv.trimEnd().split('\n');
      assert.ok(rows[0].startsWith('file,case_number,reviewer_specialty,item,title,decision'));
      // A header, a row per item (these letters have no letter-level findings) and the totals row.
      assert.strictEqual(rows.length, items + 2);
      assert.match(rows[rows.length - 1], /^TOTAL,,,,"2 letters, \d+ items: /);
      assert.deepStrictEqual(Object.keys(json.totals), ['letters', 'items', 'upheld', 'overturned', 'undecided', 'errors', 'warnings', 'infos']);
      assert.strictEqual(json.totals.items, items);
      const md = cli(['export', '.'], dir).stdout;
      assert.match(md, /# IMR decision summary: a\.txt/);
      assert.match(md, /\| Item \| Treatment \| Decision \|/);
      assert.match(md, /^## Item 1 — /m);
      assert.match(md, /## Totals/);
    });

    it('counts letter-level findings in the CSV and totals what check reports', () => {
      const dir = tempDir();
      // A letter with findings that belong to no item (IMR012, dates) and to items (IMR013, IMR014).
      write(dir, 'wrist.txt', fs.readFileSync(path.join(__dirname, '../../../examples/2015-10-marsh-wrist.txt'), 'utf8'));
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      const check = JSON.parse(cli(['check', '--format', 'json', '.'], dir).stdout);
      const all = check.files.flatMap((f: { findings: { severity: string; item?: number }[] }) => f.findings);
      const bySeverity = (s: string) => all.filter((f: { severity: string }) => f.severity === s).length;
      assert.ok(all.some((f: { item?: number }) => f.item === undefined), 'the fixture has a letter-level finding');
      const rows = cli(['export', '--format', 'csv', '.'], dir).stdout.trimEnd().split('\n').map((r) => r.split(','));
      const [, ...body] = rows;
      const total = body.pop()!;
      assert.strictEqual(total[0], 'TOTAL');
      const sum = (col: number) => body.reduce((n, r) => n + Number(r[r.length - 5 + col]), 0); // errors, warnings, infos: before the two cover-page columns
      assert.deepStrictEqual([sum(0), sum(1), sum(2)], [bySeverity('error'), bySeverity('warning'), bySeverity('info')], 'the rows sum to what check reports');
      assert.deepStrictEqual(total.slice(-5, -2).map(Number), [bySeverity('error'), bySeverity('warning'), bySeverity('info')], 'and so does the totals row');
      const letterRow = body.find((r) => r[0] === 'wrist.txt' && r[3] === '');
      assert.ok(letterRow, 'a row for the letter itself, item columns empty');
      assert.ok(body.indexOf(letterRow) < body.findIndex((r) => r[0] === 'wrist.txt' && r[3] === '1'), 'before its items');
      const json = JSON.parse(cli(['export', '--format', 'json', '.'], dir).stdout);
      assert.deepStrictEqual([json.totals.letters, json.totals.errors, json.totals.warnings, json.totals.infos], [2, bySeverity('error'), bySeverity('warning'), bySeverity('info')]);
    });

    it('writes -o as a whole file and never over an existing one without --force', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONSISTENT));
      assert.strictEqual(cli(['export', '--format', 'csv', '-o', 'out.csv', 'a.txt'], dir).code, 0);
      const first = fs.readFileSync(path.join(dir, 'out.csv'), 'utf8');
      assert.ok(first.startsWith('file,'));
      fs.writeFileSync(path.join(dir, 'out.csv'), 'keep me');
      const again = cli(['export', '--format', 'csv', '-o', 'out.csv', 'a.txt'], dir);
      assert.strictEqual(again.code, 2);
      assert.match(again.stderr, /out\.csv: already exists; use --force/);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8'), 'keep me');
      assert.strictEqual(cli(['export', '--format', 'csv', '-o', 'out.csv', '--force', 'a.txt'], dir).code, 0);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'out.csv'), 'utf8'), first);
      assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp-')), [], 'no temporary file left');
    });
  });

  describe('bad input', () => {
    it('names each bad file in one line, keeps going, and exits 2', () => {
      const dir = tempDir();
      write(dir, 'in/binary.txt', Buffer.from([0x49, 0x4d, 0x52, 0x00, 0x01, 0x02]));
      write(dir, 'in/empty.txt', '');
      write(dir, 'in/latin1.txt', Buffer.from([0x43, 0x61, 0x73, 0xe9, 0xff, 0x0a]));
      write(dir, 'in/notes.txt', 'Shopping list\nmilk, bread\n');
      write(dir, 'in/good.txt', fixture(CONTRADICTORY));
      const big = write(dir, 'huge.txt', '');
      fs.truncateSync(big, 50 * 1024 * 1024);
      const r = cli(['check', 'in', 'huge.txt', 'missing.txt', 'in/notes.txt'], dir);
      assert.strictEqual(r.code, 2);
      const err = r.stderr;
      assert.match(err, /^in\/binary\.txt: binary file, not text$/m);
      assert.match(err, /^in\/empty\.txt: empty file$/m);
      assert.match(err, /^in\/latin1\.txt: not valid UTF-8 text$/m);
      assert.match(err, /^in\/notes\.txt: skipped: not an IMR determination letter$/m);
      assert.match(err, /^huge\.txt: 50\.0 MB is over the 20 MB limit \(raise it with --max-size\)$/m);
      assert.match(err, /^missing\.txt: no such file or folder$/m);
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
      // The good letter was still checked.
      assert.match(r.stdout, /^in\/good\.txt:\d+:\d+: error IMR001/m);
    });

    it('reports usage errors with exit 2', () => {
      const dir = tempDir();
      for (const args of [[], ['lint', 'x'], ['check'], ['check', '--format', 'csv', 'x'], ['export', '--bogus', 'x'], ['check', '--jobs', '0', 'x']]) {
        const r = cli(args, dir);
        assert.strictEqual(r.code, 2, args.join(' '));
        assert.match(r.stderr, /^imr-review: .+\nRun "imr-review --help" for usage\.\n$/);
      }
      assert.strictEqual(cli(['--help'], dir).code, 0);
      assert.match(cli(['--version'], dir).stdout, /^\d+\.\d+\.\d+/);
    });

    it('reports an unreadable --config (exit 2) yet checks the letters, and names the errors of a broken one', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONSISTENT));
      write(dir, 'b.txt', fixture(CONTRADICTORY));
      const missing = cli(['check', '--config', 'nope.json', 'a.txt', 'b.txt'], dir);
      assert.strictEqual(missing.code, 2);
      assert.match(missing.stderr, /nope\.json: cannot read the configuration/);
      assert.match(missing.stdout, /^b\.txt:\d+:\d+: error IMR001/m, 'the letters were still checked');
      assert.match(missing.stderr, /2 letters checked/);
      const exported = cli(['export', '--format', 'csv', '--config', 'nope.json', 'a.txt'], dir);
      assert.strictEqual(exported.code, 2);
      assert.match(exported.stdout, /^a\.txt,/m, 'the export still holds the letter');
      write(dir, '.imr-review.json', '{ "rules": { "IMR001": "loud" } ');
      const broken = cli(['check', 'a.txt'], dir);
      assert.match(broken.stderr, /\.imr-review\.json: /);
      assert.strictEqual(broken.code, 0, 'the letters are still checked');
    });
  });

  describe('configuration shared with the editor', () => {
    it('applies severities and per-item suppressions from .imr-review.json', () => {
      const dir = tempDir();
      write(dir, 'cases/a.txt', fixture(CONTRADICTORY));
      const before = JSON.parse(cli(['check', '--format', 'json', 'cases'], dir).stdout);
      const f = before.files[0].findings.find((x: { rule: string }) => x.rule === 'IMR001');
      write(dir, '.imr-review.json', JSON.stringify({ rules: { 'decision-contradicts-rationale': 'warning' } }));
      const warned = cli(['check', 'cases'], dir);
      assert.strictEqual(warned.code, 0);
      assert.match(warned.stdout, /warning IMR001/);
      const json = JSON.parse(cli(['export', '--format', 'json', 'cases'], dir).stdout);
      const title = json.letters[0].items[f.item].title;
      write(dir, '.imr-review.json', `// shared with the editor\n${JSON.stringify({ ignore: [{ rule: 'IMR001', file: 'cases/a.txt', item: title }] })}`);
      const suppressed = cli(['check', 'cases'], dir);
      assert.strictEqual(suppressed.code, 0);
      assert.doesNotMatch(suppressed.stdout, /IMR001/);
    });
  });

  describe('configuration lookup, problems and letter-wide suppressions', () => {
    const MISSPELLED = 'rules/IMR011/positive-heading-typos-single.txt';
    const DATES = 'rules/IMR012/positive-injury-after-progress-note-single.txt';
    const rulesOf = (r: { stdout: string }) => JSON.parse(r.stdout).files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));

    it('uses the nearest .imr-review.json, in the letter\'s folder or above, with paths relative to it', () => {
      const dir = tempDir();
      write(dir, 'ws/sub/letter.txt', fixture(MISSPELLED));
      write(dir, 'ws/top.txt', fixture(MISSPELLED));
      write(dir, 'ws/.imr-review.json', JSON.stringify({ rules: { IMR011: 'warning' } }));
      write(dir, 'ws/sub/.imr-review.json', JSON.stringify({ rules: { IMR011: 'off' } }));
      const r = cli(['check', '--format', 'json', 'ws'], dir);
      const byFile = Object.fromEntries(JSON.parse(r.stdout).files.map((f: { file: string; findings: { rule: string; severity: string }[] }) => [f.file, f.findings]));
      assert.ok(!byFile['ws/sub/letter.txt'].some((f: { rule: string }) => f.rule === 'IMR011'), 'the nearer file turns IMR011 off');
      assert.ok(byFile['ws/top.txt'].some((f: { rule: string; severity: string }) => f.rule === 'IMR011' && f.severity === 'warning'));
      // Suppression paths are relative to the folder of the file that applies.
      write(dir, 'ws/sub/.imr-review.json', JSON.stringify({ ignore: [{ rule: 'IMR012', file: 'letter.txt' }] }));
      write(dir, 'ws/sub/letter.txt', fixture(DATES));
      assert.ok(!rulesOf(cli(['check', '--format', 'json', 'ws/sub'], dir)).includes('IMR012'));
      write(dir, 'ws/sub/.imr-review.json', JSON.stringify({ ignore: [{ rule: 'IMR012', file: 'sub/letter.txt' }] }));
      assert.ok(rulesOf(cli(['check', '--format', 'json', 'ws/sub'], dir)).includes('IMR012'));
    });

    it('names each unknown rule and key with the file on stderr, and applies the valid parts', () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      write(dir, '.imr-review.json', JSON.stringify({ rules: { IMR999: 'off', NOPE: 'off', IMR001: 'warning' }, bogus: true }));
      const r = cli(['check', 'a.txt'], dir);
      assert.strictEqual(r.code, 0, 'IMR001 is a warning now');
      assert.match(r.stdout, /warning IMR001/);
      const problems = r.stderr.split('\n').filter((l) => l.includes('.imr-review.json: '));
      assert.strictEqual(problems.length, 3, r.stderr);
      for (const what of ['unknown rule "IMR999"', 'unknown rule "NOPE"', 'unknown key "bogus"']) {
        assert.ok(problems.some((l) => l.startsWith('imr-review: ') && l.includes(path.join(dir, '.imr-review.json')) && l.includes(what)), what);
      }
    });

    it('ignores a finding tied to no item with an entry for the whole letter', () => {
      const dir = tempDir();
      write(dir, 'cases/a.txt', fixture(DATES));
      const before = JSON.parse(cli(['check', '--format', 'json', 'cases'], dir).stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'IMR012');
      assert.ok(before.length > 0 && before.every((f: { item?: number }) => f.item === undefined), 'IMR012 is tied to no item');
      write(dir, '.imr-review.json', JSON.stringify({ ignore: [{ rule: 'date-inconsistency', file: 'cases/a.txt' }] }));
      const after = cli(['check', '--format', 'json', 'cases'], dir);
      assert.strictEqual(after.stderr.includes('.imr-review.json'), false, after.stderr);
      assert.ok(!rulesOf(after).includes('IMR012'));
    });
  });

  describe('batches', () => {
    it('gives the same output with 2 worker threads as with 1', () => {
      const dir = tempDir();
      const letters = [fixture(CONTRADICTORY), fixture(CONSISTENT), fixture('letters/fd-double-spaced-prose-reviewer.txt')];
      for (let i = 0; i < 300; i++) write(dir, `batch/${String(i).padStart(3, '0')}.txt`, letters[i % letters.length]);
      const one = cli(['check', '--jobs', '1', 'batch'], dir);
      const two = cli(['check', '--jobs', '2', 'batch'], dir);
      assert.strictEqual(two.stdout, one.stdout);
      assert.strictEqual(two.code, one.code);
      assert.strictEqual(cli(['export', '--format', 'csv', '--jobs', '2', 'batch'], dir).stdout, cli(['export', '--format', 'csv', '--jobs', '1', 'batch'], dir).stdout);
    });

    it('runs in-process with the same results as the binary', async () => {
      const dir = tempDir();
      write(dir, 'a.txt', fixture(CONTRADICTORY));
      const a = await inProcess(['check', 'a.txt'], dir);
      const b = cli(['check', 'a.txt'], dir);
      assert.strictEqual(a.code, b.code);
      assert.strictEqual(a.stdout, b.stdout);
    });
  });

  describe('the real letters (../shared/seeds)', () => {
    const seeds = path.resolve(__dirname, '../../../../shared/seeds');
    it('checks and exports them in every format', function () {
      if (!fs.existsSync(seeds)) {
        console.log(`    NOTICE: ${seeds} is absent; CLI run on real letters skipped.`);
        this.skip();
      }
      const r = cli(['check', seeds], path.dirname(seeds));
      assert.strictEqual(r.code, 0, 'the real letters hold no error-severity problems');
      assert.match(r.stderr, /4 letters checked: 0 errors/);
      // JSON and SARIF say what the core finds in each letter (whose findings rules-deep.test.ts pins).
      const names = fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
      const expected = names.map((name) => ({ file: `${seeds.split(path.sep).join('/')}/${name}`, findings: analyze(fs.readFileSync(path.join(seeds, name), 'utf8')).findings.map(({ fix: _fix, ...f }) => f) }));
      const checked = JSON.parse(cli(['check', '--format', 'json', seeds], path.dirname(seeds)).stdout);
      assert.deepStrictEqual(checked, { schemaVersion: 1, files: expected, skipped: [], errors: [] });
      const sarif = JSON.parse(cli(['check', '--format', 'sarif', seeds], path.dirname(seeds)).stdout);
      assert.deepStrictEqual(
        sarif.runs[0].results.map((r: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }) => [
          r.ruleId,
          r.level,
          r.message.text,
          r.locations[0].physicalLocation.artifactLocation.uri,
          r.locations[0].physicalLocation.region.startLine,
        ]),
        expected.flatMap(({ file, findings }) => findings.map((f) => [f.rule, SARIF_LEVEL[f.severity], f.message, file, f.range.start.line + 1])),
      );
      const json = JSON.parse(cli(['export', '--format', 'json', seeds], path.dirname(seeds)).stdout);
      assert.strictEqual(json.letters.length, 4);
      const rows = cli(['export', '--format', 'csv', seeds], path.dirname(seeds)).stdout.trimEnd().split('\n');
      // The header, 11 items, a row for each letter with letter-level findings, the totals.
      const letterRows = rows.filter((r) => /^[^,]+,[^,]*,("[^"]*"|[^,]*),,/.test(r) && !r.startsWith('TOTAL,'));
      assert.strictEqual(rows.length, 1 + 11 + letterRows.length + 1);
      assert.ok(rows[rows.length - 1].startsWith('TOTAL,'));
    });
  });
});

// Issue 12: every input the CLI should read, and a plain line for what it cannot.
describe('imr-review CLI: inputs of every kind (issue 12)', function () {
  this.timeout(120000);
  before(ensureBuilt);

  /** The CLI with a deadline: a run that would hang on a FIFO is killed, and the test fails instead of hanging. */
  const bounded = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
    assert.strictEqual(r.signal, null, `killed after 30 s (it hung): ${args.join(' ')}`);
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const utf16 = (text: string, endian: 'le' | 'be') => {
    const le = Buffer.from(`\ufeff${text}`, 'utf16le');
    return endian === 'le' ? le : le.swap16();
  };
  const findingsOf = (r: { stdout: string }) => (JSON.parse(r.stdout) as { files: { file: string; findings: unknown[] }[] }).files;

  it('reads UTF-16LE and UTF-16BE letters with a BOM as their UTF-8 copy, and names invalid UTF-16', () => {
    const dir = tempDir();
    const text = fixture(CONTRADICTORY);
    write(dir, 'utf8.txt', text);
    write(dir, 'le.txt', utf16(text, 'le'));
    write(dir, 'be.txt', utf16(text.replace(/\n/g, '\r\n'), 'be'));
    write(dir, 'odd.txt', utf16(text, 'le').subarray(0, 301));
    const r = bounded(['check', '--format', 'json', '.'], dir);
    assert.strictEqual(r.code, 2, r.stderr);
    const files = findingsOf(r);
    assert.deepStrictEqual(files.map((f) => f.file), ['be.txt', 'le.txt', 'utf8.txt']);
    for (const f of files) assert.deepStrictEqual(f.findings, files[2].findings, `${f.file} reads as the UTF-8 letter`);
    assert.match(r.stderr, /^odd\.txt: not valid UTF-16 text$/m);
    const exported = bounded(['export', '--format', 'csv', 'le.txt', 'utf8.txt'], dir).stdout.trimEnd().split('\n');
    const rowsOf = (file: string) => exported.filter((l) => l.startsWith(`${file},`)).map((l) => l.slice(file.length));
    assert.ok(rowsOf('utf8.txt').length > 0);
    assert.deepStrictEqual(rowsOf('le.txt'), rowsOf('utf8.txt'), 'the export reads the UTF-16 letter too');
  });

  it('follows linked letters and folders in a folder walk, in the stable order, and does not loop', () => {
    const dir = tempDir();
    write(dir, 'outside/linked-in.txt', fixture(CONTRADICTORY));
    write(dir, 'letters/a.txt', fixture(CONSISTENT));
    write(dir, 'letters/sub/c.txt', fixture(CONSISTENT));
    fs.symlinkSync(path.join('..', 'outside', 'linked-in.txt'), path.join(dir, 'letters', 'b-link.txt'));
    fs.symlinkSync(path.join('..', 'outside'), path.join(dir, 'letters', 'folder-link'));
    fs.symlinkSync('..', path.join(dir, 'letters', 'sub', 'up')); // back to letters: a loop
    fs.symlinkSync(path.join('..', '..', 'letters'), path.join(dir, 'letters', 'sub', 'top')); // another way round
    fs.symlinkSync(path.join(dir, 'outside'), path.join(dir, 'letters', 'node_modules')); // skipped by name, as a folder
    const r = bounded(['check', '--format', 'json', '--verbose', 'letters'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.deepStrictEqual(findingsOf(r).map((f) => f.file), ['letters/a.txt', 'letters/b-link.txt', 'letters/folder-link/linked-in.txt', 'letters/sub/c.txt']);
    assert.match(r.stderr, /^letters\/b-link\.txt: followed link to a file$/m);
    assert.match(r.stderr, /^letters\/folder-link: followed link to a folder$/m);
    assert.match(r.stderr, /^letters\/sub\/up: not entered: a link back to letters, which is being read$/m);
    assert.match(r.stderr, /^letters\/sub\/top: not entered: a link back to letters, which is being read$/m);
    assert.match(r.stderr, /^4 letters checked: /m);
    const quiet = bounded(['check', 'letters'], dir);
    assert.doesNotMatch(quiet.stderr, /followed|not entered/, 'the notes are for --verbose only');
    // The linked folder given itself: its link back up is entered once (it is not an ancestor of the walk) and no further.
    const fromSub = bounded(['check', '--format', 'json', 'letters/sub'], dir);
    assert.deepStrictEqual(findingsOf(fromSub).map((f) => f.file), ['letters/sub/c.txt', 'letters/sub/top/a.txt', 'letters/sub/top/b-link.txt', 'letters/sub/top/folder-link/linked-in.txt', 'letters/sub/up/a.txt', 'letters/sub/up/b-link.txt', 'letters/sub/up/folder-link/linked-in.txt']);
  });

  it('names a broken link in one line (exit 2) and goes on', () => {
    const dir = tempDir();
    write(dir, 'letters/a.txt', fixture(CONSISTENT));
    fs.symlinkSync('gone.txt', path.join(dir, 'letters', 'dangling.txt'));
    fs.symlinkSync('gone', path.join(dir, 'letters', 'dangling-folder'));
    fs.symlinkSync('self.txt', path.join(dir, 'letters', 'self.txt'));
    const r = bounded(['check', '--verbose', 'letters', 'letters/dangling.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.stderr.split('\n').filter((l) => l.startsWith('letters/')), [
      'letters/dangling-folder: skipped: broken link',
      'letters/dangling.txt: broken link',
      'letters/self.txt: broken link (its links lead round in a loop)',
      'letters/dangling.txt: broken link',
    ]);
    assert.match(r.stderr, /^1 letter checked: .*\(3 unreadable\)$/m);
  });

  it('says "not a regular file" for a FIFO or a device given by name, never reading it, and skips them in folders', () => {
    const dir = tempDir();
    write(dir, 'letters/a.txt', fixture(CONSISTENT));
    execFileSync('mkfifo', [path.join(dir, 'letters', 'pipe.txt')]);
    fs.symlinkSync('/dev/zero', path.join(dir, 'letters', 'zero.txt'));
    const given = bounded(['check', 'letters/pipe.txt', '/dev/zero', 'letters/zero.txt'], dir);
    assert.strictEqual(given.code, 2);
    assert.match(given.stderr, /^letters\/pipe\.txt: not a regular file$/m);
    assert.match(given.stderr, /^\/dev\/zero: not a regular file$/m);
    assert.match(given.stderr, /^letters\/zero\.txt: not a regular file$/m);
    const walked = bounded(['check', '--verbose', 'letters'], dir);
    assert.strictEqual(walked.code, 0, walked.stderr);
    assert.match(walked.stderr, /^letters\/pipe\.txt: skipped: not a regular file$/m);
    assert.match(walked.stderr, /^letters\/zero\.txt: skipped: not a regular file$/m);
    assert.match(walked.stderr, /^1 letter checked: 0 errors, \d+ warnings?, \d+ info$/m, 'nothing unreadable');
  });

  it('reads no FIFO in-process either: the job reports it without opening it', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    // Opening the FIFO for reading would block this thread until a writer comes: none ever does.
    const r = await inProcess(['check', 'pipe.txt'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^pipe\.txt: not a regular file$/m);
  });

  it('says in one line, never with a stack, that it cannot write its output (a full disk)', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(CONTRADICTORY));
    const full = fs.openSync('/dev/full', 'w');
    try {
      for (const args of [['check', 'a.txt'], ['--help']]) {
        const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', full, 'pipe'], timeout: 30000 });
        assert.strictEqual(r.status, 2, r.stderr);
        assert.match(r.stderr, /^imr-review: cannot write to standard output: ENOSPC$/m);
        assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace');
      }
    } finally {
      fs.closeSync(full);
    }
  });
});

describe('imr-review CLI: the configuration file as hostile input', function () {
  this.timeout(120000);
  before(ensureBuilt);

  const configLines = (stderr: string) => stderr.split('\n').filter((l) => l.includes('.imr-review.json'));

  it('checks every letter when a config holds 8,000 "[": one line names it, its letters get the defaults', async () => {
    const dir = tempDir();
    write(dir, 'deep/.imr-review.json', '['.repeat(8000));
    write(dir, 'deep/a.txt', fixture(CONTRADICTORY));
    write(dir, 'other/.imr-review.json', JSON.stringify({ rules: { IMR001: 'warning' } }));
    write(dir, 'other/b.txt', fixture(CONTRADICTORY));
    for (const r of [cli(['check', 'deep', 'other'], dir), await inProcess(['check', 'deep', 'other'], dir)]) {
      assert.doesNotMatch(r.stderr, /internal error|Maximum call stack/);
      assert.deepStrictEqual(configLines(r.stderr), [`imr-review: ${path.join(dir, 'deep', '.imr-review.json')}: nested too deeply (more than 64 levels, at offset 64): nothing in the file applies`]);
      assert.match(r.stdout, /^deep\/a\.txt:\d+:\d+: error IMR001/m, 'the letter under the deep config is checked with the defaults');
      assert.match(r.stdout, /^other\/b\.txt:\d+:\d+: warning IMR001/m, 'the other folder keeps its own config');
      assert.match(r.stderr, /2 letters checked: 1 error, 1 warning/);
      assert.strictEqual(r.code, 1);
    }
    // Given with --config, the same line, and the letters are still checked.
    const explicit = cli(['check', '--config', 'deep/.imr-review.json', 'other'], dir);
    assert.strictEqual(configLines(explicit.stderr).length, 1, explicit.stderr);
    assert.match(explicit.stdout, /^other\/b\.txt:\d+:\d+: error IMR001/m);
  });

  it('reads a config that starts with a UTF-8 byte order mark, as the editor does', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(CONTRADICTORY));
    write(dir, '.imr-review.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "rules": { "IMR001": "warning" } }')]));
    const r = cli(['check', 'a.txt'], dir);
    assert.deepStrictEqual(configLines(r.stderr), [], r.stderr);
    assert.match(r.stdout, /warning IMR001/);
    assert.strictEqual(r.code, 0);
  });

  it('reports "__proto__" as an unknown key and does not turn rules off through it', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(CONTRADICTORY));
    write(dir, '.imr-review.json', '{"__proto__": {"rules": {"IMR001": "off"}}}');
    const r = cli(['check', 'a.txt'], dir);
    assert.deepStrictEqual(configLines(r.stderr), [`imr-review: ${path.join(dir, '.imr-review.json')}: unknown key "__proto__" (expected "rules" or "ignore")`]);
    assert.match(r.stdout, /error IMR001/);
    assert.strictEqual(r.code, 1);
  });

  it('warns about two "ignore" keys and applies the last', () => {
    const dir = tempDir();
    write(dir, 'a.txt', fixture(CONTRADICTORY));
    write(dir, '.imr-review.json', JSON.stringify({ ignore: [] }).replace('}', `, "ignore": [{"rule": "IMR001", "file": "a.txt"}]}`));
    const r = cli(['check', 'a.txt'], dir);
    assert.deepStrictEqual(configLines(r.stderr), [`imr-review: ${path.join(dir, '.imr-review.json')}: duplicate key "ignore": the last one is used`]);
    assert.doesNotMatch(r.stdout, /IMR001/);
  });
});
