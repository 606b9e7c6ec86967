// Guideline citations: pages, regulations, topics and the MTUS basis, read from the guideline text.
import * as assert from 'assert';
import { parseCitation } from '../../src/core/parse/fields/citation';
import { parseGuidelineProse } from '../../src/core/parse/fields/guidelineProse';

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

// The professional-review layout's guideline section is prose: the guidelines named, and why.
describe('guideline prose', () => {
  it('reads the guidelines a sentence names, not the why after "because"', () => {
    const c = parseGuidelineProse('The reviewer relied on the Postsurgical Treatment Guidelines, Shoulder, because they set out the number of visits after arthroscopic shoulder surgery.');
    assert.deepStrictEqual(c.topics, ['Postsurgical Treatment', 'Shoulder']);
    assert.deepStrictEqual(c.sources, ['MTUS']);
  });
  it('keeps the basis and pages of the whole text, and leaves "which address ..." out of the topics', () => {
    const c = parseGuidelineProse(
      'The Physician Reviewer based his/her decision on the MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, which is part of the MTUS. It was used as it addresses therapy after a lumbar fusion.',
    );
    assert.deepStrictEqual(c.topics, ['Physical Medicine']);
    assert.strictEqual(c.mtusBasis, 'based');
    assert.deepStrictEqual(c.pages, [98, 99]);
    const d = parseGuidelineProse('California MTUS Chronic Pain Medical Treatment Guidelines (2009), Manual therapy & manipulation, pages 58-60, which address manipulation after spinal surgery.');
    assert.deepStrictEqual(d.topics, ['Manual therapy & manipulation']);
  });
  it('ends the naming part at the predicate: an auxiliary, or a verb after the guideline, and at a participle clause', () => {
    assert.deepStrictEqual(parseGuidelineProse('The Official Disability Guidelines (ODG), Knee & Leg chapter, Continuous passive motion, were used for the knee replacement.').topics, ['Knee & Leg chapter', 'Continuous passive motion']);
    assert.deepStrictEqual(parseGuidelineProse('The ODG Pain chapter recommends antidepressants before a patch.').topics, ['Pain chapter']);
    assert.deepStrictEqual(parseGuidelineProse('ODG, Low Back chapter, Lumbar supports, noting that fusion patients differ.').topics, ['Low Back chapter', 'Lumbar supports']);
    assert.deepStrictEqual(parseGuidelineProse('ACOEM Practice Guidelines, Chapter 12; the ODG, since it covers epidural injections.').topics, ['Chapter 12']);
  });
  it('ends it at a party as subject, and counts no MTUS from "did not base ... on the MTUS"', () => {
    assert.deepStrictEqual(parseGuidelineProse('Per the Official Disability Guidelines, Pain chapter, Urine drug testing, the reviewer found that surgery is not at issue.').topics, ['Pain chapter', 'Urine drug testing']);
    const c = parseGuidelineProse('The Professional Reviewer did not base his/her decision on the MTUS. The reviewer relied on the ODG, Low Back chapter, Discectomy/laminectomy.');
    assert.deepStrictEqual(c.sources, ['ODG']);
    assert.strictEqual(c.mtusBasis, 'not-based');
  });
  it('takes a topic named before its guideline ("the X section of the ...")', () => {
    const c = parseGuidelineProse('The professional reviewer relied on the Physical Medicine section of the MTUS Chronic Pain Medical Treatment Guidelines, as it limits therapy after surgery.');
    assert.deepStrictEqual(c.topics, ['Physical Medicine section']);
  });
  it('reads no topic from a sentence that names no guideline, nor a page abbreviation as a sentence end', () => {
    assert.deepStrictEqual(parseGuidelineProse('These guidelines address shoulder surgery and injections.').topics, []);
    const c = parseGuidelineProse('MTUS Chronic Pain Medical Treatment Guidelines, Opioids, pgs. 74-96, Weaning of medications, for the taper.');
    assert.deepStrictEqual(c.topics, ['Opioids', 'Weaning of medications', 'for the taper']);
    assert.deepStrictEqual(c.pages.slice(0, 2), [74, 75]);
  });
  it('reads the same words alike however the lines are broken and spaced', () => {
    const one = 'The reviewer used the ODG, Shoulder chapter, Physical therapy, because it counts visits after surgery.';
    const broken = 'The reviewer used the ODG, Shoulder\r\nchapter, Physical   therapy, because it counts\r\n\r\nvisits after surgery.';
    assert.deepStrictEqual(parseGuidelineProse(broken), parseGuidelineProse(one));
  });
  it('leaves the guideline lines of the other layouts as they were (a list, not prose)', () => {
    assert.deepStrictEqual(parseCitation('Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, dealing with misuse & addiction Page(s): 84-85.').topics, ['Opioids', 'dealing with misuse & addiction']);
  });
});
