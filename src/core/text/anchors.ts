// Sentences of a rationale whose original ranges the model knows exactly, for placing spans of
// the rationale text (see rangeWithAnchors in locate.ts).
import type { Item } from '../model';
import type { TextBlock } from './locate';

/** The concluding sentence and the other sentences the conclusion finder weighed. */
export function rationaleAnchors(item: Item): TextBlock[] {
  const { conclusion } = item;
  const anchors: TextBlock[] = conclusion.range ? [{ text: conclusion.text, range: conclusion.range }] : [];
  for (const c of conclusion.considered) anchors.push({ text: c.text, range: c.range });
  return anchors;
}
