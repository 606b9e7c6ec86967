#!/usr/bin/env node
// `npm run demo`: builds the extension, starts the real VS Code (1.100.3, web) on 127.0.0.1 with
// the extension installed and a copy of the example letters, and prints the URL to open. Runs
// until Ctrl+C, then stops the server and removes its temporary folder.
//
// Usage: node scripts/demo.js [--port PORT] [--folder DIR]   (DIR: open your own folder instead)
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const C = require('./vscode/constants');
const { provision } = require('./vscode/provision');
const { startServer } = require('./vscode/server');
const { installExtension } = require('./vscode/install-extension');
const { createRun, copyTree, onCleanup, runCleanups, installSignalHandlers, isStopping } = require('./vscode/session');

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  installSignalHandlers();
  const started = Date.now();

  console.log('[demo] building the extension');
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: C.ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');

  const prov = await provision();
  console.log(`[demo] VS Code ${prov.installed ? 'provisioned' : 'ready'} in ${(prov.ms / 1000).toFixed(1)} s`);

  const run = createRun('demo');
  const ext = installExtension(run.extensionsDir);
  console.log(`[demo] installed ${ext.id} (${ext.files} packaged files)`);

  let folder = option('--folder') && path.resolve(option('--folder'));
  if (folder) {
    if (!fs.statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
  } else {
    // A copy, so exports and edits made in the demo do not touch the repository.
    folder = path.join(run.workspace, 'examples');
    copyTree(path.join(C.ROOT, 'examples'), folder);
  }

  const port = option('--port') ? Number(option('--port')) : undefined;
  const server = await startServer({ userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, logFile: run.serverLog, port });
  onCleanup(() => server.stop());
  const url = server.url({ folder });
  console.log(`[demo] ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Open this URL in a browser on this machine:\n\n    ${url}\n`);
  console.log(`[demo] folder: ${folder}`);
  console.log(`[demo] server log: ${run.serverLog}`);
  console.log('[demo] Ctrl+C stops the server.');

  await server.exited;
  if (isStopping()) return new Promise(() => {}); // Ctrl+C: the signal handler cleans up and exits.
  const tail = fs.readFileSync(run.serverLog, 'utf8').split('\n').slice(-20).join('\n');
  throw new Error(`the VS Code server stopped. Its last output:\n${tail}`);
}

main().catch(async (e) => {
  console.error(`[demo] ${e.message}`);
  await runCleanups();
  process.exit(1);
});
