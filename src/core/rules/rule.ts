import type { Finding, Item, Letter, Severity } from '../model';
import type { SentenceMemo } from '../text/sentences';

/** What a rule reports; the engine fills in rule, name and the configured severity. */
export type RuleReport = Omit<Finding, 'rule' | 'name' | 'severity'>;

export interface RuleDocs {
  /** Why it matters, in a sentence or two. */
  why: string;
  /** A short letter excerpt that triggers the rule (synthetic). */
  example: string;
}

/** One rule = one file. Its ID is stable and never reused once a rule is retired. */
export interface Rule {
  id: string;
  name: string;
  description: string;
  severity: Severity;
  tags: string[];
  docs: RuleDocs;
  check(letter: Letter, context: RuleContext): RuleReport[];
}

/** What the engine hands every rule besides the letter. */
export interface RuleContext {
  /** When given, keeps per-item values across analyses of one document (LetterAnalyzer). */
  memo?: ItemMemo;
  /** The rationales' sentences and quoted spans, split once per analysis (shared with the conclusion reader). */
  sentences: SentenceMemo;
}

/**
 * A value computed from one item, kept with the item while the parse reuses it across analyses
 * of the same document (LetterAnalyzer), so a rule need not recompute it for unchanged items.
 * `compute` must depend on the item and the letter's layout alone; `key` names the value (a
 * module-level function or the rule, never a fresh object).
 */
export type ItemMemo = <T>(item: Item, key: object, compute: () => T) => T;

export interface ItemRuleDefinition extends Omit<Rule, 'check'> {
  /** The reports about one item, from that item and the letter's layout alone (`sentences` is derived from the item). */
  checkItem(item: Item, letter: Letter, sentences: SentenceMemo): RuleReport[];
  /** Reports outside the items (IMR011's header labels); they come first. */
  checkLetter?(letter: Letter): RuleReport[];
}

/**
 * A rule that looks at each item on its own: `check` is `checkLetter`, then `checkItem` over the
 * items, whose reports a LetterAnalyzer keeps per item (`memo`).
 */
export function itemRule(def: ItemRuleDefinition): Rule {
  const { checkItem, checkLetter, ...meta } = def;
  return {
    ...meta,
    check(letter, { memo, sentences }) {
      const reports = checkLetter ? checkLetter(letter) : [];
      for (const item of letter.items) {
        // A loop, not push(...): an item may report without bound (IMR011, one report per word of a
        // huge heading), and a spread of 150,000 reports overflows the stack.
        for (const r of memo ? memo(item, def, () => checkItem(item, letter, sentences)) : checkItem(item, letter, sentences)) reports.push(r);
      }
      return reports;
    },
  };
}
