import type { Item, Range, RelatedInformation } from '../model';
import type { DrugEntry } from '../lexicon/drugs';
import { equivalentDrugs, findDrugs, ingredientsOf, type TreatmentMention } from '../lexicon/lookup';
import { insideSpans, type Sentence, type SentenceMemo } from '../text/sentences';
import { formatStrength, quantityAfter, quantityBefore, strengthAfter, strengthsDisagree, type Quantity, type Strength } from '../text/dose';
import { rationaleAnchors } from '../text/anchors';
import { anchoredRanges } from '../text/locate';
import { lastIndexOf } from '../text/lastIndexOf';
import { itemRule, type RuleReport } from './rule';

/** A drug the heading names, with the strength and quantity written with it. */
interface HeadingDrug {
  mention: TreatmentMention;
  strength: Strength | null;
  quantity: Quantity | null;
}

// Sentences about earlier prescriptions, other reviews' decisions or plans are history, not the request.
const HISTORY = /\b(?:previous(?:ly)?|prior|modif(?:y|ied|ication)|certif(?:y|ied|ication)|non-?certified|approved|authori[sz]ed|wean(?:ing|ed)?|taper(?:ing|ed)?|history|in the past|formerly|earlier|since|dispensed|filled|used to|had been|was taking|has been taking|tried|trial|last|reduc(?:e|ed|tion)|increase[ds]?|decrease[ds]?|switch(?:ed)?|chang(?:e|ed))\b/i;

// A sentence stating what guidelines or studies say in general ("Lidoderm 5% patch is the only
// approved formulation", "guidelines recommend up to 4 mg") quotes strengths that are not the
// request's. Naming a guideline is not enough: "Per the MTUS, baclofen 3% is not recommended" applies
// it to the request.
const GENERAL_TALK = /\b(?:only|approved|FDA|formulations?|studies|studied|literature|trials|maximum|up to|no more than|exceed(?:s|ing)?|(?:recommended|usual|starting|daily) (?:doses?|dosages?|dosing|strengths?)|(?:guidelines?|MTUS|ODG|ACOEM|evidence|literature)(?:\s+\w+)?\s+(?:recommends?|states?|supports?|suggests?|notes?|allows?|advises?|indicates?|says|reads|specif(?:y|ies)|describes?|lists?))\b/i;

// Words that tie a sentence to this request or this patient.
const ABOUT_REQUEST = /\b(?:request(?:s|ed)?|patient|claimant|injured worker|employee|worker|this|prescribed|has been taking|is taking|takes)\b/i;

// A sentence's clauses: a statement of guidelines and one about the request are often joined by these.
// `(?:,|(?<!\s))\s+` is `,?\s+` tried only from a comma or the start of a run of spaces: from each space
// inside a long run it scanned the rest of the run again (quadratic).
const CLAUSE_BREAK = /[;:]|(?:,|(?<!\s))\s+(?:but|whereas|while|however|yet)\s+|,\s+(?:and|therefore|thus|so|hence)\s+/gi;

// "this request for Norco", "the request for continued Robaxin": the request the rationale decides.
const REQUEST_FOR = /\b(?:this|the)\s+(?:current\s+|present\s+|subject\s+)?request\s+for\s+(?:(?:the|a|an|continued|ongoing|additional|further|retrospective|prospective|one|1|prescription\s+of|purchase\s+of|refills?\s+of)\s+)*/gi;

/** Strengths and quantities reported per item at most. */
const MAX_DOSE_REPORTS = 20;

// A heading names a few drugs (a compound five or six): past this many the rest are not compared, so
// a heading of thousands of names does not make every rationale mention compare with each.
const MAX_HEADING_DRUGS = 16;

function headingDrugs(title: string): HeadingDrug[] {
  const mentions = findDrugs(title).slice(0, MAX_HEADING_DRUGS);
  return mentions.map((mention, i) => {
    const strength = strengthAfter(title, mention.end);
    // In a heading the quantity may follow a signature ("1 tab q6h #120"): the first "#n" before the next drug.
    const next = i + 1 < mentions.length ? mentions[i + 1].start : title.length;
    const after = strength ? strength.end : mention.end;
    let quantity = quantityAfter(title, after);
    if (!quantity) {
      const hash = /#\s*(\d{1,4})(?!\d)/.exec(title.slice(after, next));
      if (hash) quantity = { start: after + hash.index, end: after + hash.index + hash[0].length, text: hash[0], value: Number(hash[1]) };
    }
    return { mention, strength, quantity };
  });
}

