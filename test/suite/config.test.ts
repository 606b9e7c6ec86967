// One configuration for the editor and the CLI: a `.imr-review.json` in a subfolder applies to the
// letters below it in the editor exactly as in `imr-review check`, it is picked up when it appears
// (file watcher), and "Ignore ... for this letter" writes into that file, relative to it.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeActions, codeOf, imrDiagnostics, openLetter, waitForDiagnostics, workspaceRoot, workspaceUri } from './helpers';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const SUB = 'nested-config';

interface CliFinding {
  rule: string;
  severity: string;
  range: { start: { line: number; character: number } };
}

/** `imr-review check --format json` over one letter of the workspace, from the workspace root. */
function cliFindings(...segments: string[]): string[] {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path.join(...segments)], {
    cwd: workspaceRoot(),
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  assert.ok(r.stdout, `the CLI printed nothing (exit ${r.status}): ${r.stderr}`);
  const files = (JSON.parse(r.stdout) as { files: { findings: CliFinding[] }[] }).files;
  assert.strictEqual(files.length, 1, `the CLI did not check ${segments.join('/')}: ${r.stderr}`);
  return files[0].findings.map((f) => `${f.rule} ${f.severity} ${f.range.start.line}:${f.range.start.character}`).sort();
}

const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

function editorFindings(uri: vscode.Uri): string[] {
  return imrDiagnostics(uri)
    .map((d) => `${codeOf(d)} ${SEVERITY[d.severity]} ${d.range.start.line}:${d.range.start.character}`)
    .sort();
}

async function write(rel: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(...rel.split('/')), new TextEncoder().encode(text));
}

