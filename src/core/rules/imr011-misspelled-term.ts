import { suggestSpelling } from '../lexicon/spelling';
import { locateInBlock, type TextBlock } from '../text/locate';
import { itemRule, type RuleReport } from './rule';

// Letters-only words; a word glued to digits ("4mg", "Norco10") is not one.
const WORD = /(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])/g;

/** Misspelled words of a heading or label, with the range and, when the range is exact, a fix. */
function checkBlock(block: TextBlock, where: string, item: number | undefined): RuleReport[] {
  const out: RuleReport[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(block.text))) {
    const suggestion = suggestSpelling(m[0]);
    if (!suggestion) continue;
    const located = locateInBlock(block, m.index, m.index + m[0].length);
    const report: RuleReport = {
      message: `"${m[0]}" in the ${where} looks misspelled: "${suggestion}"?`,
      range: located?.range ?? block.range,
    };
    if (item !== undefined) report.item = item;
    // The letter is edited only where the word's place is certain.
    if (located?.exact) report.fix = { title: `Change to '${suggestion}'`, edits: [{ range: located.range, newText: suggestion }] };
    out.push(report);
  }
  WORD.lastIndex = 0;
  return out;
}

export const misspelledTerm = itemRule({
  id: 'IMR011',
  name: 'misspelled-term',
  description: 'A word in an item heading or a header label looks misspelled: close to a drug or treatment word, and neither that nor an English word.',
  severity: 'info',
  tags: ['spelling', 'item', 'header'],
  docs: {
    why: 'Headings and labels are what summaries, searches and appeals quote. A misspelled drug or request word ("Precription", "Neurontn") makes the item harder to find and match with the utilization review it answers. A word is flagged only when it is in neither the medical lexicon nor an English word list (Hunspell en_US, SCOWL) and is close to a lexicon word, so "device" is never read as "devices".',
    example: '1 Precription of Lyrica 75mg #60:  Upheld',
  },
  checkLetter(letter) {
    return letter.header.flatMap((field) => checkBlock({ text: field.label, range: field.labelRange }, 'label', undefined));
  },
  checkItem(item) {
    return checkBlock({ text: item.title, range: item.titleRange }, 'item heading', item.index);
  },
});
