// Guideline citations: pages, regulations, topics and the MTUS basis, read from the guideline text.
import * as assert from 'assert';
import { parseCitation } from '../../src/core/parse/fields/citation';

describe('citations', () => {
  it('ends a page list at a regulation of the C.C.R.', () => {
    const c = parseCitation('Decision based on MTUS Chronic Pain Treatment Guidelines Topical Analgesics Page(s): 56-57, 111-113, 8 C.C.R. 9792.24.2.');
    assert.deepStrictEqual(c.pages, [56, 57, 111, 112, 113]);
    assert.deepStrictEqual(c.regulations, ['8 C.C.R. 9792.24.2']);
    assert.deepStrictEqual(c.topics, ['Topical Analgesics']);
  });
  it('reads "8 C.C.R. Sections ..." as one regulation, and a regulation after "page" as no page', () => {
    const c = parseCitation('Decision based on the MTUS Acupuncture Medical Treatment Guidelines, 8 C.C.R. Sections 9792.20-9792.26, page 9792.24.1.');
    assert.deepStrictEqual(c.pages, []);
    assert.deepStrictEqual(c.regulations, ['8 C.C.R. Sections 9792.20-9792.26', '9792.24.1']);
    assert.deepStrictEqual(c.topics, ['Acupuncture Medical Treatment']);
  });
  it('drops an orphan article and leads no topic with "the"', () => {
    const c = parseCitation('Decision based on the 8 C.C.R. Sections 9792.20-9792.26, the Acupuncture Medical Treatment Guidelines.');
    assert.deepStrictEqual(c.topics, ['Acupuncture Medical Treatment']);
  });
  it('reads "pg." and "pgs." as pages', () => {
    assert.deepStrictEqual(parseCitation('Decision based on MTUS ACOEM Practice Guidelines, Chapter 12, pg. 22').pages, [22]);
    assert.deepStrictEqual(parseCitation('Decision based on MTUS ACOEM Practice Guidelines, Chapter 12, pgs. 303-304.').pages, [303, 304]);
    assert.deepStrictEqual(parseCitation('Decision based on MTUS ACOEM Practice Guidelines, Chapter 12, pg. 22').topics, ['Chapter 12']);
  });
  it('keeps four-digit pages and page lists joined by "and"', () => {
    assert.deepStrictEqual(parseCitation('ODG, Pain chapter, pages 12 and 14, p. 1021.').pages, [12, 14, 1021]);
  });
  it('takes a Non-MTUS citation alone as not based on the MTUS', () => {
    const c = parseCitation('Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain chapter, Opioids.');
    assert.strictEqual(c.mtusBasis, 'not-based');
    assert.deepStrictEqual(c.sources, ['ODG']);
    // With the MTUS also cited as the basis, the MTUS is the basis.
    assert.strictEqual(parseCitation('Decision based on MTUS Chronic Pain Treatment Guidelines Opioids. Non-MTUS Citation: ODG, Pain chapter.').mtusBasis, 'based');
  });
  it('reads "did not base his/her decision on the MTUS" as not based, without counting that MTUS as a source', () => {
    const c = parseCitation('The Expert Reviewer did not base his/her decision on the MTUS. Non-MTUS Citation Official Disability Guidelines (ODG), Low Back chapter, Aquatic therapy.');
    assert.strictEqual(c.mtusBasis, 'not-based');
    assert.deepStrictEqual(c.sources, ['ODG']);
    assert.deepStrictEqual(c.topics, ['Low Back chapter', 'Aquatic therapy']);
  });
});
