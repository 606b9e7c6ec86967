// Finding messages are written for an examiner or an attorney (issue 16, point 4): plain sentences
// that quote the letter, no word of the tool's inner workings. Checked over every finding of every
// synthetic letter and rule fixture (and the real letters, when present), and IMR001/IMR006 quote
// the concluding sentences they are about.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/core';
import { excerpt, EXCERPT_LENGTH, OMISSION } from '../../src/core/present/quote';
import { readFixtureLetters, seedLetters } from './helpers';
import { internalWords } from './plainWords';
import { fixtureFiles, RULES_DIR, ruleFolders, stripMarkers } from './ruleSnapshots';

function corpus(): { name: string; analysis: Analysis }[] {
  const texts = [...readFixtureLetters(), ...(seedLetters() ?? [])];
  for (const id of ruleFolders()) {
    for (const f of fixtureFiles(id)) texts.push({ name: `${id}/${f}`, text: stripMarkers(fs.readFileSync(path.join(RULES_DIR, id, f), 'utf8')).text });
  }
  return texts.map(({ name, text }) => ({ name, analysis: analyze(text) }));
}

describe('finding messages, in plain words', () => {
  const letters = corpus();

  it('say nothing of the inner workings: no cue, negator, layout or section id, one term per idea', () => {
    const found: string[] = [];
    let messages = 0;
    for (const { name, analysis } of letters) {
      for (const f of analysis.findings) {
        for (const m of [f.message, ...(f.related ?? []).map((r) => r.message)]) {
          messages++;
          const words = internalWords(m);
          if (words.length > 0) found.push(`${name} ${f.rule}: ${words.join(', ')} in ${JSON.stringify(m)}`);
        }
      }
    }
    assert.ok(messages > 100, `the corpus has findings to read (${messages})`);
    assert.deepStrictEqual(found, []);
  });

  it('IMR001 quotes the concluding sentence, after the item and its decision', () => {
    let seen = 0;
    for (const { name, analysis } of letters) {
      for (const f of analysis.findings.filter((x) => x.rule === 'IMR001')) {
        const item = analysis.letter.items[f.item!];
        const last = item.rationale!.text.trimEnd().endsWith(item.conclusion.text.trimEnd());
        const want = `"${item.title}" is ${item.decision}, but the rationale ${last ? 'ends' : 'concludes'}: "${excerpt(item.conclusion.text)}"`;
        assert.strictEqual(f.message, want, name);
        seen++;
      }
    }
    assert.ok(seen >= 5, `IMR001 findings read: ${seen}`);
  });

  it('IMR001 reads like the issue asks, for an Overturned item whose rationale ends "not medically necessary"', () => {
    const { findings } = analyze(
      [
        'HOW THE IMR FINAL DETERMINATION WAS MADE',
        'MAXIMUS Federal Services sent the complete case file to an expert reviewer.',
        '',
        'IMR ISSUES, DECISIONS AND RATIONALES',
        'The Final Determination was based on decisions for the disputed items/services set forth below:',
        '',
        'Baclofen 2% cream 120g:  Overturned',
        'Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Topical Analgesics Page(s): 111-113.',
        'MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Topical Analgesics Page(s): 111-113.',
        'Decision rationale: Topical baclofen is not recommended by the guidelines. Therefore, the request for Baclofen 2% cream',
        'is not medically necessary.',
        '',
      ].join('\n'),
    );
    const imr001 = findings.filter((f) => f.rule === 'IMR001').map((f) => f.message);
    assert.deepStrictEqual(imr001, ['"Baclofen 2% cream 120g" is Overturned, but the rationale ends: "Therefore, the request for Baclofen 2% cream is not medically necessary."']);
  });

  it('IMR006 quotes both of the conflicting conclusions', () => {
    const conflicting = letters.flatMap(({ analysis }) => analysis.findings.filter((f) => f.rule === 'IMR006' && f.related?.length));
    assert.ok(conflicting.length > 0);
    for (const f of conflicting) assert.match(f.message, /concludes both ways: it says ".+", then ".+"$/);
  });
});

describe('excerpt: letter text quoted in a one-line message', () => {
  it('keeps a sentence as it reads, on one line', () => {
    assert.strictEqual(excerpt('  Therefore, the request\n\tis not  medically necessary.\r\n'), 'Therefore, the request is not medically necessary.');
  });

  it('shortens a long sentence between words, keeping its start and, longer, its end', () => {
    const words = Array.from({ length: 60 }, (_, k) => `word${k}`).join(' ') + ' is not medically necessary.';
    const e = excerpt(words);
    assert.ok(e.length <= EXCERPT_LENGTH, `${e.length}`);
    assert.ok(e.startsWith('word0 word1 '), e);
    assert.ok(e.endsWith(' is not medically necessary.'), e);
    const [head, tail] = e.split(` ${OMISSION} `);
    assert.ok(head && tail && tail.length > head.length, e);
    for (const w of [...head.split(' '), ...tail.split(' ')]) assert.match(w, /^(?:word\d+|is|not|medically|necessary\.)$/, `cut mid-word: ${e}`);
  });

  it('reads only the ends of a run of text gone astray', () => {
    const e = excerpt(`Start ${'x '.repeat(2_000_000)}end.`);
    assert.ok(e.length <= EXCERPT_LENGTH, `${e.length}`);
    assert.ok(e.startsWith('Start x') && e.endsWith('x end.') && e.includes(OMISSION), e);
  });
});
