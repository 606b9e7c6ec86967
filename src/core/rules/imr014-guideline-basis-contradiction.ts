import type { Guideline, Item, Range } from '../model';
import { categoriesOf, findDrugs, findServices, relatedDrugs, type TreatmentMention } from '../lexicon/lookup';
import { blankNotBasedStatements } from '../text/guidelineBasis';
import { insideSpans, type Sentence, type SentenceMemo } from '../text/sentences';
import { rationaleAnchors } from '../text/anchors';
import { locateInBlock, rangeWithAnchors } from '../text/locate';
import { lastIndexOf } from '../text/lastIndexOf';
import { excerpt, straightQuote } from '../present/quote';
import { itemRule, type RuleReport } from './rule';

const MTUS_NAME = '(?:the\\s+)?(?:CA\\s+|California\\s+)?(?<!Non-)(?:MTUS|Medical Treatment Utilization Schedule)\\b';

// "This medication is not addressed in the MTUS", "the MTUS does not address ...", "MTUS is silent".
const NOT_ADDRESSED = new RegExp(
  [
    `\\b(?:is|are|was|were)\\s+not\\s+(?:specifically\\s+|directly\\s+)?(?:addressed|discussed|covered|mentioned|included)\\s+(?:in|by)\\s+${MTUS_NAME}`,
    `\\b${MTUS_NAME}(?:\\s+guidelines?)?\\s+(?:does|do)\\s+not\\s+(?:specifically\\s+|directly\\s+)?(?:address|discuss|mention|cover)\\b`,
    `\\b${MTUS_NAME}(?:\\s+guidelines?)?\\s+(?:is|are)\\s+silent\\b`,
  ].join('|'),
  'gi',
);
// What every NOT_ADDRESSED statement holds, as patterns that start with a literal word: most
// rationales hold neither, and testing these is far cheaper than NOT_ADDRESSED itself.
const NEGATED_VERB = /\bnot\s+(?:specifically\s+|directly\s+)?(?:address|discuss|cover|mention|include)|\bsilent\b/i;
const MTUS_WORD = /MTUS|Medical Treatment Utilization Schedule/i;

// What the MTUS may leave out while addressing the treatment: how often, how long, how much, one
// formulation. "The MTUS does not address urine drug testing frequency" is no contradiction.
const ASPECT = /\b(?:frequenc(?:y|ies)|how often|how long|how many|timing|intervals?|duration|length|number of|quantity|dos(?:e|es|age|ages|ing)|strengths?|formulations?|(?:cream|gel|ointment|patch|topical|oral|liquid|injectable|extended[- ]release) forms?|route)\b/i;

// "..., but it addresses opioids", "but does address ...": the statement is taken back (not by
// "but the ODG addresses it", which names another guideline).
const YET_ADDRESSES = /\b(?:but|however|although|though|yet)\b,?\s+(?:(?:it|they|(?:the\s+)?(?:CA\s+)?MTUS(?:\s+guidelines?)?|the\s+guidelines?)\s+)?(?:(?:does|do|did)\s+(?:specifically\s+)?(?:address|discuss|cover|mention)|addresse[sd]|discusse[sd]|covers|mentions)\b/i;

// Where a statement's own clause ends: its subject is not what a "but ..." clause says. `(?:[,;]|(?<!\s))\s+`
// is `[,;]?\s+` tried only from the punctuation or the start of a run of spaces: from each space
// inside a long run it scanned the rest of the run again (quadratic).
const CLAUSE_END = /(?:[,;]|(?<!\s))\s+(?:but|however|although|though|yet|while|whereas)\b|;/i;

// "Not addressed" statements examined per rationale: letters make one or two. Past this many the rest
// are not read, so a rationale of thousands of them (each read with the sentence before it) stays linear.
const MAX_STATEMENTS = 16;

// "by the parameters outlined in the MTUS", "based on the MTUS", "per MTUS": the MTUS as the basis.
const MTUS_BASIS = new RegExp(
  [
    `\\b(?:parameters|criteria|guidelines?|recommendations?|standards?)\\s+(?:outlined|noted|set\\s+forth|established|described|stated|listed)\\s+(?:in|by)\\s+${MTUS_NAME}`,
    `\\b(?:based\\s+on|per|according\\s+to|as\\s+per|consistent\\s+with|in\\s+accordance\\s+with)\\s+${MTUS_NAME}(?!\\s+(?:does|do|is|are)\\s+not)`,
  ].join('|'),
  'i',
);

// The MTUS named in a guideline line other than in its "did not base ... on the MTUS" statement.
const MTUS_CITED = /(?<!Non-)\bMTUS\b|\bChronic Pain (?:Medical )?Treatment Guidelines\b|\bCPMTG\b/;

export const guidelineBasisContradiction = itemRule({
  id: 'IMR014',
  name: 'guideline-basis-contradiction',
  description: 'The letter says the MTUS does not apply, yet relies on the MTUS (or the reverse) for the same item.',
  severity: 'info',
  tags: ['guideline', 'rationale', 'consistency'],
  docs: {
    why: 'Whether a decision rests on the MTUS matters: the MTUS is presumed correct, and other guidelines may be used only where it does not address the treatment. A rationale that says the treatment is outside the MTUS and then concludes "by the parameters outlined in the MTUS" leaves the basis of the decision unclear.',
    example: 'Decision rationale: Lunesta is not addressed in the MTUS. ... Therefore, by the parameters outlined in the MTUS, the request is not medically necessary.',
  },
  checkItem(item, _letter, sentences) {
    const reports: RuleReport[] = [];
    const r = rationaleContradiction(item, sentences);
    if (r) reports.push(r);
    for (const [g, label] of [
      [item.guidelines.claimsAdministrator, 'Claims Administrator guideline'],
      [item.guidelines.maximus, 'MAXIMUS guideline'],
    ] as const) {
      const gr = guidelineContradiction(item, g, label);
      if (gr) reports.push(gr);
    }
    return reports;
  },
});

