// Regenerates test/fixtures/grammar/sample.scopes.json from sample.txt: node out/test/grammar/update-golden.js
import * as fs from 'fs';
import * as path from 'path';
import { GOLDEN_PATH, goldenOf, SAMPLE_PATH, writeGolden } from './golden';
import { loadImrGrammar, REPO_ROOT } from './load-grammar';

async function main(): Promise<void> {
  const grammar = await loadImrGrammar();
  const golden = goldenOf(grammar, fs.readFileSync(SAMPLE_PATH, 'utf8'));
  writeGolden(golden);
  console.log(`wrote ${path.relative(REPO_ROOT, GOLDEN_PATH)} (${golden.length} lines)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
