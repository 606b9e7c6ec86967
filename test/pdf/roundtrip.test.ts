// The invariant of issue 15: a letter rendered to PDF and read back analyses to the same items,
// titles, decisions, conclusions and findings as its text. Every example, fixture letter and rule
// fixture is rendered in memory three ways (report writer, word processor, typesetter), with a
// running header and "Page N of M" footers, pages breaking inside rationales, and read back.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, looksLikeLetter, type Analysis, type Guideline, type Range } from '../../src/core';
import { DEFAULT_MAX_PAGES, extractPdfText } from '../../src/pdf/extract';
import { readFixtureLetters, REPO } from '../core/helpers';
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

/** The text of a range, lines of page furniture the renderer added left out (a range may span a page break). */
function rangeText(text: string, r: Range, furniture: ReadonlySet<number>): string {
  const lines = text.split('\n');
  const parts: string[] = [];
  for (let l = r.start.line; l <= r.end.line; l++) {
    if (furniture.has(l)) continue;
    parts.push(lines[l].slice(l === r.start.line ? r.start.character : 0, l === r.end.line ? r.end.character : undefined));
  }
  return squash(parts.join(' '));
}

/** What must survive the round trip: no line numbers (the header and footer lines shift them), no whitespace. */
function essence(a: Analysis, text: string, furniture: ReadonlySet<number> = new Set()) {
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
    findings: a.findings.map((f) => `${f.rule} ${f.severity} ${squash(f.message)} @ ${rangeText(text, f.range, furniture)}`).sort(),
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

/** The lines the renderer added: each page's running header and footer, and the form feed lines between pages. */
function furnitureLines(lines: readonly string[], pages: readonly { page: number }[]): Set<number> {
  const out = new Set<number>();
  let first = true;
  lines.forEach((l, i) => {
    if (l === '\f') {
      out.add(i);
      first = true;
    } else if (l !== '' && first) {
      if (pages[i].page > 1) out.add(i);
      first = false;
    }
    const last = i + 1 === lines.length || pages[i + 1].page !== pages[i].page;
    if (last && l !== '') out.add(i);
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

const NAME_HEADER = 'Independent Medical Review for Dana Fictional';

/** 40 to 52 lines a page, a different number for each letter and rendering, so pages break in many places. */
const linesPerPage = (letter: number, rendering: number): number => 40 + ((letter * 5 + rendering * 4) % 13);

const letters = [
  ...textFiles(path.join(REPO, 'examples')).map((l) => ({ name: `examples/${l.name}`, text: l.text })),
  ...readFixtureLetters().map((l) => ({ name: `letters/${l.name}`, text: l.text })),
  ...ruleFolders().flatMap((id) => fixtureFiles(id).map((f) => ({ name: `rules/${id}/${f}`, text: stripMarkers(fs.readFileSync(path.join(RULES_DIR, id, f), 'utf8')).text }))),
].filter((l) => looksLikeLetter(l.text));

describe('PDF round trip: rendered, read back, analysed the same', function () {
  this.timeout(60000);
  let started = 0;
  let checked = 0;
  let namedHeaders = 0;
  /** Letters a page break cut inside an item's rationale, and inside a wrapped heading, in some rendering. */
  const cutRationales = new Set<string>();
  const cutHeadings = new Set<string>();
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
      for (const [r, rendering] of RENDERINGS.entries()) {
        const options = { rendering, seed: index + 1, linesPerPage: linesPerPage(index, r) };
        let rendered = await renderLetter(text, options);
        // Any running header is told by its repeating from three pages on; a case number alone from two.
        if (rendering === 'typesetter' && rendered.pageCount >= 3) {
          rendered = await renderLetter(text, { ...options, header: NAME_HEADER });
          namedHeaders++;
        }
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
        assert.deepStrictEqual(essence(back, got.text, furnitureLines(lines, got.lines)), want, where);
        const pageAt = (line: number) => got.lines[line].page;
        for (const item of back.letter.items) {
          if (item.rationale && pageAt(item.rationale.range.start.line) !== pageAt(item.rationale.range.end.line)) cutRationales.add(name);
          if (pageAt(item.range.start.line) !== pageAt(item.range.end.line)) cutHeadings.add(name);
          // Each item's page (counted by form feeds; none in a one-page text) is the page its heading was drawn on.
          assert.strictEqual(item.page, got.pageCount > 1 ? got.lines[item.titleRange.start.line].page : null, `${where}: page of "${item.title}"`);
        }
      }
      checked++;
    });
  });

  it('has page breaks inside rationales and headings', function () {
    if (checked < letters.length) this.skip();
    assert.ok(cutRationales.size >= 20, `${cutRationales.size} letters with a rationale across pages`);
    assert.ok(cutHeadings.size >= 2, `${cutHeadings.size} letters with a heading across pages`);
    assert.ok(namedHeaders >= 10, `${namedHeaders} letters with a running header that is not a case number`);
    console.log(`    page breaks inside a rationale in ${cutRationales.size} letters, inside a heading in ${cutHeadings.size}; ${namedHeaders} letters headed by a name`);
  });
});
