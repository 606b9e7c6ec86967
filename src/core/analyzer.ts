// Analysis of one document across its edits: the items and the item rules' reports of the last
// analysis are reused where an item's lines did not change, so a keystroke in a long letter costs
// the one item it touches plus the letter-wide passes (lines, sections, headings, letter rules).
import type { Analysis } from './analyze';
import { itemMemo, runRules, type RunOptions } from './engine';
import { ItemCache } from './parse/structure/itemCache';
import { parseLetter } from './parse/letter';

export class LetterAnalyzer {
  private readonly items = new ItemCache();
  private readonly memo = itemMemo();

  /** The same result as `analyze(text, options)`, sooner when little changed since the last call. */
  analyze(text: string, options: Omit<RunOptions, 'memo'> = {}): Analysis {
    const letter = parseLetter(text, this.items);
    return { letter, findings: runRules(letter, { ...options, memo: this.memo }) };
  }

  /** Items held for reuse (for tests and the log). */
  get cachedItems(): number {
    return this.items.size;
  }

  /** Drops what is held (the document closed or changed wholesale). */
  clear(): void {
    this.items.clear();
  }
}
