// An item's hover names its page in a letter read from pages (a PDF's text: a form feed line
// between pages), "p. 2 of 2", and says nothing of pages in a letter without them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, emptyConfig } from '../../src/core/index';
import { hoverAt } from '../../src/extension/features/hover/content';

const LETTER = fs.readFileSync(path.resolve(__dirname, '../../../test/suite/fixtures/letters/contradictory-shoulder.txt'), 'utf8');
const SECOND = 'Subacromial corticosteroid injection of the right shoulder:';

function hoverOnHeading(text: string, heading: string): string {
  const line = text.split('\n').findIndex((l) => l.startsWith(heading));
  assert.ok(line >= 0, heading);
  return hoverAt(analyze(text, { config: emptyConfig() }), { line, character: 2 })?.markdown ?? '';
}

describe('Hover: the page of an item', () => {
  it('names the page and the page count of a paged letter', () => {
    const paged = LETTER.replace(SECOND, `Page 1 of 2\n\f\n${SECOND}`);
    assert.match(hoverOnHeading(paged, SECOND).split('\n')[0], /\(p\. 2 of 2\)$/);
    assert.match(hoverOnHeading(paged, 'Tramadol ER 100mg #30:').split('\n')[0], /\(p\. 1 of 2\)$/);
  });

  it('names no page in a letter without pages', () => {
    assert.strictEqual(hoverOnHeading(LETTER, SECOND).split('\n')[0], '**Subacromial corticosteroid injection of the right shoulder**: Overturned');
  });
});
