import type { TreatmentCategory } from '../lexicon/categories';
import { describeCategories } from '../lexicon/categories';
import { categoriesOf, classifyTopic } from '../lexicon/lookup';
import type { Rule, RuleReport } from './rule';

/**
 * Fires only when both sides are known: the heading names treatments the lexicon knows, every
 * topic the MAXIMUS guideline names is either unknown or specific (none generic, like a whole
 * chapter), at least one is specific, and no specific topic covers any of the item's categories.
 */
export const guidelineTopicMismatch: Rule = {
  id: 'IMR009',
  name: 'guideline-topic-mismatch',
  description: "The MAXIMUS guideline is cited for a topic about another kind of treatment than the item's.",
  severity: 'warning',
  tags: ['guideline', 'citation', 'consistency'],
  docs: {
    why: 'The guideline the expert reviewer relied on must address the disputed treatment. A citation about another kind of treatment (surgery for a medication) is usually copied from another case and leaves the decision without a stated basis.',
    example: 'Lyrica 75mg #60:  Upheld\n...\nMAXIMUS guideline: Decision based on MTUS ACOEM Knee Complaints, Surgical Considerations: Arthroscopic Meniscectomy.',
  },
  check(letter) {
    const reports: RuleReport[] = [];
    for (const item of letter.items) {
      const guideline = item.guidelines.maximus;
      if (!guideline) continue;
      const topics = guideline.citation.topics.map((t) => ({ topic: t, cls: classifyTopic(t) }));
      if (topics.some((t) => t.cls.kind === 'generic')) continue;
      const specific = topics.filter((t) => t.cls.kind === 'specific');
      if (specific.length === 0) continue;
      const itemCategories = categoriesOf(item.title);
      if (itemCategories.size === 0) continue;
      const topicCategories = new Set<TreatmentCategory>();
      for (const t of specific) if (t.cls.kind === 'specific') for (const c of t.cls.categories) topicCategories.add(c);
      if ([...topicCategories].some((c) => itemCategories.has(c))) continue;
      const names = specific.map((t) => `"${t.topic}"`).join(', ');
      reports.push({
        message: `The MAXIMUS guideline cites ${names} (${describeCategories(topicCategories)}) for an item about ${describeCategories(itemCategories)}.`,
        range: guideline.range,
        item: item.index,
        related: [{ message: `Item: ${item.title}`, range: item.titleRange }],
      });
    }
    return reports;
  },
};
