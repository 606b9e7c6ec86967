// The treatment lexicon as data and its lookups: names, brand/generic equivalence, guideline topics,
// spelling suggestions and cut-off words.
import * as assert from 'assert';
import * as fc from 'fast-check';
import { CATEGORY_LABELS } from '../../src/core/lexicon/categories';
import { DRUGS } from '../../src/core/lexicon/drugs';
import {
  categoriesOf, classifyTopic, equivalentDrugs, findDrugs, findServices, relatedDrugs,
} from '../../src/core/lexicon/lookup';
import { SERVICES } from '../../src/core/lexicon/services';
import { isCutOffWord, isKnownWord, suggestSpelling } from '../../src/core/lexicon/spelling';
import { TOPICS } from '../../src/core/lexicon/topics';
import { editDistance } from '../../src/core/text/distance';

function drug(name: string) {
  const found = findDrugs(name);
  assert.strictEqual(found.length, 1, `exactly one drug in "${name}"`);
  return found[0].drug!;
}

describe('treatment lexicon', () => {
  describe('data', () => {
    it('gives every name to one drug only and uses only known categories', () => {
      const owner = new Map<string, string>();
      for (const d of DRUGS) {
        assert.ok(d.categories.length > 0, d.id);
        for (const c of d.categories) assert.ok(c in CATEGORY_LABELS, `${d.id}: ${c}`);
        for (const n of d.names) {
          const key = n.toLowerCase();
          assert.ok(!owner.has(key) || owner.get(key) === d.id, `"${n}" belongs to ${owner.get(key)} and ${d.id}`);
          owner.set(key, d.id);
        }
      }
      for (const s of SERVICES) for (const c of s.categories) assert.ok(c in CATEGORY_LABELS, `${s.id}: ${c}`);
      for (const t of TOPICS) for (const c of t.categories) assert.ok(c in CATEGORY_LABELS, `${t.pattern}: ${c}`);
    });

    it('finds every drug by each of its names', () => {
      for (const d of DRUGS) for (const n of d.names) assert.strictEqual(drug(`Request: ${n} as written`).id, d.id, n);
    });
  });

  describe('findDrugs', () => {
    it('reads brands, generics and combination names, longest first', () => {
      assert.strictEqual(drug('Norco 10/325mg #90').id, 'hydrocodone/acetaminophen');
      assert.strictEqual(drug('hydrocodone/APAP 10/325').id, 'hydrocodone/acetaminophen');
      assert.strictEqual(drug('hydrocodone / acetaminophen').id, 'hydrocodone/acetaminophen');
      assert.strictEqual(drug('Ultram ER 150mg').id, 'tramadol');
      assert.strictEqual(drug('ZANAFLEX 4MG').id, 'tizanidine');
      const mentions = findDrugs('Compound: Flurbiprofen 20%/Baclofen 2%/Lidocaine 5% cream');
      assert.deepStrictEqual(mentions.map((m) => m.drug!.id), ['flurbiprofen', 'baclofen', 'lidocaine']);
      assert.deepStrictEqual(mentions.map((m) => m.text), ['Flurbiprofen', 'Baclofen', 'Lidocaine']);
    });

    it('needs whole words, and capitals for abbreviations', () => {
      assert.deepStrictEqual(findDrugs('Norcotic somatic sonatas'), []);
      assert.deepStrictEqual(findDrugs('a gap appears'), []);
      assert.deepStrictEqual(findDrugs('Tylenol and APAP').map((m) => m.drug!.id), ['acetaminophen', 'acetaminophen']);
      assert.strictEqual(findDrugs('apap').length, 0);
    });
  });

  describe('equivalence', () => {
    it('treats a brand and its generic as the same drug, and combinations as related only', () => {
      assert.ok(equivalentDrugs(drug('Zanaflex'), drug('tizanidine')));
      assert.ok(equivalentDrugs(drug('Norco'), drug('Vicodin')));
      assert.ok(!equivalentDrugs(drug('Norco'), drug('hydrocodone')));
      assert.ok(relatedDrugs(drug('Norco'), drug('hydrocodone')));
      assert.ok(relatedDrugs(drug('Terocin'), drug('lidocaine')));
      assert.ok(!relatedDrugs(drug('Celebrex'), drug('Lyrica')));
    });
  });

  describe('services and categories', () => {
    it('matches abbreviations only in capitals', () => {
      assert.deepStrictEqual(findServices('tens of visits').map((m) => m.service!.id).filter((id) => id === 'TENS unit'), []);
      assert.ok(findServices('One TENS unit').some((m) => m.service!.id === 'TENS unit'));
      assert.ok(categoriesOf('MRI of the lumbar spine').has('imaging'));
      assert.ok(!categoriesOf('mri of the spine').has('imaging'));
    });

    it('reads "extended release" as a drug form, not surgery', () => {
      assert.ok(!categoriesOf('Tramadol extended release 100mg').has('surgery'));
      assert.ok(categoriesOf('Carpal tunnel release').has('surgery'));
    });

    it('unites the categories of everything a heading names', () => {
      const cs = categoriesOf('Post-operative physical therapy after knee arthroscopy');
      assert.ok(cs.has('physical-medicine') && cs.has('surgery'));
      assert.deepStrictEqual([...categoriesOf('Ergonomic keyboard tray')], []);
    });

    it('gives a referral the categories of its specialty, and a plain one only "consultation"', () => {
      const has = (title: string, ...cs: string[]) => cs.every((c) => categoriesOf(title).has(c as never));
      assert.ok(has('Pain management consultation', 'consultation', 'opioid-related', 'injection'));
      assert.ok(has('Referral to a pain specialist', 'consultation', 'opioid-related'));
      assert.ok(has('Orthopedic surgeon consultation', 'consultation', 'surgery'));
      assert.ok(has('Psychiatric consultation', 'psychological', 'antidepressant'));
      assert.deepStrictEqual([...categoriesOf('Internal medicine consultation')], ['consultation']);
      assert.deepStrictEqual([...categoriesOf('Pain management program')], ['program']);
    });
  });

  describe('classifyTopic', () => {
    it('calls chapters containers and general principles generic', () => {
      for (const t of ['Pain chapter', 'Pain Chapter', 'Low Back Complaints', 'Chronic pain', 'Knee & Leg chapter']) {
        assert.strictEqual(classifyTopic(t).kind, 'container', t);
      }
      for (const t of ['Weaning of Medications', 'Medications for chronic pain', 'Initial Approaches to Treatment']) {
        assert.strictEqual(classifyTopic(t).kind, 'generic', t);
      }
    });

    it('maps specific topics to categories, including drug names', () => {
      const cases: [string, string][] = [
        ['Muscle relaxants (for pain)', 'muscle-relaxant'],
        ['Antispasticity/Antispasmodic drugs', 'muscle-relaxant'],
        ['Opioids for chronic pain', 'opioid'],
        ['Gabapentin (Neurontin)', 'anticonvulsant'],
        ['Anti-epilepsy drugs (AEDs)', 'anticonvulsant'],
        ['Transcutaneous electrotherapy', 'electrotherapy'],
        ['Insomnia treatment', 'hypnotic-sedative'],
        ['Tizanidine', 'muscle-relaxant'],
        ['NSAIDs, GI symptoms & cardiovascular risk', 'gi-protection'],
        ['Surgical Release is Recommended for Sub-Acute and Chronic Flexor Te', 'surgery'],
        // Halves of "Opioids, dealing with misuse & addiction" as citations split them.
        ['dealing with misuse & addiction', 'psychological'],
        ['screening for risk of addiction (tests)', 'consultation'],
        ['Opioids, steps to avoid misuse/addiction', 'program'],
      ];
      for (const [topic, category] of cases) {
        const cls = classifyTopic(topic);
        assert.strictEqual(cls.kind, 'specific', topic);
        if (cls.kind === 'specific') assert.ok(cls.categories.has(category as never), `${topic} -> ${[...cls.categories].join(',')}`);
      }
    });

    it('says unknown for body regions and fragments', () => {
      for (const t of ['Knee', 'Forearm, Wrist and Hand', 'Edition']) assert.strictEqual(classifyTopic(t).kind, 'unknown', t);
    });
  });

  describe('spelling', () => {
    it('suggests the domain word or drug name, keeping the case of the word', () => {
      assert.strictEqual(suggestSpelling('Precription'), 'Prescription');
      assert.strictEqual(suggestSpelling('PRECRIPTION'), 'PRESCRIPTION');
      assert.strictEqual(suggestSpelling('precription'), 'prescription');
      assert.strictEqual(suggestSpelling('Neurontn'), 'Neurontin');
      assert.strictEqual(suggestSpelling('Nuerontin'), 'Neurontin');
      assert.strictEqual(suggestSpelling('neurontn'), 'Neurontin');
      assert.strictEqual(suggestSpelling('Retrospectve'), 'Retrospective');
      const typos: [string, string][] = [
        ['Acupunture', 'Acupuncture'], ['Chiropratic', 'Chiropractic'], ['Phisical', 'Physical'], ['Theraphy', 'Therapy'],
        ['Injecton', 'Injection'], ['Epidual', 'Epidural'], ['Gabapentn', 'Gabapentin'], ['Tizanadine', 'Tizanidine'],
        ['Omeprazol', 'Omeprazole'], ['Perscription', 'Prescription'], ['Cyclobenzaprin', 'Cyclobenzaprine'],
        ['Metatarsl', 'Metatarsal'], ['Meditaton', 'Meditation'],
      ];
      for (const [typo, right] of typos) assert.strictEqual(suggestSpelling(typo), right, typo);
    });

    it('knows the clinical words of headings one or two edits from other vocabulary', () => {
      for (const w of ['psychiatrist', 'conductive', 'dental', 'dispense', 'rectal', 'perioperative', 'Dynasplint', 'trochanteric',
        'metatarsal', 'Metatarsophalangeal', 'fibula', 'scapula', 'patellar', 'intraarticular', 'manipulative', 'massager', 'meditation']) {
        assert.strictEqual(suggestSpelling(w), null, w);
      }
    });

    it('leaves right, inflected, short, unknown and everyday words alone', () => {
      for (const w of ['Prescription', 'Injections', 'Compounded', 'Norco', 'Guidline', 'treating', 'therapist', 'Dendracin', 'Xyzzyplugh', 'Trazodone', 'Tramadol']) {
        assert.strictEqual(suggestSpelling(w), w === 'Guidline' ? 'Guideline' : null, w);
      }
      assert.ok(isKnownWord('injections') && isKnownWord('therapies') && !isKnownWord('precription'));
    });

    it('tells cut-off fragments from short words', () => {
      assert.ok(isCutOffWord('Te'));
      assert.ok(isCutOffWord('pa'));
      assert.ok(isCutOffWord('Fi'));
      for (const w of ['Pain', 'Hip', 'Use', 'Leg', 'ODG', 'Ch', 'Xq', 'Tendo']) assert.ok(!isCutOffWord(w), w);
    });
  });

  describe('editDistance', () => {
    it('counts substitutions, insertions, deletions and adjacent transpositions', () => {
      assert.strictEqual(editDistance('precription', 'prescription'), 1);
      assert.strictEqual(editDistance('nuerontin', 'neurontin'), 1);
      assert.strictEqual(editDistance('kitten', 'sitting'), 3);
      assert.strictEqual(editDistance('', 'abc'), 3);
      assert.strictEqual(editDistance('same', 'same'), 0);
    });

    it('stops early past the bound', () => {
      assert.strictEqual(editDistance('treating', 'testing', 1), 2);
      assert.strictEqual(editDistance('a', 'abcdef', 2), 3);
    });

    it('agrees with the textbook OSA table under every bound, words of every length', () => {
      // The full dynamic-programming table, no shortcuts: what the bounded and one-edit paths must match.
      const osa = (a: string, b: string): number => {
        const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
        for (let i = 1; i <= a.length; i++) {
          for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
        return d[a.length][b.length];
      };
      const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e'), maxLength: 90 });
      fc.assert(
        fc.property(word, word, fc.constantFrom(0, 1, 2, 3, Infinity), (a, b, max) => {
          assert.strictEqual(editDistance(a, b, max), Math.min(osa(a, b), max + 1), `${a} / ${b} (max ${max})`);
        }),
        { numRuns: 3000 },
      );
    });
  });
});
