// Runs the built CLI (dist/cli.js) and the in-process main(); prepares temporary letter folders.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export const REPO = path.resolve(__dirname, '../../..');
export const CLI = path.join(REPO, 'dist', 'cli.js');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');

let built = false;
/** Builds the bundles once per test run, so the tests exercise what users run (`npm test` has built them: IMR_BUNDLES_BUILT). */
export function ensureBuilt(): void {
  if (built || process.env.IMR_BUNDLES_BUILT === '1') return;
  const r = spawnSync(process.execPath, ['esbuild.js'], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  built = true;
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function inProcess(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd, env: {} });
  return { code, stdout, stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'imr-cli-'));
}

/** A fixture with its `{IMRnnn}` markers removed. */
export function fixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8').replace(/\{IMR\d{3}\}/g, '');
}

export function write(dir: string, rel: string, content: string | Buffer): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}
