import type { TreatmentCategory } from '../lexicon/categories';
import { describeCategories } from '../lexicon/categories';
import { categoriesOf, classifyTopic } from '../lexicon/lookup';
import { itemRule } from './rule';

export interface TopicMismatch {
  /** The specific topics cited, as written. */
  topics: string[];
  topicCategories: ReadonlySet<TreatmentCategory>;
  itemCategories: ReadonlySet<TreatmentCategory>;
}

/**
 * Whether guideline topics belong to another kind of treatment than an item heading. Only when both
 * sides are known: the heading names treatments the lexicon knows, the topics hold at least one
 * specific topic and no generic one (a chapter next to a specific topic only says where it is), and
 * no specific topic covers any of the item's categories. Null otherwise.
 */
export function topicMismatch(title: string, topics: readonly string[]): TopicMismatch | null {
  const classified = topics.map((topic) => ({ topic, cls: classifyTopic(topic) }));
  if (classified.some((t) => t.cls.kind === 'generic')) return null;
  const topicCategories = new Set<TreatmentCategory>();
  const specific: string[] = [];
  for (const { topic, cls } of classified) {
    if (cls.kind !== 'specific') continue;
    specific.push(topic);
    for (const c of cls.categories) topicCategories.add(c);
  }
  if (specific.length === 0) return null;
  const itemCategories = categoriesOf(title);
  if (itemCategories.size === 0 || [...topicCategories].some((c) => itemCategories.has(c))) return null;
  return { topics: specific, topicCategories, itemCategories };
}

export const guidelineTopicMismatch = itemRule({
  id: 'IMR009',
  name: 'guideline-topic-mismatch',
  description: "The MAXIMUS guideline is cited for a topic about another kind of treatment than the item's.",
  severity: 'warning',
  tags: ['guideline', 'citation', 'consistency'],
  docs: {
    why: 'The guideline the expert reviewer relied on must address the disputed treatment. A citation about another kind of treatment (surgery for a medication) is usually copied from another case and leaves the decision without a stated basis.',
    example: 'Lyrica 75mg #60:  Upheld\n...\nMAXIMUS guideline: Decision based on MTUS ACOEM Practice Guidelines, Knee Complaints, Arthroscopic meniscectomy.',
  },
  checkItem(item) {
    const guideline = item.guidelines.maximus;
    if (!guideline) return [];
    const m = topicMismatch(item.title, guideline.citation.topics);
    if (!m) return [];
    const names = m.topics.map((t) => `"${t}"`).join(', ');
    return [
      {
        message: `The MAXIMUS guideline for "${item.title}" cites ${names} (${describeCategories(m.topicCategories)}), but the item is about ${describeCategories(m.itemCategories)}.`,
        range: guideline.range,
        item: item.index,
        related: [{ message: `Item: ${item.title}`, range: item.titleRange }],
      },
    ];
  },
});