/**
 * Whether the words a "not addressed" statement is about mean the item itself ("This medication",
 * "the requested", its one drug by any name, its kind of service) rather than one ingredient of a
 * compound or another treatment the rationale mentions.
 */
function aboutTheItem(item: Item, heads: readonly TreatmentMention[], subject: string): boolean {
  const named = findDrugs(subject);
  if (named.length > 0) {
    return heads.length === 1 && named.every((n) => relatedDrugs(n.drug!, heads[0].drug!));
  }
  if (/\b(?:this|these|the requested|the request|it|they)\b/i.test(subject)) return true;
  const services = findServices(subject);
  if (services.length === 0) return false;
  const title = categoriesOf(item.title);
  return services.some((s) => s.categories.some((c) => title.has(c)));
}

/**
 * Whether a "not addressed" statement says the MTUS leaves out the item itself: about the item
 * (see aboutTheItem), not one aspect of it (frequency, duration, a formulation), and not taken back
 * in the same sentence ("..., but it addresses opioids").
 */
function treatmentNotAddressed(item: Item, heads: readonly TreatmentMention[], text: string, m: RegExpExecArray, s: Sentence | undefined): boolean {
  const start = s?.start ?? 0;
  const end = s?.end ?? text.length;
  const after = text.slice(m.index + m[0].length, end);
  if (YET_ADDRESSES.test(after)) return false;
  // The subject: the words before the statement (first form) or after it, up to its clause's end.
  let subject: string;
  if (/^\s*(?:is|are|was|were)\b/i.test(m[0])) subject = text.slice(start, m.index);
  else {
    const cut = CLAUSE_END.exec(after);
    subject = cut ? after.slice(0, cut.index) : after;
  }
  return !ASPECT.test(subject) && aboutTheItem(item, heads, subject);
}

function rationaleContradiction(item: Item, memo: SentenceMemo): RuleReport | null {
  const rationale = item.rationale;
  if (!rationale) return null;
  const text = rationale.text;
  if (!NEGATED_VERB.test(text) || !MTUS_WORD.test(text)) return null;
  const quotes = memo.quotes(rationale);
  const sentences = memo.sentences(rationale);
  // The first statement about the item itself, outside quoted guideline text. Statements come in
  // text order: the sentence holding each is found by walking the sentences once.
  const heads = findDrugs(item.title);
  let notAddressed: RegExpExecArray | null = null;
  let notAddressedIn = '';
  let k = 0;
  let read = 0;
  NOT_ADDRESSED.lastIndex = 0;
  for (let m = NOT_ADDRESSED.exec(text); m && read < MAX_STATEMENTS; m = NOT_ADDRESSED.exec(text)) {
    if (insideSpans(quotes, m.index)) continue;
    read++;
    while (k < sentences.length && sentences[k].end <= m.index) k++;
    const sentence = k < sentences.length && sentences[k].start <= m.index ? sentences[k] : undefined;
    if (treatmentNotAddressed(item, heads, text, m, sentence)) {
      notAddressed = m;
      notAddressedIn = sentence?.text ?? m[0];
      break;
    }
  }
  NOT_ADDRESSED.lastIndex = 0;
  if (!notAddressed) return null;

  // The concluding sentence, or the last one when the conclusion finder took none.
  const { conclusion } = item;
  let at = conclusion.text ? lastIndexOf(text, conclusion.text) : -1;
  let sentence = at >= 0 ? conclusion.text : '';
  if (at < 0) {
    const last = sentences.at(-1);
    if (!last) return null;
    at = last.start;
    sentence = last.text;
  }
  if (at <= notAddressed.index) return null;
  const basis = MTUS_BASIS.exec(sentence);
  if (!basis || insideSpans(quotes, at + basis.index)) return null;

  const anchors = rationaleAnchors(item);
  const basisRange: Range = rangeWithAnchors(rationale, anchors, at + basis.index, at + basis.index + basis[0].length);
  return {
    message: `The rationale says the MTUS does not address the treatment: ${straightQuote(excerpt(notAddressedIn))}, but concludes on the MTUS: ${straightQuote(excerpt(sentence))}`,
    range: basisRange,
    item: item.index,
    related: [
      {
        message: `Not addressed in the MTUS: "${notAddressed[0]}"`,
        range: rangeWithAnchors(rationale, anchors, notAddressed.index, notAddressed.index + notAddressed[0].length),
      },
    ],
  };
}

function guidelineContradiction(item: Item, guideline: Guideline | null, label: string): RuleReport | null {
  if (!guideline || guideline.citation.mtusBasis !== 'not-based') return null;
  if (!guideline.citation.sources.includes('MTUS')) return null;
  const text = guideline.text;
  // Blank out the "did not base ... on the MTUS" statements (same length), then find the MTUS citation.
  const rest = blankNotBasedStatements(text);
  const cited = MTUS_CITED.exec(rest);
  const citedAt = cited ? locateInBlock(guideline, cited.index, cited.index + cited[0].length) : null;
  const pages = guideline.citation.pages;
  const what = pages.length > 0 ? `MTUS pages (${pages.slice(0, 6).join(', ')}${pages.length > 6 ? ' ...' : ''})` : 'the MTUS';
  return {
    message: `The ${label} says the decision was not based on the MTUS, yet cites ${what}.`,
    range: guideline.range,
    item: item.index,
    // Pointed at only when it can be placed: the whole guideline is already the finding's range.
    related: cited && citedAt ? [{ message: `MTUS cited: "${cited[0]}"`, range: citedAt.range }] : [],
  };
}
