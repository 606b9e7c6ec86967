import type { Item, Range, TextSpan } from '../model';
import { equivalentDrugs, findDrugs, type TreatmentMention } from '../lexicon/lookup';
import { treatmentRefs, treatmentsMatch, type TreatmentRef } from '../lexicon/search';
import { quantityAfter, strengthAfter, strengthsDisagree, type Quantity, type Strength } from '../text/dose';
import { normaliseTitle } from './imr013-duplicate-item';
import type { Rule, RuleReport } from './rule';

/** A list entry or a heading longer than this is text gone astray: it is compared by its names only. */
const MAX_TEXT = 2000;
/** Drugs compared per text: a list entry or a heading names a few. */
const MAX_DRUGS = 16;
/**
 * Entries times items compared at most: a letter disputes a handful (twenty is many). Past this the
 * list or the items are text gone astray, and every entry against every item would be quadratic.
 */
const MAX_PAIRS = 10_000;

/** A drug a text names, with the strength and quantity written with it. */
interface Dose {
  mention: TreatmentMention;
  strength: Strength | null;
  quantity: Quantity | null;
}

/** What a list entry or an item heading requests: its treatments and their doses, as written. */
interface Request {
  text: string;
  refs: TreatmentRef[];
  doses: Dose[];
  /** Case, spacing, "1 Prescription of" folded (IMR013's comparable form). */
  folded: string;
}

function doses(text: string): Dose[] {
  if (text.length > MAX_TEXT) return [];
  const mentions = findDrugs(text).slice(0, MAX_DRUGS);
  return mentions.map((mention, i) => {
    const strength = strengthAfter(text, mention.end);
    const after = strength ? strength.end : mention.end;
    let quantity = quantityAfter(text, after);
    if (!quantity) {
      // "Norco 10/325mg 1 tab q6h #120": the first "#n" before the next drug.
      const next = i + 1 < mentions.length ? mentions[i + 1].start : text.length;
      const hash = /#\s*(\d{1,4})(?!\d)/.exec(text.slice(after, next));
      if (hash) quantity = { start: after + hash.index, end: after + hash.index + hash[0].length, text: hash[0], value: Number(hash[1]) };
    }
    return { mention, strength, quantity };
  });
}

function request(text: string): Request {
  return { text, refs: treatmentRefs(text.slice(0, MAX_TEXT)), doses: doses(text), folded: normaliseTitle(text) };
}

/** The same treatment by name: either names every ingredient (or the service) of one the other names. */
function sameTreatment(a: Request, b: Request): boolean {
  if (a.folded.length > 0 && a.folded === b.folded) return true;
  return treatmentsMatch(a.refs, b.refs) || treatmentsMatch(b.refs, a.refs);
}

/** A strength or quantity both write for the same drug, and differently: "Norco 10/325mg #60" is not "Norco 10/325mg #90". */
function dosesDisagree(a: Request, b: Request): boolean {
  for (const x of a.doses) {
    for (const y of b.doses) {
      if (!equivalentDrugs(x.mention.drug!, y.mention.drug!)) continue;
      if (x.strength && y.strength && strengthsDisagree(x.strength, y.strength)) return true;
      if (x.quantity && y.quantity && x.quantity.value !== y.quantity.value) return true;
    }
  }
  return false;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function listRange(list: readonly TextSpan[]): Range {
  return { start: list[0].range.start, end: list[list.length - 1].range.end };
}

export const disputedTreatmentNotDecided: Rule = {
  id: 'IMR016',
  name: 'disputed-treatment-not-decided',
  description: 'A treatment the cover page lists in dispute has no item deciding it (by name, strength and quantity), or an item decides a treatment the cover page does not list.',
  severity: 'warning',
  tags: ['cover-page', 'item', 'consistency', 'medication'],
  docs: {
    why: 'Every treatment listed on the IMR application must be decided, and only those. A listed treatment with no item (or an item for another strength or quantity) was never reviewed, and an item for a treatment nobody disputed decides something that was not asked; either way the letter answers another request than the one filed. Names are matched through the treatment lexicon, so a brand and its generic (Norco, hydrocodone/acetaminophen) are the same treatment.',
    example: 'Treatment(s) in Dispute Listed on IMR Application:\nNorco 10/325mg #60\nZanaflex 4mg #90\n...\nNorco 10/325mg #60:  Upheld\n(no item for Zanaflex)',
  },
  check(letter) {
    const cover = letter.cover;
    if (!cover || cover.treatmentsInDispute.length === 0 || letter.items.length === 0) return [];
    if (cover.treatmentsInDispute.length * letter.items.length > MAX_PAIRS) return [];
    const listed = cover.treatmentsInDispute.map((t) => ({ span: t, req: request(t.text) }));
    const items = letter.items.map((item) => ({ item, req: request(item.title) }));
    const reports: RuleReport[] = [];

    // An item or entry the lexicon cannot read and that matches nothing by its words could be the
    // treatment missing on the other side: then that side is not reported (precision before recall).
    const unknownItem = items.some(({ req }) => req.refs.length === 0 && !listed.some((l) => l.req.folded === req.folded));
    const unknownEntry = listed.some(({ req }) => req.refs.length === 0 && !items.some((i) => i.req.folded === req.folded));

    for (const { span, req } of listed) {
      if (req.refs.length === 0) continue;
      const byName = items.filter((i) => sameTreatment(req, i.req));
      if (byName.length === 0) {
        if (unknownItem) continue;
        reports.push({ message: `The cover page lists "${oneLine(span.text)}" in dispute, but no item decides it.`, range: span.range });
      } else if (byName.every((i) => dosesDisagree(req, i.req))) {
        const decided = byName.map(({ item }) => `"${oneLine(item.title)}"`).join(', ');
        reports.push({
          message: `The cover page lists "${oneLine(span.text)}" in dispute, but the item${byName.length > 1 ? 's decide' : ' decides'} ${decided}: another strength or quantity.`,
          range: span.range,
          related: byName.map(({ item }) => ({ message: `Item ${item.index + 1}: ${oneLine(item.title)}`, range: item.titleRange })),
        });
      }
    }

    if (!unknownEntry) {
      for (const { item, req } of items) {
        // Another strength or quantity of a listed treatment is reported once, at the list entry.
        if (req.refs.length === 0 || listed.some((l) => sameTreatment(l.req, req))) continue;
        reports.push(notListed(item, listRange(cover.treatmentsInDispute)));
      }
    }
    return reports;
  },
};

function notListed(item: Item, list: Range): RuleReport {
  return {
    message: `Item ${item.index + 1} decides "${oneLine(item.title)}", which the cover page does not list among the treatments in dispute.`,
    range: item.titleRange,
    item: item.index,
    related: [{ message: 'Treatment(s) in Dispute Listed on IMR Application', range: list }],
  };
}
