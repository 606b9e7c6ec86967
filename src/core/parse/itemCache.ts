// Items of the previous parse of the same document, reused when an item's lines are unchanged, so
// that a keystroke in a long letter rebuilds only the item it falls in (see LetterAnalyzer).
import type { Item, Layout } from '../model';
import type { Heading, LabelAt } from './items';
import type { Line } from './lines';

export class ItemCache {
  private previous = new Map<string, Item>();
  private current = new Map<string, Item>();

  /** Starts a parse: what the last one built is kept for reuse, what it did not use is dropped. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The cached item under `key`, or the one `build` makes (then cached). */
  item(key: string, build: () => Item): Item {
    const item = this.previous.get(key) ?? this.current.get(key) ?? build();
    this.current.set(key, item);
    return item;
  }

  /** Items held for the next parse. */
  get size(): number {
    return this.current.size;
  }

  clear(): void {
    this.previous.clear();
    this.current.clear();
  }
}

/**
 * Everything an item is built from, as one string: the layout (rules read it), the item's index,
 * its heading as found, its labels, and its lines (number, kind and text, from the heading to the
 * next one). Two equal keys build equal items, so reusing one is exact.
 */
export function itemKey(layout: Layout, lines: readonly Line[], head: Heading, end: number, own: readonly LabelAt[], index: number): string {
  const r = head.decisionRange;
  const t = head.title.fullRange();
  let key = `${layout}|${index}|${head.first}|${head.last}|${end}|${lines[head.first]?.line}|${head.decision}|${head.decisionText}|`;
  key += r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|` : '-|';
  key += `${t.start.line}:${t.start.character}-${t.end.line}:${t.end.character}|${head.title.text}|`;
  for (const l of own) key += `${l.index}${l.kind[0]}${l.length},`;
  for (let j = head.first; j < end; j++) key += `\n${lines[j].kind[0]}${lines[j].raw}`;
  return key;
}
