// The grammar's line rules are generated from the letter vocabulary (scripts/gen-grammar.js): the
// checked-in grammar must be what the generator writes, or the editor colours other headings than
// the parser finds.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { IMR_GRAMMAR_PATH, REPO_ROOT } from './load-grammar';

const SCRIPT = path.join(REPO_ROOT, 'scripts', 'gen-grammar.js');

interface Vocabulary {
  ITEM_LABELS: { name: string }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const generator = require(SCRIPT) as { generate(text: string, v: Vocabulary): string; loadVocabulary(): Vocabulary };

describe('generated grammar', () => {
  it('is in step with the vocabulary', () => {
    // Fails when src/core/vocabulary.ts changed or the line rules were edited by hand: run `npm run build`.
    execFileSync(process.execPath, [SCRIPT, '--check'], { cwd: REPO_ROOT, stdio: 'pipe' });
  });

  it('changes when the vocabulary does (so the check above can fail)', () => {
    const text = fs.readFileSync(IMR_GRAMMAR_PATH, 'utf8');
    const vocabulary = generator.loadVocabulary();
    const renamed = { ...vocabulary, ITEM_LABELS: vocabulary.ITEM_LABELS.map((l, i) => (i === 0 ? { ...l, name: 'Claims Adjuster guideline' } : l)) };
    const regenerated = generator.generate(text, renamed);
    assert.notStrictEqual(regenerated, text);
    assert.ok(regenerated.includes('(Claims Adjuster guideline)'));
  });
});
