import type { Item, Letter, RelatedInformation } from '../model';
import { excerpt, straightQuote } from '../present/quote';
import type { Rule, RuleReport } from './rule';

/** Items pointed at per finding: a letter decides a handful; past this many the rest are left out. */
const MAX_RELATED = 20;

function pointAt(items: readonly Item[]): RelatedInformation[] {
  return items.slice(0, MAX_RELATED).map((item) => ({
    message: `Item ${item.index + 1} "${item.title}": ${item.decisionText || item.decision}`,
    range: item.range,
  }));
}

function named(item: Item): string {
  return `item ${item.index + 1} ("${item.title}")`;
}

/** "item 2 ("Norco") is", "items 1 ("A") and 3 ("B") are". */
function itemsAre(items: readonly Item[]): string {
  if (items.length === 1) return `${named(items[0])} is`;
  const names = items.slice(0, 3).map(named);
  const more = items.length > 3 ? ` and ${items.length - 3} more` : '';
  return `items ${names.map((n) => n.slice('item '.length)).join(', ')}${more} are`;
}

/** The sentence as quoted in a message: a run of text gone astray is cut short. */
const MAX_QUOTE = 200;

function quote(text: string): string {
  return straightQuote(excerpt(text, MAX_QUOTE));
}

interface Disagreement {
  /** What the cover page says, quoted. */
  claim: string;
  /** What the items say instead. */
  but: string;
  items: Item[];
}

/**
 * What the cover page's determination and its sentence claim that the decided items deny, with the
 * items that deny it. Only decided items count; a claim about every item ("every item is Upheld",
 * "some of") is judged only when every item is decided.
 */
function disagreements(letter: Letter): Disagreement[] {
  const cover = letter.cover!;
  const items = letter.items;
  const upheld = items.filter((i) => i.decision === 'Upheld');
  const overturned = items.filter((i) => i.decision === 'Overturned');
  const allDecided = items.length > 0 && upheld.length + overturned.length === items.length;
  const out: Disagreement[] = [];

  const word = cover.determination?.value;
  const wordClaim = `"Final Determination: ${word}"`;
  if (word === 'UPHOLD' && overturned.length > 0) {
    out.push({ claim: wordClaim, but: `${itemsAre(overturned)} Overturned`, items: overturned });
  } else if (word === 'OVERTURN' && allDecided && overturned.length === 0) {
    out.push({ claim: wordClaim, but: `${items.length === 1 ? 'the only item is' : 'every item is'} Upheld`, items: upheld });
  }

  const sentence = cover.determinationSentence;
  if (sentence) {
    const claim = quote(sentence.text);
    if (sentence.scope === 'all' && upheld.length > 0) {
      out.push({ claim, but: `${itemsAre(upheld)} Upheld`, items: upheld });
    } else if (sentence.scope === 'none' && overturned.length > 0) {
      out.push({ claim, but: `${itemsAre(overturned)} Overturned`, items: overturned });
    } else if (sentence.scope === 'some' && allDecided && (upheld.length === 0 || overturned.length === 0)) {
      const one = upheld.length > 0 ? 'Upheld' : 'Overturned';
      out.push({ claim, but: `${items.length === 1 ? 'the only item is' : 'every item is'} ${one}`, items });
    }
  }
  return out;
}

export const overallDeterminationMismatch: Rule = {
  id: 'IMR015',
  name: 'overall-determination-mismatch',
  description: "The cover page's Final Determination (UPHOLD or OVERTURN, none of / all of / some of the items) disagrees with the item decisions.",
  severity: 'error',
  tags: ['cover-page', 'decision', 'consistency'],
  docs: {
    why: 'The cover page is what the parties read first, and its Final Determination is what the claims administrator acts on. UPHOLD while an item is Overturned, OVERTURN while every item is Upheld, or "all of" / "none of" / "some of" the items against the decisions below, means either the cover page or an item decision is wrong, and a treatment may be denied or paid by mistake.',
    example: 'Final Determination: UPHOLD\nThis means we decided that none of the disputed items/services are medically necessary and appropriate.\n...\nPhysical therapy, 8 sessions:  Overturned',
  },
  check(letter) {
    const cover = letter.cover;
    if (!cover || letter.items.length === 0) return [];
    const found = disagreements(letter);
    if (found.length === 0) return [];
    // One finding per letter: the word and its sentence disagree with the same decisions.
    const range = cover.determination?.range ?? cover.determinationSentence!.range;
    const items = [...new Set(found.flatMap((f) => f.items))].sort((a, b) => a.index - b.index);
    // The word and its sentence wrong for the same reason read as one claim.
    const message =
      found.length === 2 && found[0].but === found[1].but
        ? `The cover page says ${found[0].claim} and ${found[1].claim}, but ${found[0].but}.`
        : `The cover page says ${found.map((f) => `${f.claim}, but ${f.but}`).join('; it also says ')}.`;
    const report: RuleReport = {
      message,
      range,
      related: pointAt(items),
    };
    return [report];
  },
};
