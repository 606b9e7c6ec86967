// The golden token file for test/fixtures/grammar/sample.txt: every non-empty line with its tokens
// as [text, scopes]. Regenerate with `node out/test/grammar/update-golden.js` (or UPDATE_GOLDEN=1
// when running the grammar tests) after an intended grammar change, and review the diff.
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, type IGrammar } from './load-grammar';
import { splitLines, tokenizeLines } from './tokens';

export const SAMPLE_PATH = path.join(REPO_ROOT, 'test', 'fixtures', 'grammar', 'sample.txt');
export const GOLDEN_PATH = path.join(REPO_ROOT, 'test', 'fixtures', 'grammar', 'sample.scopes.json');

export interface GoldenLine {
  line: number;
  tokens: [text: string, scopes: string][];
}

export function goldenOf(grammar: IGrammar, text: string): GoldenLine[] {
  return tokenizeLines(grammar, splitLines(text)).flatMap((t, i) =>
    t.line.trim() === '' ? [] : [{ line: i, tokens: t.tokens.map((tok): [string, string] => [t.line.slice(tok.startIndex, tok.endIndex), tok.scopes.join(' ')]) }],
  );
}

/** One line per source line keeps the diff of a grammar change readable. */
export function serializeGolden(golden: readonly GoldenLine[]): string {
  return `[\n${golden.map((g) => `  ${JSON.stringify(g)}`).join(',\n')}\n]\n`;
}

/** Writes through a temporary file and a rename, so a failed run never leaves half a golden file. */
export function writeGolden(golden: readonly GoldenLine[]): void {
  const tmp = `${GOLDEN_PATH}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, serializeGolden(golden));
  fs.renameSync(tmp, GOLDEN_PATH);
}
