#!/usr/bin/env node
// Writes the line rules of syntaxes/imr.tmLanguage.json (#line-kind and #line-kind-item: section
// headings, header labels, item labels, item headings with their decision words) from the letter's
// vocabulary in src/core/vocabulary.ts, the one the parser reads. The rest of the grammar,
// the captures' scope names included, is edited by hand in the JSON.
// `npm run build` runs it first; `--check` writes nothing and exits 1 when the grammar is stale
// (test/grammar/generated.test.ts runs that).
// The TypeScript source is bundled in memory with esbuild, so no prior compile is needed.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'imr.tmLanguage.json');

function loadVocabulary() {
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src', 'core', 'vocabulary.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'error',
  });
  const mod = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(mod, mod.exports, require);
  return mod.exports;
}

/** The two rules' regexes. Oniguruma syntax: possessive `*+` and `++` keep every path linear. */
function lineRules(v) {
  const spellings = (style) => v.SECTION_HEADINGS.filter((h) => h.style === style).flatMap((h) => h.spellings).join('|');
  const titles = v.LETTER_TITLES.map((t) => t.spelling).join('|');
  const sections =
    `[ \\t\\f]*+(?:(${spellings('alone')})(:?+)(?=[ \\t]*+$)` + // alone on its line, a colon allowed
    `|(${spellings('colon')})(?:(:)|(?=[ \\t]*+$))` + // a colon, then text, or alone
    `|(${titles})(?=[ \\t]*+$))`;
  const header = `[ \\t\\f]*+(${v.HEADER_LABELS.join('|')})[ \\t]*+(:)(?:[ \\t]*+(.++))?`;
  const labels = `[ \\t\\f]*+(?:${v.ITEM_LABELS.map((l) => `(${l.name})`).join('|')})(:)`;
  // "<title>: Upheld" ending its line: one group per decision, then one for a misspelt decision.
  const decisions = [...v.DECISION_WORDS, v.GRAMMAR_MISSPELT_DECISION].map((w) => `((?i:${w}))`).join('|');
  const item = `([ \\t\\f]*+(?=[^ \\t\\f:])(.*)(:)[ \\t]*+(?:${decisions})[ \\t]*+$)`;
  return {
    'line-kind': `^(?=[\\t\\f A-Z])(?:(${sections})|(${header})|${labels}|${item})`,
    'line-kind-item': `^(?=[^\\t\\f A-Z])${item}`,
  };
}

/** Capturing groups in an Oniguruma source: `(` not escaped, not in a class, not `(?`. */
function countGroups(source) {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') n++;
  }
  return n;
}

/** The grammar text with the generated rules; throws when the captures no longer fit the groups. */
function generate(grammarText, vocabulary) {
  const grammar = JSON.parse(grammarText);
  for (const [name, match] of Object.entries(lineRules(vocabulary))) {
    const rule = grammar.repository[name];
    const captured = Math.max(...Object.keys(rule.captures).map(Number));
    if (countGroups(match) !== captured) throw new Error(`#${name} has ${countGroups(match)} groups but captures up to ${captured}: fix its captures in ${path.relative(ROOT, GRAMMAR)}`);
    rule.match = match;
  }
  return JSON.stringify(grammar, null, 2) + '\n';
}

function main() {
  const check = process.argv.includes('--check');
  const current = fs.readFileSync(GRAMMAR, 'utf8');
  const expected = generate(current, loadVocabulary());
  const file = path.relative(ROOT, GRAMMAR);
  if (current === expected) {
    console.log(`${file} is up to date with the vocabulary.`);
  } else if (check) {
    console.error(`${file} is stale: its line rules differ from src/core/vocabulary.ts.\nRun: node scripts/gen-grammar.js`);
    process.exit(1);
  } else {
    const temp = `${GRAMMAR}.${process.pid}.tmp`;
    fs.writeFileSync(temp, expected);
    fs.renameSync(temp, GRAMMAR);
    console.log(`Wrote ${file}`);
  }
}

if (require.main === module) main();

module.exports = { generate, loadVocabulary };
