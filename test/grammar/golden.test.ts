// Golden tokens of a whole synthetic letter (double-spaced like the PDF text): any change in what
// the grammar marks shows up as a diff of sample.scopes.json.
import * as assert from 'assert';
import * as fs from 'fs';
import { GOLDEN_PATH, goldenOf, SAMPLE_PATH, serializeGolden, writeGolden, type GoldenLine } from './golden';
import { loadImrGrammar } from './load-grammar';

describe('IMR grammar golden tokens', () => {
  it('tokenizes test/fixtures/grammar/sample.txt as recorded in sample.scopes.json', async () => {
    const grammar = await loadImrGrammar();
    const actual = goldenOf(grammar, fs.readFileSync(SAMPLE_PATH, 'utf8'));
    if (process.env.UPDATE_GOLDEN === '1') {
      writeGolden(actual);
      console.log(`      UPDATE_GOLDEN=1: rewrote ${GOLDEN_PATH}`);
    }
    const expected = JSON.parse(fs.readFileSync(GOLDEN_PATH, 'utf8')) as GoldenLine[];
    // Line by line first, so a failure names the line instead of dumping the whole file.
    const byLine = new Map(expected.map((g) => [g.line, g]));
    for (const g of actual) assert.deepStrictEqual(g, byLine.get(g.line), `line ${g.line + 1} of sample.txt`);
    assert.strictEqual(serializeGolden(actual), serializeGolden(expected));
  });
});
