// The CLI's formats are a table (src/cli/formats.ts): every format has the core's renderer, the
// command line accepts exactly the table's names, and the usage text and the summary line come
// from the table and the core, so the CLI cannot drift from the editor's outputs.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  addCounts, analyze, countReport, decodeLetter, emptyConfig, leftOutText, renderCheckJson, renderExport, renderSarif, renderText, rules, severityText, zeroCounts,
  type CheckFileResult, type LetterReport, type Problem,
} from '../../src/core';
import { parse, USAGE } from '../../src/cli/args';
import { CHECK_FORMATS, DEFAULT_FORMAT, EXPORT_FORMATS, FORMATS, formatNames, isFormat, type CheckFormat, type Command, type ExportFormat } from '../../src/cli/formats';
import { VERSION } from '../../src/cli/version';
import { inProcess, REPO } from './harness';

const EXAMPLES = path.join(REPO, 'examples');
const COMMANDS: Command[] = ['check', 'export'];

/** The example letters, analysed as the CLI does (the one that is no letter left out). */
function exampleReports(): LetterReport[] {
  const reports: LetterReport[] = [];
  for (const f of fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt')).sort()) {
    const read = decodeLetter(fs.readFileSync(path.join(EXAMPLES, f)));
    if (!read.ok) continue;
    const { letter, findings } = analyze(read.text, { config: emptyConfig(), file: f });
    reports.push({ file: `examples/${f}`, letter, findings });
  }
  return reports;
}

/** A check in `format` as the CLI runs it: each letter's part as it comes, then the end. */
function runCheckFormat(format: CheckFormat, files: readonly CheckFileResult[], skipped: Problem[], errors: Problem[]): string {
  const out = CHECK_FORMATS[format]();
  return files.map((f) => out.add(f)).join('') + out.end(skipped, errors);
}

describe('imr-review: the table of formats', () => {
  it('offers exactly the formats of each command, each with a renderer', () => {
    assert.deepStrictEqual(formatNames('check'), ['text', 'json', 'sarif']);
    assert.deepStrictEqual(formatNames('export'), ['markdown', 'json', 'jsonl', 'csv']);
    for (const command of COMMANDS) {
      for (const name of formatNames(command)) {
        assert.ok(isFormat(command, name), `${command} ${name}`);
        assert.strictEqual(typeof (FORMATS[command] as Record<string, unknown>)[name], 'function', `${command} ${name} has a renderer`);
      }
      assert.ok(isFormat(command, DEFAULT_FORMAT[command]), `${command}'s default is in its table`);
    }
  });

  it('renders every check format with the core renderer the editor uses', () => {
    const reports = exampleReports();
    assert.ok(reports.some((r) => r.findings.length > 0), 'the examples have findings');
    const files: CheckFileResult[] = reports.map((r) => ({ file: r.file, findings: r.findings }));
    const skipped: Problem[] = [{ file: 'examples/office-notes.txt', message: 'not an IMR letter' }];
    const errors: Problem[] = [{ file: 'gone.txt', message: 'no such file or folder' }];
    const expected: Record<CheckFormat, string> = {
      text: reports.map((r) => renderText(r.file, r.findings)).join(''),
      json: renderCheckJson(files, skipped, errors),
      sarif: renderSarif(files, rules, VERSION),
    };
    for (const format of Object.keys(CHECK_FORMATS) as CheckFormat[]) {
      const got = runCheckFormat(format, files, skipped, errors);
      assert.ok(got.length > 0, format);
      assert.strictEqual(got, expected[format], format);
    }
  });

  it('renders every export format with the core stream the editor uses', () => {
    const reports = exampleReports();
    for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
      const stream = EXPORT_FORMATS[format]();
      // As the CLI does: each letter rendered on its own (in a worker), then framed by the stream.
      const got = stream.begin() + reports.map((r) => stream.addRendered(stream.render(r), countReport(r))).join('') + stream.end();
      assert.strictEqual(got, renderExport(format, reports), format);
    }
  });

  it('accepts each format of the table and rejects any other with the table as the list', () => {
    for (const command of COMMANDS) {
      for (const format of formatNames(command)) {
        const p = parse([command, '--format', format, 'x.txt']);
        assert.ok(p.kind === 'run', `${command} --format ${format}`);
        assert.strictEqual(p.options.command, command);
        assert.strictEqual(p.options.format, format);
      }
      const p = parse([command, 'x.txt']);
      assert.ok(p.kind === 'run' && p.options.command !== 'text' && p.options.format === DEFAULT_FORMAT[command]);
      const other = command === 'check' ? formatNames('export') : formatNames('check');
      // The other command's formats, an object's own keys, and near misses are no formats.
      for (const bad of [...other.filter((f) => !isFormat(command, f)), 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'TEXT', 'Markdown', '']) {
        assert.deepStrictEqual(parse([command, '--format', bad, 'x.txt']), {
          kind: 'error',
          message: `${command}: --format must be one of ${formatNames(command).join(', ')}`,
        }, `${command} --format ${JSON.stringify(bad)}`);
      }
    }
  });

  it('lists the table in the usage text', () => {
    assert.ok(USAGE.includes(`imr-review check  [--format ${formatNames('check').join('|')}]`), USAGE);
    assert.ok(USAGE.includes(`imr-review export [--format ${formatNames('export').join('|')}]`), USAGE);
  });

  it('types the formats by the table: an unknown one does not compile', () => {
    // Checked by tsc: each line below must be a type error, or the build fails.
    // @ts-expect-error csv is an export format, not a check format
    const badCheck: CheckFormat = 'csv';
    // @ts-expect-error sarif is a check format, not an export format
    const badExport: ExportFormat = 'sarif';
    // @ts-expect-error no such format in the table
    void CHECK_FORMATS.xml;
    assert.ok(!isFormat('check', badCheck) && !isFormat('export', badExport));
  });
});

describe('imr-review check: the summary line is the core\'s counts', () => {
  it('sums countReport with addCounts and words it with severityText', async () => {
    const reports = exampleReports();
    const total = reports.reduce((t, r) => addCounts(t, countReport(r)), zeroCounts());
    assert.ok(total.errors > 0 && total.warnings + total.infos > 0, 'the examples have findings of several severities');
    const r = await inProcess(['check', 'examples'], REPO);
    const lines = r.stderr.split('\n').slice(0, -1);
    // office-notes.txt is in examples/ but is no letter.
    assert.deepStrictEqual(lines, [`${reports.length} letters checked: ${severityText(total)} (${leftOutText(1, 0)})`]);
    assert.strictEqual(r.code, 1);
  });

  it('words the totals alike wherever they are shown', () => {
    assert.strictEqual(severityText({ errors: 1, warnings: 2, infos: 0 }), '1 error, 2 warnings, 0 info');
    assert.strictEqual(severityText({ errors: 0, warnings: 1, infos: 5 }), '0 errors, 1 warning, 5 info');
    assert.strictEqual(leftOutText(2, 1), '2 skipped as not letters, 1 unreadable');
    assert.strictEqual(leftOutText(1, 0), '1 skipped as not a letter');
    assert.strictEqual(leftOutText(0, 3), '3 unreadable');
    assert.strictEqual(leftOutText(0, 0), '');
  });
});
