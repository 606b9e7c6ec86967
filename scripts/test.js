#!/usr/bin/env node
// `npm test`: every check of the project, in order, with a summary table of each stage and its
// time. A stage is skipped only when one it needs failed (see `needs`); the others all run, so one
// failure does not hide another. Exits non-zero on any failure.
//
// Usage: node scripts/test.js [--only compile,build,lint,provision,unit,perf,package,vscode,web,ui] [--skip ui,...]
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

// `needs`: the stages that must have passed for this one to run (compile and build for all; the
// provisioned VS Code for the suites). Provisioning runs before the unit tests because the theme
// tests read Dark+/Light+ from it; when it fails the unit tests still run and say what they skipped.
const STAGES = [
  { id: 'compile', title: 'TypeScript (tsc -p .)', cmd: [bin('tsc'), '-p', '.'], needs: [] },
  { id: 'build', title: 'esbuild bundles', cmd: [process.execPath, 'esbuild.js'], needs: ['compile'] },
  { id: 'lint', title: 'eslint', cmd: [bin('eslint'), '.'], needs: ['compile', 'build'] },
  { id: 'provision', title: 'provision VS Code 1.100.3 (code-server)', cmd: [process.execPath, 'scripts/vscode/provision.js'], needs: ['compile', 'build'] },
  { id: 'unit', title: 'mocha: core, grammar, CLI, extension units', cmd: [bin('mocha')], needs: ['compile', 'build'] },
  // The tests that measure time (linear growth, bounded time on hostile input), apart so the unit
  // run stays quick and a busy machine's timing noise reads as what it is.
  { id: 'perf', title: 'mocha: timing tests (test/perf)', cmd: [bin('mocha'), '--config', '.mocharc-perf.json'], needs: ['compile', 'build'] },
  // The .vsix as `npm run package` makes it; its prepublish leaves the production bundles in dist/,
  // so the suites below run the minified code that ships.
  { id: 'package', title: 'vsce package (.vsix, production bundles)', cmd: [process.execPath, 'scripts/package.js'], needs: ['compile', 'build'] },
  // The suite runs against the packaged extension (the files of the .vsix), i.e. what ships.
  { id: 'vscode', title: 'integration suite in the real VS Code', cmd: [process.execPath, 'scripts/vscode/run-suite.js', '--packaged'], needs: ['compile', 'build', 'provision', 'package'] },
  // The web extension (the packaged browser bundle) in VS Code's web worker extension host, with
  // the web suite (test/web): the language, Outline, Problems, export, tree, overview, a PDF letter.
  { id: 'web', title: 'web suite in the web worker extension host', cmd: [process.execPath, 'scripts/vscode/run-suite.js', '--web'], needs: ['compile', 'build', 'provision', 'package'] },
  { id: 'ui', title: 'UI scenario (Playwright + Chromium)', cmd: [bin('mocha'), '--no-config', 'test/ui/scenario.js'], needs: ['compile', 'build', 'provision', 'package'] },
];

function listOption(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? new Set(process.argv[i + 1].split(',')) : null;
}

let current = null;
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    // The stage's own handlers stop VS Code and the browser; wait for it, then stop.
    if (current) current.kill(sig);
    else process.exit(1);
    interrupted = true;
  });
}

function runStage(stage, env) {
  return new Promise((resolve) => {
    const [cmd, ...args] = stage.cmd;
    current = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
    current.on('error', (e) => {
      console.error(`${stage.id}: ${e.message}`);
      resolve(1);
    });
    current.on('exit', (code, signal) => {
      current = null;
      resolve(code === null ? `signal ${signal}` : code);
    });
  });
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main() {
  const only = listOption('--only');
  const skip = listOption('--skip') || new Set();
  const rows = [];
  const failed = new Set();
  const started = Date.now();
  // Once the build stage has built the bundles, the tests that need them do not build them again.
  const env = { ...process.env };
  for (const stage of STAGES) {
    if ((only && !only.has(stage.id)) || skip.has(stage.id)) continue;
    const blocked = stage.needs.filter((id) => failed.has(id));
    if (blocked.length > 0 || interrupted) {
      rows.push({ stage, result: `skipped (${interrupted ? 'interrupted' : `${blocked.join(', ')} failed`})`, ms: 0, failed: true });
      failed.add(stage.id);
      continue;
    }
    console.log(`\n=== ${stage.id}: ${stage.title}`);
    const t = Date.now();
    const code = await runStage(stage, env);
    const ok = code === 0;
    if (ok && stage.id === 'build') env.IMR_BUNDLES_BUILT = '1';
    rows.push({ stage, result: ok ? 'ok' : `FAILED (${typeof code === 'number' ? `exit ${code}` : code})`, ms: Date.now() - t, failed: !ok });
    if (!ok) failed.add(stage.id);
  }

  const total = { stage: { id: 'total', title: '' }, result: rows.some((r) => r.failed) ? 'FAILED' : 'ok', ms: Date.now() - started };
  const table = [...rows, total].map((r) => [r.stage.id, r.stage.title, r.result, seconds(r.ms)]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(['Stage', 'What', 'Result', 'Time'][i].length, ...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(`\n${line(['Stage', 'What', 'Result', 'Time'])}`);
  console.log(`|${widths.map((w, i) => (i === 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of table) console.log(line(row));
  return rows.length > 0 && !rows.some((r) => r.failed) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
