import type { Item } from '../model';
import { excerpt, straightQuote } from '../present/quote';
import { itemRule } from './rule';

/** Upheld means "not medically necessary"; Overturned means "medically necessary". */
export const decisionContradictsRationale = itemRule({
  id: 'IMR001',
  name: 'decision-contradicts-rationale',
  description: "The item's decision contradicts what its rationale concludes.",
  severity: 'error',
  tags: ['decision', 'rationale', 'consistency'],
  docs: {
    why: 'Upheld means the treatment is not medically necessary and Overturned means it is. A rationale that concludes the opposite of the decision makes the determination internally inconsistent, which is a ground for appeal.',
    example: 'Lidoderm 5% patch #30:  Overturned\n...\nDecision rationale: ... Therefore, the request is not medically necessary.',
  },
  checkItem(item) {
    const { decision, conclusion } = item;
    if (!decision || !conclusion.range) return [];
    const expected = decision === 'Upheld' ? 'not-necessary' : 'necessary';
    if (conclusion.necessity === 'unclear' || conclusion.necessity === expected) return [];
    const says = conclusion.necessity === 'necessary' ? 'medically necessary' : 'not medically necessary';
    return [
      {
        message: `${straightQuote(item.title)} is ${decision}, but the rationale ${endsRationale(item) ? 'ends' : 'concludes'}: ${straightQuote(excerpt(conclusion.text))}`,
        range: item.range,
        item: item.index,
        related: [{ message: `Concluding sentence: ${says}`, range: conclusion.range }],
      },
    ];
  },
});

/** Whether the concluding sentence is the rationale's last: then the message can say "ends". */
function endsRationale(item: Item): boolean {
  const text = item.rationale?.text.trimEnd() ?? '';
  const sentence = item.conclusion.text.trimEnd();
  return sentence !== '' && text.endsWith(sentence);
}