/** The heading's words for a drug: its name through its strength and quantity ("Tramadol ER 150mg #30"). */
function written(title: string, d: HeadingDrug): string {
  const end = Math.max(d.mention.end, d.strength?.end ?? 0, d.quantity?.end ?? 0);
  return title.slice(d.mention.start, end).replace(/\s+/g, ' ');
}

export const itemDetailMismatch = itemRule({
  id: 'IMR008',
  name: 'item-detail-mismatch',
  description: 'The heading and the rationale disagree about what was requested: another strength, quantity or drug.',
  severity: 'warning',
  tags: ['item', 'rationale', 'consistency', 'medication'],
  docs: {
    why: 'A rationale that discusses another strength or quantity than the heading, or decides a request for another drug, may have been written for another request or copied from another item; the decision then rests on the wrong facts.',
    example: 'Baclofen 2% cream 120gm:  Upheld\n...\nDecision rationale: ... Therefore, the request for baclofen 3% cream is not medically necessary.',
  },
  checkItem(item, _letter, sentences) {
    if (!item.rationale) return [];
    const heads = headingDrugs(item.title);
    if (heads.length === 0) return [];
    const mentions = findDrugs(item.rationale.text);
    if (mentions.length === 0) return [];
    // Built when the first span is placed: most items report nothing.
    const rationale = item.rationale;
    let placeIn: Place | null = null;
    const place: Place = (start, end) => (placeIn ??= anchoredRanges(rationale, rationaleAnchors(item)))(start, end);
    return [...doseConflicts(item, heads, mentions, place, sentences), ...requestConflicts(item, heads, mentions, place, sentences)];
  },
});

function report(item: Item, message: string, related: RelatedInformation[]): RuleReport {
  return { message, range: item.titleRange, item: item.index, related };
}

/** True when the sentence states what guidelines say in general where it names the drug at `at` (an offset into the sentence). */
function generalStatement(sentence: string, at: number): boolean {
  if (!GENERAL_TALK.test(sentence)) return false;
  // The clause holding the drug decides: "guidelines recommend up to 4 mg; this request for 6 mg ...".
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  CLAUSE_BREAK.lastIndex = 0;
  const clause = sentence.slice(start, end);
  return !(ABOUT_REQUEST.test(clause) && !GENERAL_TALK.test(clause));
}

function doseConflicts(item: Item, heads: HeadingDrug[], mentions: readonly TreatmentMention[], place: Place, memo: SentenceMemo): RuleReport[] {
  const rationale = item.rationale!;
  const text = rationale.text;
  // Quotes and sentences are asked for only once a mention disagrees with the heading (rarely); the
  // memo holds those the conclusion reader already split.
  /** Whether a disagreeing mention is the request's own detail: outside quotes, history and general statements. */
  const aboutRequest = (mention: TreatmentMention): boolean => {
    if (insideSpans(memo.quotes(rationale), mention.start)) return false;
    const sentence = sentenceAt(memo.sentences(rationale), mention.start);
    if (!sentence) return true;
    return !HISTORY.test(sentence.text) && !generalStatement(sentence.text, mention.start - sentence.start);
  };
  const reported = new Set<string>();
  const out: RuleReport[] = [];
  for (const mention of mentions) {
    // A rationale that discusses this many other strengths and quantities of the heading's drug is not
    // about one request: the rest are not reported (40,000 reports for one item took half a second).
    if (reported.size >= MAX_DOSE_REPORTS) break;
    const same = heads.filter((h) => equivalentDrugs(h.mention.drug!, mention.drug!));
    if (same.length === 0) continue;
    const strength = strengthAfter(text, mention.end);
    const quantity = quantityAfter(text, strength ? strength.end : mention.end) ?? quantityBefore(text, mention.start);
    const strengthConflict = strength !== null && same.every((h) => h.strength && strengthsDisagree(h.strength, strength));
    const quantityConflict = quantity !== null && same.every((h) => h.quantity && h.quantity.value !== quantity.value);
    if (!strengthConflict && !quantityConflict) continue;
    if (!aboutRequest(mention)) continue;
    if (strengthConflict) {
      const key = `s:${formatStrength(strength)}`;
      if (!reported.has(key)) {
        reported.add(key);
        const h = same[0];
        const says = text.slice(mention.start, strength.end).replace(/\s+/g, ' ');
        out.push(
          report(item, `The heading requests "${written(item.title, h)}", but the rationale discusses "${says}".`, [
            { message: `Rationale: ${says}`, range: place(mention.start, strength.end) },
          ]),
        );
      }
    }
    if (quantityConflict) {
      const key = `q:${quantity.value}`;
      if (!reported.has(key)) {
        reported.add(key);
        const h = same[0];
        const from = Math.min(mention.start, quantity.start);
        const to = Math.max(mention.end, quantity.end);
        const says = text.slice(from, to).replace(/\s+/g, ' ');
        out.push(
          report(item, `The heading requests "${written(item.title, h)}", but the rationale discusses "${says}".`, [
            { message: `Rationale: ${says}`, range: place(from, to) },
          ]),
        );
      }
    }
  }
  return out;
}