describe('One configuration for the editor and the CLI', () => {
  before(async () => {
    await activateExtension();
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run node esbuild.js`);
  });
  after(async () => {
    for (const doc of vscode.workspace.textDocuments) {
      if (doc.uri.path.includes(`/${SUB}/`)) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    }
    await vscode.workspace.fs.delete(workspaceUri(SUB), { recursive: true, useTrash: false });
  });

  it('applies a nested .imr-review.json to the letters below it, as the CLI does', async () => {
    const misspelled = fs.readFileSync(path.join(workspaceRoot(), 'letters', 'misspelled-wrist.txt'), 'utf8');
    await write(`${SUB}/wrist.txt`, misspelled);
    const doc = await openLetter(SUB, 'wrist.txt');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR011'), 'IMR011 before the nested config exists');
    assert.deepStrictEqual(editorFindings(doc.uri), cliFindings(SUB, 'wrist.txt'), 'without a config');

    // Created after the letter was analysed: the watcher must invalidate the lookup.
    await write(`${SUB}/.imr-review.json`, '// only for this folder\n{ "rules": { "IMR011": "off", "misspelled-term": "off" } }\n');
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((d) => codeOf(d) === 'IMR011'), 'IMR011 turned off by the nested config');
    const cli = cliFindings(SUB, 'wrist.txt');
    assert.ok(!cli.some((f) => f.startsWith('IMR011')), 'the CLI drops IMR011 too');
    assert.deepStrictEqual(editorFindings(doc.uri), cli, 'the editor shows what the CLI prints');
    // The letter beside the workspace root is still under the root configuration (none).
    const outside = await openLetter('letters', 'misspelled-wrist.txt');
    await waitForDiagnostics(outside.uri, (ds) => ds.some((d) => codeOf(d) === 'IMR011'), 'IMR011 outside the nested folder');
  });

  it('"Ignore IMR007 for this letter" writes an entry without item into the nested config, relative to it', async () => {
    const knee = fs.readFileSync(path.join(workspaceRoot(), 'letters', 'consistent-knee.txt'), 'utf8');
    const noSummary = knee.replace(/^CLINICAL CASE SUMMARY\r?\n/m, '');
    assert.notStrictEqual(noSummary, knee, 'the fixture has a CLINICAL CASE SUMMARY heading to remove');
    await write(`${SUB}/deeper/knee.txt`, noSummary);
    const doc = await openLetter(SUB, 'deeper', 'knee.txt');
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR007'), 'IMR007 for the missing section')).filter((x) => codeOf(x) === 'IMR007');
    const actions = await codeActions(doc, d);
    const ignore = actions.find((a) => a.title === 'Ignore IMR007 for this letter');
    assert.ok(ignore?.command, `no "Ignore IMR007 for this letter" among: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
    assert.ok(!actions.some((a) => a.title === 'Ignore IMR007 for this item'), 'the finding belongs to no item');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));

    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR007'), 'IMR007 silenced for the letter');
    assert.strictEqual(doc.getText(), noSummary, 'the letter is not edited');
    const nested = fs.readFileSync(path.join(workspaceRoot(), SUB, '.imr-review.json'), 'utf8');
    assert.ok(nested.startsWith('// only for this folder'), 'the nested file was edited in place, comments kept');
    const config = JSON.parse(nested.replace(/^\s*\/\/.*$/gm, '')) as { ignore?: Record<string, string>[] };
    assert.deepStrictEqual(config.ignore, [{ rule: 'IMR007', file: 'deeper/knee.txt' }]);
    assert.ok(!fs.existsSync(path.join(workspaceRoot(), '.imr-review.json')) || !fs.readFileSync(path.join(workspaceRoot(), '.imr-review.json'), 'utf8').includes('knee.txt'), 'nothing written to the root config');
    assert.deepStrictEqual(editorFindings(doc.uri), cliFindings(SUB, 'deeper', 'knee.txt'), 'the CLI honours the entry the editor wrote');
  });

  // The configuration file as hostile input (issue 12): the editor reads it as the CLI does, and a
  // bad one costs only the letters below it.
  const wrist = () => fs.readFileSync(path.join(workspaceRoot(), 'letters', 'misspelled-wrist.txt'), 'utf8');
  const imr011Is = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) => ds.some((d) => codeOf(d) === 'IMR011' && d.severity === severity);

  it('checks the letters below a config of 8,000 "[" with the defaults, and reads the file again once it is fixed', async () => {
    await write(`${SUB}/deep/.imr-review.json`, '['.repeat(8000));
    await write(`${SUB}/deep/wrist.txt`, wrist());
    const doc = await openLetter(SUB, 'deep', 'wrist.txt');
    await waitForDiagnostics(doc.uri, imr011Is(vscode.DiagnosticSeverity.Information), 'IMR011 at its default severity below the refused config');
    assert.deepStrictEqual(editorFindings(doc.uri), cliFindings(SUB, 'deep', 'wrist.txt'), 'the editor shows what the CLI prints');
    await write(`${SUB}/deep/.imr-review.json`, '{ "rules": { "IMR011": "warning" } }');
    await waitForDiagnostics(doc.uri, imr011Is(vscode.DiagnosticSeverity.Warning), 'IMR011 a warning once the config is fixed');
  });

  it('reads a config that starts with a byte order mark, as the CLI does', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{ "rules": { "IMR011": "warning" } }')]);
    await vscode.workspace.fs.writeFile(workspaceUri(SUB, 'bom', '.imr-review.json'), bom);
    await write(`${SUB}/bom/wrist.txt`, wrist());
    const doc = await openLetter(SUB, 'bom', 'wrist.txt');
    await waitForDiagnostics(doc.uri, imr011Is(vscode.DiagnosticSeverity.Warning), 'IMR011 a warning by the config with a BOM');
    assert.deepStrictEqual(editorFindings(doc.uri), cliFindings(SUB, 'bom', 'wrist.txt'), 'the CLI reads the BOM config too');
    const cli = spawnSync(process.execPath, [CLI, 'check', path.join(SUB, 'bom')], { cwd: workspaceRoot(), encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    assert.doesNotMatch(cli.stderr, /\.imr-review\.json/, 'and has nothing to say about it');
  });

  it('"Ignore IMR011 for this item" writes into the last of two "ignore" lists, the one the editor and the CLI read', async () => {
    await write(`${SUB}/dup/.imr-review.json`, '{\n  "ignore": [],\n  "ignore": []\n}\n');
    await write(`${SUB}/dup/wrist.txt`, wrist());
    const doc = await openLetter(SUB, 'dup', 'wrist.txt');
    const [d] = (await waitForDiagnostics(doc.uri, imr011Is(vscode.DiagnosticSeverity.Information), 'IMR011 before the suppression')).filter((x) => codeOf(x) === 'IMR011');
    const ignore = (await codeActions(doc, d)).find((a) => a.title === 'Ignore IMR011 for this item');
    assert.ok(ignore?.command, 'an "Ignore IMR011 for this item" quick fix');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR011'), 'IMR011 suppressed by the entry the quick fix wrote');
    const written = fs.readFileSync(path.join(workspaceRoot(), SUB, 'dup', '.imr-review.json'), 'utf8');
    assert.match(written, /^\{\n {2}"ignore": \[\],\n {2}"ignore": \[\n {4}\{/, `the entry is in the second list:\n${written}`);
    assert.deepStrictEqual(editorFindings(doc.uri), cliFindings(SUB, 'dup', 'wrist.txt'), 'the CLI honours the entry too');
  });
});
