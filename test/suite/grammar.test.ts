// The grammar VS Code loads for `imr`. VS Code 1.100's production build has no command that
// returns editor tokens (`_workbench.captureSyntaxTokens` exists only in development builds, and
// semantic tokens are not TextMate scopes), so this test resolves the grammar the way the
// workbench does (from the `grammars` contributions of all loaded extensions: exactly one for
// `imr`) and tokenizes with VS Code's OWN vscode-textmate and oniguruma (from vscode.env.appRoot).
// The UI scenario (test/ui) checks the rendered scopes in the editor with "Inspect Editor Tokens
// and Scopes".
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, LANGUAGE_ID, openLetter } from './helpers';

interface GrammarContribution {
  language?: string;
  scopeName: string;
  path: string;
}

interface Token {
  startIndex: number;
  endIndex: number;
  scopes: string[];
}

/** Loads a module shipped with VS Code itself (desktop builds may keep it in node_modules.asar). */
function vscodeModule<T>(name: string): { module: T; dir: string } {
  for (const base of ['node_modules', 'node_modules.asar', 'node_modules.asar.unpacked']) {
    const dir = path.join(vscode.env.appRoot, base, name);
    // A path known only at run time, so not an import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (fs.existsSync(dir)) return { module: require(dir) as T, dir };
  }
  throw new Error(`VS Code's own ${name} was not found under ${vscode.env.appRoot}`);
}

function grammarsFor(language: string): { extension: vscode.Extension<unknown>; grammar: GrammarContribution }[] {
  const out: { extension: vscode.Extension<unknown>; grammar: GrammarContribution }[] = [];
  for (const extension of vscode.extensions.all) {
    const grammars = (extension.packageJSON?.contributes?.grammars ?? []) as GrammarContribution[];
    for (const grammar of grammars) if (grammar.language === language) out.push({ extension, grammar });
  }
  return out;
}

async function loadTokenizer(grammarFile: string, scopeName: string) {
  type TM = typeof import('vscode-textmate');
  type Onig = typeof import('vscode-oniguruma');
  const textmate = vscodeModule<TM>('vscode-textmate').module;
  const onig = vscodeModule<Onig>('vscode-oniguruma');
  const wasm = fs.readFileSync(path.join(onig.dir, 'release', 'onig.wasm'));
  await onig.module.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new onig.module.OnigScanner(patterns),
      createOnigString: (s: string) => new onig.module.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === scopeName ? textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null),
  });
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `the grammar ${scopeName} did not load`);
  return (lines: string[]): Token[][] => {
    let state = textmate.INITIAL;
    return lines.map((line) => {
      const r = grammar.tokenizeLine(line, state);
      state = r.ruleStack;
      return r.tokens;
    });
  };
}

function scopesAt(line: string, tokens: Token[], word: string): string[] {
  const at = line.indexOf(word);
  assert.ok(at >= 0, `"${word}" not on the line`);
  const token = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  assert.ok(token, `no token at "${word}"`);
  return token.scopes;
}

describe('Grammar', () => {
  let tokenize: (lines: string[]) => Token[][];

  before(async () => {
    await activateExtension();
    const found = grammarsFor(LANGUAGE_ID);
    assert.strictEqual(found.length, 1, `exactly one grammar for ${LANGUAGE_ID} (found ${found.length})`);
    const { extension, grammar } = found[0];
    assert.strictEqual(extension.id.toLowerCase(), EXTENSION_ID, 'the imr grammar comes from this extension');
    assert.strictEqual(grammar.scopeName, 'text.imr');
    tokenize = await loadTokenizer(path.join(extension.extensionPath, grammar.path), grammar.scopeName);
  });

  it('gives section headings, item headings and decisions their own scopes', async () => {
    const doc = await openLetter('letters', 'consistent-knee.txt');
    const lines = doc.getText().split(/\r?\n/);
    const tokens = tokenize(lines);
    const lineWith = (needle: string) => lines.findIndex((l) => l.includes(needle));

    const section = lineWith('IMR ISSUES, DECISIONS AND RATIONALES');
    const sectionScopes = scopesAt(lines[section], tokens[section], 'IMR ISSUES');
    assert.ok(sectionScopes.some((s) => /heading/.test(s) && s.endsWith('.imr')), `section heading scopes: ${sectionScopes.join(' ')}`);

    const upheld = lineWith('Tramadol 50mg #120:');
    const upheldScopes = scopesAt(lines[upheld], tokens[upheld], 'Upheld');
    assert.ok(upheldScopes.some((s) => s.startsWith('markup.deleted') && s.endsWith('.imr')), `Upheld scopes: ${upheldScopes.join(' ')}`);

    const overturned = lineWith('Physical therapy 8 sessions');
    const overturnedScopes = scopesAt(lines[overturned], tokens[overturned], 'Overturned');
    assert.ok(overturnedScopes.some((s) => s.startsWith('markup.inserted') && s.endsWith('.imr')), `Overturned scopes: ${overturnedScopes.join(' ')}`);

    const itemTitle = scopesAt(lines[upheld], tokens[upheld], 'Tramadol');
    assert.ok(itemTitle.length > 1, 'the item title has a scope of its own');
    assert.notDeepStrictEqual(itemTitle, sectionScopes, 'item headings and section headings differ');

    const label = lineWith('Decision rationale:');
    const labelScopes = scopesAt(lines[label], tokens[label], 'Decision rationale:');
    assert.ok(labelScopes.length > 1 && labelScopes.some((s) => s.endsWith('.imr')), `label scopes: ${labelScopes.join(' ')}`);
  });
});
