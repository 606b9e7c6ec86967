// What VS Code loads at activation stays small: the desktop extension's main bundle holds the
// light half of the core (src/core/light.ts), and the engine (parser, rules, treatment lexicon,
// the English word list) is a bundle of its own, dist/engine.js, required on the first analysis
// and shared with the analysis worker. PDF reading is never in the main bundle either. The
// bundles are built here in memory with esbuild.js's production options: no prior build needed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { BuildOptions, BuildResult } from 'esbuild';

const REPO = path.resolve(__dirname, '../../..');
/** The budget for the main bundle, in decimal bytes (stricter than 200 KiB). */
const MAIN_MAX_BYTES = 200_000;
/** The engine's weight: the parser, the rules and the lexicon (detection and the Rule type are light). */
const ENGINE_INPUT = /^src\/core\/(?:parse\/(?!structure\/detect\.ts$)|rules\/(?!rule\.ts$)|lexicon\/|analyzer?\.ts$|engine(?:Api)?\.ts$)/;
const PDF_INPUT = /(?:^|\/)node_modules\/pdfjs-dist\/|^src\/pdf\//;
const ENGINE_REQUIRE = 'require("./engine.js")';

interface Bundle {
  bytes: number;
  text: string;
  /** The source files with code in the bundle, repository-relative, largest first. */
  inputs: { file: string; bytes: number }[];
}

/* eslint-disable @typescript-eslint/no-require-imports -- esbuild.js is CommonJS; esbuild is loaded only by this test */
const esbuild = require('esbuild') as { build: (o: BuildOptions & { write: false; metafile: true }) => Promise<BuildResult<{ write: false; metafile: true }>> };
const { bundleTargets } = require(path.join(REPO, 'esbuild.js')) as { bundleTargets: (o: { production: boolean; root: string }) => (BuildOptions & { outfile: string })[] };
/* eslint-enable @typescript-eslint/no-require-imports */

const rel = (file: string) => path.relative(REPO, file).split(path.sep).join('/');
const targets = bundleTargets({ production: true, root: REPO });
const built = new Map<string, Promise<Bundle>>();

/** The production bundle esbuild.js writes to `outfile` (e.g. "dist/extension.js"), built once. */
function bundle(outfile: string): Promise<Bundle> {
  let b = built.get(outfile);
  if (!b) {
    const target = targets.find((t) => rel(t.outfile) === outfile);
    assert.ok(target, `esbuild.js builds ${outfile}`);
    b = esbuild.build({ ...target, write: false, metafile: true, logLevel: 'silent' }).then((r) => {
      const output = r.metafile.outputs[outfile];
      const file = r.outputFiles.find((f) => rel(f.path) === outfile);
      assert.ok(output && file, `the build of ${outfile} wrote it`);
      const inputs = Object.entries(output.inputs)
        .map(([f, i]) => ({ file: f, bytes: i.bytesInOutput }))
        .filter((i) => i.bytes > 0)
        .sort((x, y) => y.bytes - x.bytes);
      return { bytes: file.contents.length, text: file.text, inputs };
    });
    built.set(outfile, b);
  }
  return b;
}

const largest = (b: Bundle) => b.inputs.slice(0, 8).map((i) => `${(i.bytes / 1024).toFixed(1)} KB ${i.file}`).join(', ');

describe('bundles: what the desktop extension loads at activation', function () {
  this.timeout(60000);

  it(`keeps dist/extension.js (production) under ${MAIN_MAX_BYTES / 1000} KB`, async () => {
    const main = await bundle('dist/extension.js');
    assert.ok(main.bytes < MAIN_MAX_BYTES, `dist/extension.js is ${main.bytes} bytes; largest inputs: ${largest(main)}`);
  });

  it('leaves the engine (the English word list above all) and PDF reading out of dist/extension.js, and requires the engine lazily', async () => {
    const main = await bundle('dist/extension.js');
    const inputs = main.inputs.map((i) => i.file);
    assert.ok(!inputs.includes('src/core/lexicon/english.ts'), 'dist/extension.js holds the English word list');
    assert.deepStrictEqual(inputs.filter((f) => ENGINE_INPUT.test(f)), [], 'engine sources in dist/extension.js (import them through src/extension/analysis/engine.ts)');
    assert.deepStrictEqual(inputs.filter((f) => PDF_INPUT.test(f)), [], 'PDF reading in dist/extension.js (it loads when a PDF is opened)');
    assert.ok(main.text.includes(ENGINE_REQUIRE), `dist/extension.js never requires ./engine.js`);
  });

  it('builds the engine once, dist/engine.js, which the analysis worker shares and the .vsix ships', async () => {
    const engine = await bundle('dist/engine.js');
    assert.ok(engine.inputs.some((i) => i.file === 'src/core/lexicon/english.ts'), 'dist/engine.js holds the word list');
    const worker = await bundle('dist/analysis-worker.js');
    assert.deepStrictEqual(worker.inputs.map((i) => i.file).filter((f) => ENGINE_INPUT.test(f)), [], 'the analysis worker has its own copy of the engine');
    assert.ok(worker.text.includes(ENGINE_REQUIRE), 'dist/analysis-worker.js does not require ./engine.js');
    const kept = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    assert.ok(kept.includes('!dist/engine.js'), '.vscodeignore keeps dist/engine.js in the .vsix');
  });
});
