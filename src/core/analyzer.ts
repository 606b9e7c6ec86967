// Analysis of one document across its edits: the items and the item rules' reports of the last
// analysis are reused where an item's lines did not change, so a keystroke in a long letter costs
// the one item it touches plus the letter-wide passes (lines, sections, headings, letter rules).
import { analysisOf, type Analysis } from './analyze';
import { checkLetter, itemMemo, type RunOptions } from './engine';
import { ItemCache } from './parse/items/cache';
import { parseLetter } from './parse/letter';
import { SentenceMemo } from './text/sentences';

export class LetterAnalyzer {
  private readonly items = new ItemCache();
  private readonly memo = itemMemo();

  /** The same result as `analyze(text, options)`, sooner when little changed since the last call. */
  analyze(text: string, options: Omit<RunOptions, 'memo' | 'sentences'> = {}): Analysis {
    // One SentenceMemo for the parse and the rules: each new item's rationale is split once.
    const sentences = new SentenceMemo();
    const letter = parseLetter(text, { items: this.items, sentences });
    return analysisOf(letter, checkLetter(letter, { ...options, memo: this.memo, sentences }));
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