/**
 * Whether "this request for X" may name the heading's drug: the same product, or one is an
 * ingredient of the other (Norco and hydrocodone, Terocin and lidocaine). Sharing one ingredient is
 * not enough: Norco and Percocet both hold acetaminophen but are different requests.
 */
function sameOrIngredient(a: DrugEntry, b: DrugEntry): boolean {
  if (a.id === b.id) return true;
  const ia = ingredientsOf(a);
  const ib = ingredientsOf(b);
  return ia.every((x) => ib.includes(x)) || ib.every((x) => ia.includes(x));
}

function requestConflicts(item: Item, heads: HeadingDrug[], mentions: readonly TreatmentMention[], place: Place, memo: SentenceMemo): RuleReport[] {
  const rationale = item.rationale!;
  const text = rationale.text;
  const namesHeadingDrug = (from: number, to: number) =>
    mentions.some((m) => m.start >= from && m.end <= to && heads.some((h) => sameOrIngredient(h.mention.drug!, m.drug!)));
  // Both questions are the item's, not the match's: asked once each (per match, they made a
  // rationale of thousands of requests quadratic).
  let inConclusionNames: boolean | undefined;
  let rationaleNames: boolean | undefined;
  const conclusionAt = item.conclusion.text ? lastIndexOf(text, item.conclusion.text) : -1;
  const out: RuleReport[] = [];
  const reported = new Set<string>();
  REQUEST_FOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REQUEST_FOR.exec(text))) {
    const at = m.index + m[0].length;
    const named = mentionAt(mentions, at);
    if (!named || heads.some((h) => sameOrIngredient(h.mention.drug!, named.drug!))) continue;
    if (insideSpans(memo.quotes(rationale), m.index)) continue;
    // A rationale may refer to another item's request ("as the request for Norco is not necessary, the
    // request for Colace ..."): only a request for another drug that decides the item counts, i.e. one
    // in a concluding sentence that names none of the heading's drugs, or in a rationale that never does.
    const inConclusion = conclusionAt >= 0 && m.index >= conclusionAt && m.index < conclusionAt + item.conclusion.text.length;
    const decides = inConclusion
      ? !(inConclusionNames ??= namesHeadingDrug(conclusionAt, conclusionAt + item.conclusion.text.length))
      : !(rationaleNames ??= namesHeadingDrug(0, text.length));
    if (!decides || reported.has(named.drug!.id)) continue;
    reported.add(named.drug!.id);
    out.push(
      report(item, `The heading requests ${heads.map((h) => `"${written(item.title, h)}"`).join(', ')}, but the rationale decides "${m[0].trim()} ${named.text}".`, [
        { message: `Rationale: request for ${named.text}`, range: place(m.index, named.end) },
      ]),
    );
  }
  REQUEST_FOR.lastIndex = 0;
  return out;
}

/** Places spans of the rationale; it finds the anchor sentences once, however many spans it places. */
type Place = (start: number, end: number) => Range;

/** The sentence holding offset `at` (sentences in order, disjoint), by binary search. */
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The mention starting at `at` (mentions in text order), by binary search. */
function mentionAt(mentions: readonly TreatmentMention[], at: number): TreatmentMention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = mentions[mid].start;
    if (start === at) return mentions[mid];
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
