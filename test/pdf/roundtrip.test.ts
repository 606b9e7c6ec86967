// The invariant of issue 15: a letter rendered to PDF and read back analyses to the same items,
// titles, decisions, conclusions and findings as its text. Every example, fixture letter and rule
// fixture is rendered in memory three ways (report writer, word processor, typesetter), with a
// running header and "Page N of M" footers, pages breaking inside rationales, and read back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, looksLikeLetter, type Analysis, type Guideline } from '../../src/core';
import { DEFAULT_MAX_PAGES, extractPdfText } from '../../src/pdf/extract';
import { readFixtureLetters, REPO, textAt } from '../core/helpers';
import { fixtureFiles, RULES_DIR, ruleFolders, stripMarkers } from '../core/ruleSnapshots';
import { pdfjs } from '../../src/pdf/pdfjs';
import { renderLetter, RENDERINGS } from './render';

/** The reader every front end uses: pdf.js's text layer, lines rebuilt by the core. */
async function readBack(bytes: Uint8Array): Promise<{ text: string; pageCount: number; lines: { page: number }[] }> {
  const got = await extractPdfText(bytes, { maxPages: DEFAULT_MAX_PAGES });
  if (!got.ok) throw new Error(`the rendered PDF was not read: ${got.reason}`);
  return got;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

function guideline(g: Guideline | null) {
  return g && { sources: g.citation.sources, topics: g.citation.topics, pages: g.citation.pages, mtusBasis: g.citation.mtusBasis };
}

/** What must survive the round trip: no line numbers (the header and footer lines shift them), no whitespace. */
function essence(a: Analysis, text: string) {
  const { letter } = a;
  return {
    layout: letter.layout,
    header: letter.header.map((f) => [f.label, squash(f.value)]),
    reviewer: letter.reviewer.specialties.concat(letter.reviewer.licensure),
    case: [letter.case.age, letter.case.sex, letter.case.dateOfInjury],
    cover: letter.cover && {
      determination: letter.cover.determination?.value,
      scope: letter.cover.determinationSentence?.scope,
      treatments: letter.cover.treatmentsInDispute.map((t) => squash(t.text)),
      injury: letter.cover.injury && [letter.cover.injury.from, letter.cover.injury.to],
    },
    items: letter.items.map((i) => ({
      title: squash(i.title),
      decision: i.decision,
      decisionText: i.decisionText,
      necessity: i.conclusion.necessity,
      conclusion: squash(i.conclusion.text),
      cue: i.conclusion.cue,
      negators: i.conclusion.negators,
      claimsAdministrator: guideline(i.guidelines.claimsAdministrator),
      maximus: guideline(i.guidelines.maximus),
    })),
    // A PDF keeps no runs of spaces (a word gap is a gap), so a message quoting a title is compared without them.
    findings: a.findings.map((f) => `${f.rule} ${f.severity} ${squash(f.message)} @ ${squash(textAt(text, f.range))}`).sort(),
  };
}

/**
 * A page's body as the reader should give it back: its lines, and a blank line where the space
 * between two lines is more than one and a half line spacings (a line a slot; in PDF double-spaced
 * text the empty line after each line is part of the spacing, so the spacing is two slots).
 */
function paragraphs(body: readonly string[], doubleSpaced: boolean): string[] {
  const spacing = doubleSpaced ? 2 : 1;
  const out: string[] = [];
  let previous = -1;
  body.forEach((line, slot) => {
    if (line.trim() === '') return;
    if (previous >= 0 && slot - previous > 1.5 * spacing) out.push('');
    out.push(line);
    previous = slot;
  });
  return out;
}

/** The pages' bodies as read: the running header, the footer and the blank lines beside them left out. */
function bodiesRead(lines: readonly string[], pages: readonly { page: number }[], pageCount: number): string[][] {
  const bodies: string[][] = Array.from({ length: pageCount }, () => []);
  lines.forEach((l, i) => {
    if (l !== '\f') bodies[pages[i].page - 1].push(l === '' ? '' : squash(l));
  });
  return bodies.map((b, index) => {
    const body = b.slice(index > 0 ? 1 : 0, -1);
    while (body[0] === '') body.shift();
    while (body.length > 0 && body[body.length - 1] === '') body.pop();
    return body;
  });
}

function textFiles(dir: string): { name: string; text: string }[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const letters = [
  ...textFiles(path.join(REPO, 'examples')).map((l) => ({ name: `examples/${l.name}`, text: l.text })),
  ...readFixtureLetters().map((l) => ({ name: `letters/${l.name}`, text: l.text })),
  ...ruleFolders().flatMap((id) => fixtureFiles(id).map((f) => ({ name: `rules/${id}/${f}`, text: stripMarkers(fs.readFileSync(path.join(RULES_DIR, id, f), 'utf8')).text }))),
].filter((l) => looksLikeLetter(l.text));

describe('PDF round trip: rendered, read back, analysed the same', function () {
  this.timeout(60000);
  let started = 0;
  let checked = 0;
  before(async () => {
    // pdf.js loads once (~0.5 s), before the clock starts.
    await pdfjs();
    started = Date.now();
  });
  after(() => {
    if (checked > 0) console.log(`    ${checked} letters x ${RENDERINGS.length} renderings in ${Date.now() - started} ms`);
  });

  it('covers the examples, the fixture letters and the rule fixtures', () => {
    assert.ok(letters.filter((l) => l.name.startsWith('examples/')).length >= 10);
    assert.ok(letters.filter((l) => l.name.startsWith('letters/')).length >= 20);
    assert.ok(letters.filter((l) => l.name.startsWith('rules/')).length >= 80);
  });

  letters.forEach(({ name, text }, index) => {
    it(`${name}: the same items and findings from every rendering, each line on its page`, async () => {
      const original = analyze(text);
      const want = essence(original, text);
      const doubleSpaced = original.letter.doubleSpaced;
      for (const rendering of RENDERINGS) {
        const rendered = await renderLetter(text, { rendering, seed: index + 1 });
        const got = await readBack(rendered.bytes);
        const where = `${name} as ${rendering}`;
        assert.strictEqual(got.pageCount, rendered.pageCount, where);
        // The lines come back as drawn, each on the page it was drawn on.
        const lines = got.text.split('\n');
        const perPage: string[][] = rendered.pages.map(() => []);
        lines.forEach((l, i) => {
          if (l !== '\f' && l !== '') perPage[got.lines[i].page - 1].push(squash(l));
        });
        assert.deepStrictEqual(perPage, rendered.pages, `${where}: lines per page`);
        assert.deepStrictEqual(bodiesRead(lines, got.lines, rendered.pageCount), rendered.bodies.map((b) => paragraphs(b, doubleSpaced)), `${where}: paragraph breaks`);
        const back = analyze(got.text);
        assert.deepStrictEqual(essence(back, got.text), want, where);
        // Each item's page (counted by form feeds; none in a one-page text) is the page its heading was drawn on.
        for (const item of back.letter.items) {
          assert.strictEqual(item.page, got.pageCount > 1 ? got.lines[item.titleRange.start.line].page : null, `${where}: page of "${item.title}"`);
        }
      }
      checked++;
    });
  });
});
