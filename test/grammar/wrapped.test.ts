// Section headings the PDF broke over two lines (#line-kind-wrapped, generated from the vocabulary):
// a line-based grammar colours a line holding a heading's first words as a heading at once, and the
// next line with text when it completes the heading, past empty lines and page footers.
import { loadImrGrammar, type IGrammar } from './load-grammar';
import { assertHasScope, assertLacksScope, scopesIn, splitLines, tokenizeLines } from './tokens';

const HEADING = 'markup.heading.section.imr';

function lineScopes(grammar: IGrammar, text: string, at: [line: number, substring: string][]): string[][] {
  const lines = tokenizeLines(grammar, splitLines(text));
  return at.map(([n, substring]) => scopesIn(lines[n], substring));
}

describe('IMR grammar: section headings wrapped over lines', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadImrGrammar();
  });

  const FIRST = 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL';
  const SECOND = 'REVIEWER AND WHY:';
  for (const [form, text, second] of [
    ['single spaced', `${FIRST}\n${SECOND}\nMTUS, page 46.`, 1],
    ['double spaced', `${FIRST} \n\n${SECOND} \n\nMTUS, page 46.`, 2],
    ['across a page footer and a form feed', `${FIRST}\n\nPage 2 of 3\n\f${SECOND}\nMTUS, page 46.`, 3],
  ] as const) {
    it(`colours both halves as one heading, ${form}, and the text after it as prose`, () => {
      const [a, b, colon, body] = lineScopes(grammar, text, [[0, FIRST], [second, 'REVIEWER AND WHY'], [second, ':'], [second + (form === 'double spaced' ? 2 : 1), 'MTUS']]);
      assertHasScope(a, HEADING, 'first half');
      assertHasScope(a, 'entity.name.section', 'first half');
      assertHasScope(b, HEADING, 'second half');
      assertHasScope(colon, 'punctuation.separator.heading', 'colon');
      assertLacksScope(body, HEADING, 'the guideline after the heading');
      assertHasScope(body, 'support.class.guideline', 'the guideline after the heading');
    });
  }

  it('colours the rationale heading and the text after its colon, and the final-determination headings', () => {
    const text = 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT\nMEDICALLY NECESSARY: The MTUS allows ten visits.';
    const [a, b, body] = lineScopes(grammar, text, [[0, 'RATIONALE FOR WHY'], [1, 'MEDICALLY NECESSARY'], [1, 'allows ten visits']]);
    assertHasScope(a, HEADING, 'first half');
    assertHasScope(b, HEADING, 'second half');
    assertLacksScope(b, 'markup.inserted', 'second half (a heading, not a conclusion)');
    assertLacksScope(body, HEADING, 'text after the colon');
    const [c, d] = lineScopes(grammar, 'IMR ISSUES, DECISIONS AND\nRATIONALES\nNorco: Upheld', [[0, 'IMR ISSUES'], [1, 'RATIONALES']]);
    assertHasScope(c, HEADING, 'IMR ISSUES, DECISIONS AND');
    assertHasScope(d, HEADING, 'RATIONALES');
  });

  it('leaves the next line plain when it does not complete the heading, and a lone first word plain', () => {
    const [next, after] = lineScopes(grammar, 'CLINICAL CASE\nThe patient is 40.\nNorco: Upheld', [[1, 'The patient'], [2, 'Norco']]);
    assertLacksScope(next, HEADING, 'prose after a heading\'s first words');
    // The rule has ended: the item heading on the line after is coloured as usual.
    assertHasScope(after, 'markup.heading.item', 'item heading after');
    const [lone] = lineScopes(grammar, 'MEDICAL\nREVIEWER QUALIFICATIONS:', [[0, 'MEDICAL']]);
    assertLacksScope(lone, HEADING, 'a single word');
  });
});
