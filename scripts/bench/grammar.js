// Tokenizing with TextMate grammars through vscode-textmate + vscode-oniguruma, as VS Code does:
// our grammar (text.imr) against VS Code's Markdown grammar on the same letters.
const fs = require('fs');
const path = require('path');
const { ROOT } = require('./corpus');
const { median, now, timeRuns, mbPerSecond } = require('./timing');

const IMR_GRAMMAR = path.join(ROOT, 'syntaxes/imr.tmLanguage.json');
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server-4.100.3');
const MARKDOWN_IN_VSCODE = 'lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json';
// The provisioner installs code-server as an npm package; an unpacked release has lib/ at the top.
const MARKDOWN_GRAMMAR =
  [path.join(CODE_SERVER, 'node_modules/code-server', MARKDOWN_IN_VSCODE), path.join(CODE_SERVER, MARKDOWN_IN_VSCODE)].find((p) => fs.existsSync(p)) ??
  path.join(CODE_SERVER, MARKDOWN_IN_VSCODE);

let onigLib = null;

function loadOniguruma() {
  if (!onigLib) {
    const onig = require('vscode-oniguruma');
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    onigLib = onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).then(() => ({
      createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
      createOnigString: (s) => new onig.OnigString(s),
    }));
  }
  return onigLib;
}

/** Loads one grammar file; grammars it embeds (code blocks in Markdown) resolve to null. */
async function loadGrammar(file, scopeName) {
  const vsctm = require('vscode-textmate');
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (scope) => (scope === scopeName ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null),
  });
  return registry.loadGrammar(scopeName);
}

/** Tokenizes every line of every text with tokenizeLine2 (the binary form the editor uses). */
function tokenizeAll(grammar, texts, INITIAL) {
  let tokens = 0;
  for (const text of texts) {
    let state = INITIAL;
    for (const line of text.split(/\r\n|\r|\n/)) {
      const r = grammar.tokenizeLine2(line, state);
      tokens += r.tokens.length;
      state = r.ruleStack;
    }
  }
  return tokens;
}

/** Returns { imr, markdown } each { mbps } or { missing: reason }. */
async function measureGrammars(texts, runs = 3) {
  const { INITIAL } = require('vscode-textmate');
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  const measure = async (file, scope) => {
    if (!fs.existsSync(file)) return { missing: `${path.relative(ROOT, file)} not found` };
    const grammar = await loadGrammar(file, scope);
    if (!grammar) return { missing: `${scope} did not load` };
    tokenizeAll(grammar, texts, INITIAL);
    const ms = median(timeRuns(() => tokenizeAll(grammar, texts, INITIAL), runs));
    return { mbps: mbPerSecond(bytes, ms), bytes };
  };
  return {
    imr: await measure(IMR_GRAMMAR, 'text.imr'),
    markdown: await measure(MARKDOWN_GRAMMAR, 'text.html.markdown'),
  };
}

/** Adversarial single lines of 100,000 characters through our grammar: the slowest line in ms. */
async function measureAdversarialLines() {
  if (!fs.existsSync(IMR_GRAMMAR)) return null;
  const { INITIAL } = require('vscode-textmate');
  const grammar = await loadGrammar(IMR_GRAMMAR, 'text.imr');
  if (!grammar) return null;
  const n = 100000;
  const lines = {
    '#': '#'.repeat(n),
    ':': ':'.repeat(n),
    digits: '7'.repeat(n),
    'Upheld repeated': 'Upheld '.repeat(n / 7),
    'label: Upheld repeated': `Claims Administrator guideline: ${'Upheld: '.repeat(n / 8)}`,
  };
  const results = [];
  for (const [name, line] of Object.entries(lines)) {
    const t0 = now();
    grammar.tokenizeLine2(line, INITIAL);
    results.push({ name, ms: now() - t0 });
  }
  return results;
}

module.exports = { measureGrammars, measureAdversarialLines, MARKDOWN_GRAMMAR, IMR_GRAMMAR };
