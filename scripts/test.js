#!/usr/bin/env node
// `npm test`: every check of the project, in order, with a summary table of each stage and its
// time. Compile and build are prerequisites (the rest is skipped when they fail); the other stages
// all run, so one failure does not hide another. Exits non-zero on any failure.
//
// Usage: node scripts/test.js [--only compile,build,lint,unit,provision,vscode,ui] [--skip ui,...]
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const bin = (name) => path.join(ROOT, 'node_modules', '.bin', name);

const STAGES = [
  { id: 'compile', title: 'TypeScript (tsc -p .)', cmd: [bin('tsc'), '-p', '.'], required: true },
  { id: 'build', title: 'esbuild bundles', cmd: [process.execPath, 'esbuild.js'], required: true },
  { id: 'lint', title: 'eslint', cmd: [bin('eslint'), '.'] },
  { id: 'unit', title: 'mocha: core, grammar, CLI, extension units', cmd: [bin('mocha')] },
  { id: 'provision', title: 'provision VS Code 1.100.3 (code-server)', cmd: [process.execPath, 'scripts/vscode/provision.js'], required: true },
  // The suite runs against the packaged extension (the files of the .vsix), i.e. what ships.
  { id: 'vscode', title: 'integration suite in the real VS Code', cmd: [process.execPath, 'scripts/vscode/run-suite.js', '--packaged'] },
  { id: 'ui', title: 'UI scenario (Playwright + Chromium)', cmd: [bin('mocha'), '--no-config', '--timeout', '120000', 'test/ui/scenario.js'] },
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

function runStage(stage) {
  return new Promise((resolve) => {
    const [cmd, ...args] = stage.cmd;
    current = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
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
  let blocked = null;
  const started = Date.now();
  for (const stage of STAGES) {
    if ((only && !only.has(stage.id)) || skip.has(stage.id)) continue;
    if (blocked || interrupted) {
      rows.push({ stage, result: `skipped (${interrupted ? 'interrupted' : `${blocked} failed`})`, ms: 0, failed: true });
      continue;
    }
    console.log(`\n=== ${stage.id}: ${stage.title}`);
    const t = Date.now();
    const code = await runStage(stage);
    const ok = code === 0;
    rows.push({ stage, result: ok ? 'ok' : `FAILED (${typeof code === 'number' ? `exit ${code}` : code})`, ms: Date.now() - t, failed: !ok });
    if (!ok && stage.required) blocked = stage.id;
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
