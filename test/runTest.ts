// The standard @vscode/test-electron runner, for machines that can download desktop VS Code:
// runs the same integration suite (test/suite) in the desktop extension host.
// `node out/test/runTest.js` after `npx tsc -p . && npm run build`. Here and in CI (no download
// possible) scripts/vscode/run-suite.js runs the suite in VS Code's server instead.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // out/test/runTest.js -> the repository root.
  const extensionDevelopmentPath = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.resolve(__dirname, 'suite', 'index');
  // The suite edits settings and writes files: give it a copy of its fixtures.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'imr-review-electron-'));
  fs.cpSync(path.join(extensionDevelopmentPath, 'test', 'suite', 'fixtures'), workspace, { recursive: true });
  try {
    await runTests({
      version: '1.100.3',
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
