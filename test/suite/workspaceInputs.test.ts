// Issue 12: the workspace features and the CLI read the same inputs. Letters saved as UTF-16 with a
// BOM, a linked letter and a linked folder (VS Code's search follows links; so does the CLI's walk),
// a link back up (a loop: neither enters it twice) and a FIFO (neither opens it). Runs after
// workspace.test.ts (file order): the letter it opens stays open, its file deleted.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeOf, imrDiagnostics, LANGUAGE_ID, openAs, waitForDiagnostics, workspaceRoot, workspaceUri } from './helpers';

/** The CLI bundle of this checkout (the suite is compiled to out/test/suite). */
const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function runCli(cwd: string, args: string[]): string {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build before the suite`);
  // In the desktop extension host process.execPath is Electron: ask it to behave as Node. The
  // timeout keeps a CLI that would block on the FIFO from hanging the suite.
  const r = spawnSync(process.execPath, [CLI, ...args, '.'], { cwd, encoding: 'utf8', timeout: 30000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(r.status === 0 || r.status === 1, `the CLI failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
};

describe('Workspace inputs: UTF-16, links, loops and FIFOs, as the CLI reads them', () => {
  const dir = `inputs-${Date.now()}`;
  let outside: string;

  before(async () => {
    await activateExtension();
    const root = path.join(workspaceRoot(), dir);
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-linked-'));
    const shoulder = fs.readFileSync(workspaceUri('letters', 'contradictory-shoulder.txt').fsPath, 'utf8');
    fs.copyFileSync(workspaceUri('batch', 'never-opened-elbow.txt').fsPath, path.join(outside, 'elbow.txt'));
    fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(root, 'le.txt'), utf16(shoulder, 'le'));
    fs.writeFileSync(path.join(root, 'be.txt'), utf16(shoulder.replace(/\n/g, '\r\n'), 'be'));
    fs.symlinkSync(path.join(outside, 'elbow.txt'), path.join(root, 'linked.txt'));
    fs.symlinkSync(outside, path.join(root, 'linked-folder'));
    fs.symlinkSync('..', path.join(root, 'sub', 'up'));
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')]);
  });

  after(() => {
    fs.rmSync(path.join(workspaceRoot(), dir), { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('the workspace export lists the same letters, with the same rows, as `imr-review export --format csv .`', async () => {
    const exports = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-inputs-export-'));
    try {
      const target = vscode.Uri.file(path.join(exports, 'decisions.csv'));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.exportWorkspaceSummaries', { format: 'csv', target });
      assert.ok(written, 'the export was written');
      const ours = (csv: string) => csv.split('\n').filter((l) => l.startsWith(`${dir}/`));
      const editor = ours(fs.readFileSync(target.fsPath, 'utf8'));
      const files = [...new Set(editor.map((l) => l.slice(0, l.indexOf(','))))];
      assert.deepStrictEqual(files, [`${dir}/be.txt`, `${dir}/le.txt`, `${dir}/linked-folder/elbow.txt`, `${dir}/linked.txt`], 'UTF-16 and linked letters, no loop, no FIFO');
      assert.deepStrictEqual(editor, ours(runCli(workspaceRoot(), ['export', '--format', 'csv'])), 'the workspace export equals the CLI\'s');
    } finally {
      fs.rmSync(exports, { recursive: true, force: true });
    }
  });

  it('an open UTF-16 letter (decoded by VS Code) gets the findings the CLI reports for its file', async () => {
    const uri = workspaceUri(dir, 'le.txt');
    const doc = await openAs(uri, LANGUAGE_ID);
    assert.strictEqual(doc.getText().charCodeAt(0) === 0xfeff, false, 'VS Code drops the BOM');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => codeOf(d) === 'IMR001'), 'IMR001 in the open UTF-16 letter');
    const cli = JSON.parse(runCli(workspaceRoot(), ['check', '--format', 'json'])) as { files: { file: string; findings: { rule: string; range: vscode.Range }[] }[] };
    const theirs = cli.files.find((f) => f.file === `${dir}/le.txt`);
    assert.ok(theirs, `the CLI read ${dir}/le.txt`);
    const key = (rule: string | undefined, line: number, character: number) => `${rule}@${line}:${character}`;
    const live = imrDiagnostics(uri).map((d) => key(codeOf(d), d.range.start.line, d.range.start.character)).sort();
    assert.deepStrictEqual(live, theirs.findings.map((f) => key(f.rule, f.range.start.line, f.range.start.character)).sort());
  });
});
