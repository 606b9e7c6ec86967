// Items of the previous parse of the same document, reused when an item's lines are unchanged, so
// that a keystroke in a long letter rebuilds only the item it falls in (see LetterAnalyzer).
import type { Item, Layout } from '../../model';
import type { Heading, LabelAt } from '../structure/headings';
import type { Line } from '../structure/lines';

/** What an item was built from: its heading and labels as found (`meta`), and its lines [first, end). */
interface Entry {
  meta: string;
  lines: readonly Line[];
  first: number;
  end: number;
  item: Item;
}

/** Reuse of the previous parse's items; the layout is part of what an item is built from. */
export interface ItemReuse {
  cache: ItemCache;
  layout: Layout;
}

export class ItemCache {
  private previous: Entry[] = [];
  private current: Entry[] = [];

  /** Starts a parse: what the last one built is kept for reuse, what it did not use is dropped. */
  begin(): void {
    this.previous = this.current;
    this.current = [];
  }

  /**
   * Item `index` on page `page`, built from lines [head.first, end) of `lines`: the previous parse's item at the
   * same index when everything it was built from is equal, else the one `build` makes. Equal
   * inputs build equal items, so reuse is exact. Lines are compared one by one (no key is built or
   * hashed: that cost as much as the rest of a keystroke's re-analysis).
   */
  item(layout: Layout, lines: readonly Line[], head: Heading, end: number, own: readonly LabelAt[], index: number, page: number | null, build: () => Item): Item {
    const meta = `${page}|${describe(layout, lines, head, end, own, index)}`;
    const e = this.previous[index];
    const item = e && e.meta === meta && sameLines(e, lines, head.first, end) ? e.item : build();
    this.current[index] = { meta, lines, first: head.first, end, item };
    return item;
  }

  /** Items held for the next parse. */
  get size(): number {
    return this.current.length;
  }

  clear(): void {
    this.previous = [];
    this.current = [];
  }
}

/** The layout (rules read it), the index, where the item lies and its heading and labels as found. */
function describe(layout: Layout, lines: readonly Line[], head: Heading, end: number, own: readonly LabelAt[], index: number): string {
  const r = head.decisionRange;
  const t = head.title.fullRange();
  let labels = '';
  for (const l of own) labels += `${l.index}${l.kind[0]}${l.length},`;
  return (
    `${layout}|${index}|${head.first}|${head.last}|${end}|${lines[head.first]?.line}|${head.decision}|${head.decisionText}|` +
    (r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}|` : '-|') +
    `${t.start.line}:${t.start.character}-${t.end.line}:${t.end.character}|${head.title.text}|${labels}`
  );
}

function sameLines(e: Entry, lines: readonly Line[], first: number, end: number): boolean {
  if (e.end - e.first !== end - first) return false;
  for (let j = first, k = e.first; j < end; j++, k++) {
    const a = lines[j];
    const b = e.lines[k];
    if (a.kind !== b.kind || a.raw !== b.raw) return false;
  }
  return true;
}
