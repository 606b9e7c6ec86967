import type { Item } from '../model';
import type { Rule, RuleReport } from './rule';
import { collapseSpaces } from '../text/spaces';

/** Headings are a line or a few: 206 characters at most in the test letters. */
const MAX_FOLDED_TITLE = 2000;

/**
 * The comparable form of an item heading: case, spacing and punctuation folded; a leading count of
 * one ("1", "One", "a"; "12 sessions" stays), "Retrospective request for" and "Prescription of"
 * dropped; "4 mg" = "4mg" and ", #90" = "#90". Strengths and quantities stay, so Norco #60 and
 * Norco #90 are different items.
 */
export function normaliseTitle(title: string): string {
  // A "heading" this long is text gone astray, not a request: compared as written. Folded, a line of
  // 500,000 ": " made a million replacements, slower per replacement the more there were.
  if (title.length > MAX_FOLDED_TITLE) return title;
  let t = collapseSpaces(title.toLowerCase()).trim();
  t = t.replace(/^(?:1|one|a|an)\s+/, '');
  t = t.replace(/^(?:retrospective|retro|prospective)\s+/, '').replace(/^request\s+for\s+/, '');
  // "Prescription of", misspelt or not ("Precription", "Perscription").
  t = t.replace(/^[a-z]*cripti?on\s+(?:of|for)\s+/, '');
  t = t.replace(/(\d)\s+(mg|mcg|g|gm|ml|%)(?![a-z])/g, '$1$2');
  t = t.replace(/\s*\/\s*/g, '/').replace(/,?\s*#\s*/g, ' #').replace(/[,;:.]+/g, ' ');
  return collapseSpaces(t).trim();
}


const titleKey = (item: Item) => normaliseTitle(item.title);

export const duplicateItem: Rule = {
  id: 'IMR013',
  name: 'duplicate-item',
  description: 'The same item is listed twice.',
  severity: 'warning',
  tags: ['item', 'consistency'],
  docs: {
    why: 'Each disputed item gets one decision. An item listed twice (same treatment, strength and quantity) is either a copy left in by mistake or hides a second item that was never decided.',
    example: 'Lyrica 75mg #60:  Upheld\n...\n1 Prescription of Lyrica 75 mg, #60:  Overturned',
  },
  check(letter, { memo }) {
    const reports: RuleReport[] = [];
    const seen = new Map<string, Item>();
    for (const item of letter.items) {
      // An unchanged item of an edited letter keeps its key (memo): not recomputed per keystroke.
      const key = memo ? memo(item, titleKey, () => titleKey(item)) : titleKey(item);
      if (key.length === 0) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, item);
        continue;
      }
      reports.push({
        message: `"${item.title}" repeats item ${first.index + 1} ("${first.title}").`,
        range: item.titleRange,
        item: item.index,
        related: [{ message: `First listed as item ${first.index + 1}`, range: first.titleRange }],
      });
    }
    return reports;
  },
};
