// The unit run (.mocharc.json) holds no test that measures time: those live in test/perf and run
// as `npm run test:perf` (a stage of `npm test` of their own), so a busy machine slows the unit run
// down but never fails it, and the unit run stays quick.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const TIMERS = /\bperformance\.now\(|\bprocess\.cpuUsage\(|\bprocess\.hrtime\b/;

function specFolders(config: string): string[] {
  const spec = (JSON.parse(fs.readFileSync(path.join(REPO, config), 'utf8')) as { spec: string[] }).spec;
  // "out/test/core/**/*.test.js" -> "test/core"
  return spec.map((s) => {
    const m = /^out\/(test\/[\w-]+)\/\*\*\/\*\.test\.js$/.exec(s);
    assert.ok(m, `${config}: spec "${s}" is not of the form out/test/<folder>/**/*.test.js`);
    return m[1];
  });
}

function testFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.ts')) out.push(path.relative(REPO, p).split(path.sep).join('/'));
    }
  };
  walk(path.join(REPO, folder));
  return out.sort();
}

describe('timing tests stay out of the unit run', () => {
  const unit = specFolders('.mocharc.json');
  const perf = specFolders('.mocharc-perf.json');

  it('runs test/perf in the perf configuration only', () => {
    assert.deepStrictEqual(perf, ['test/perf']);
    assert.ok(!unit.includes('test/perf'), '.mocharc.json must not run test/perf');
    assert.ok(testFiles('test/perf').length >= 5, 'the timing tests are in test/perf');
  });

  it('has no unit test that reads a clock', () => {
    const timed = unit.flatMap(testFiles).filter((f) => TIMERS.test(fs.readFileSync(path.join(REPO, f), 'utf8')));
    assert.deepStrictEqual(timed, [], 'move these to test/perf (npm run test:perf)');
  });
});
