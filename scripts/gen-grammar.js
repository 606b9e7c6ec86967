#!/usr/bin/env node
// Writes the line rules of syntaxes/imr.tmLanguage.json (#line-kind and #line-kind-item: section
// headings, header labels, item labels, item headings with their decision words; #line-kind-wrapped:
// section headings broken over two lines) from the letter's
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

const escapeWords = (words) => words.map((w) => w.replace(/[()[\]{}.*+?^$|\\]/g, '\\$&'));

/**
 * #line-kind-wrapped: a section heading that the PDF broke over two lines ("... RELIED UPON BY
 * PROFESSIONAL" / "REVIEWER AND WHY:"). A grammar reads one line at a time, so each heading gets a
 * begin/end rule: it begins at a line holding only the heading's first words (two at least, so a
 * lone "MEDICAL" stays plain) and colours it as a heading, since it cannot wait for the next line;
 * it ends at the next line with text, colouring it as well when it holds the heading's remaining
 * words (with the colon, text after it for colon-style headings). Empty lines and page footers in
 * between are passed over. Words come from each heading's title and its literal spellings; the
 * parser matches every spelling over up to three lines (structure/sections.ts).
 */
function wrappedRules(v) {
  const FOOTER = '^[ \\t\\f]*+(?:-[ \\t]*+)?Page[ \\t]++\\d++(?:[ \\t]++of[ \\t]++\\d++)?+[ \\t]*+(?:-[ \\t]*+)?$';
  const literal = (s) => !/[?*+|[\]{}]|\(\?/.test(s.replace(/\\[()]/g, ''));
  const rules = [];
  for (const h of v.SECTION_HEADINGS) {
    const forms = [...new Set([h.title, ...h.spellings.filter(literal).map((s) => s.replace(/\\([()])/g, '$1'))])];
    for (const form of forms) {
      const w = escapeWords(form.split(' '));
      if (w.length < 3) continue;
      // First words: w[0] w[1], then each further word but the last as a nested optional group.
      let prefix = '';
      for (let k = w.length - 2; k >= 2; k--) prefix = `(?:[ \\t]++${w[k]}${prefix})?+`;
      prefix = `${w[0]}[ \\t]++${w[1]}${prefix}`;
      // Remaining words: the last, preceded by any run of the words before it down to the third.
      let suffix = '';
      for (let k = 2; k < w.length - 1; k++) suffix = `(?:${suffix}${w[k]}[ \\t]++)?+`;
      suffix = `${suffix}${w[w.length - 1]}`;
      const after = h.style === 'colon' ? '(?:(:)|(?=[ \\t]*+$))' : '(:?+)(?=[ \\t]*+$)';
      rules.push({
        begin: `^[ \\t\\f]*+(${prefix})(?=[ \\t]*+$)`,
        end: `^[ \\t\\f]*+(?:(${suffix})${after}|(?=\\S))`,
        beginCaptures: { 1: { name: 'markup.heading.section.imr entity.name.section.imr' } },
        endCaptures: { 1: { name: 'markup.heading.section.imr entity.name.section.imr' }, 2: { name: 'punctuation.separator.heading.imr' } },
        applyEndPatternLast: 1,
        patterns: [{ match: FOOTER }],
      });
    }
  }
  return rules;
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
  grammar.repository['line-kind-wrapped'].patterns = wrappedRules(vocabulary);
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
