// Loads TextMate grammars the way VS Code does: vscode-textmate over the vscode-oniguruma WASM.
// Shared by the grammar tests and the benchmark (which compares text.imr with VS Code's Markdown).
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export type { IGrammar, IToken, StateStack } from 'vscode-textmate';

/** The repository root (this file runs from out/test/grammar). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const IMR_GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'imr.tmLanguage.json');
export const IMR_SCOPE = 'text.imr';

let onigLib: Promise<vsctm.IOnigLib> | undefined;

/** The WASM is loaded once per process: vscode-oniguruma refuses a second loadWASM. */
function loadOnigLib(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/**
 * Loads one grammar file under its scope name. Grammars it includes by scope (embedded languages,
 * e.g. fenced code in Markdown) resolve to nothing, so only the file itself is measured.
 */
export async function loadGrammar(grammarPath: string, scopeName: string): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scope) => (scope === scopeName ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  if (!grammar) throw new Error(`The grammar ${scopeName} did not load from ${grammarPath}`);
  return grammar;
}

/** The IMR letter grammar (syntaxes/imr.tmLanguage.json, scope text.imr). */
export function loadImrGrammar(): Promise<vsctm.IGrammar> {
  return loadGrammar(IMR_GRAMMAR_PATH, IMR_SCOPE);
}

/** The INITIAL rule stack, re-exported so callers need not import vscode-textmate themselves. */
export const INITIAL = vsctm.INITIAL;
