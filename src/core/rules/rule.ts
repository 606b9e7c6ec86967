import type { Finding, Item, Letter, Severity } from '../model';

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
  /** `memo`, when given, keeps per-item values across analyses of one document (LetterAnalyzer). */
  check(letter: Letter, memo?: ItemMemo): RuleReport[];
  /**
   * An item rule's reports about one item, from that item and the letter's layout alone: the
   * engine may reuse them for an item the parse reused (an unchanged item of an edited letter).
   */
  checkItem?(item: Item, letter: Letter): RuleReport[];
  /** An item rule's reports outside the items (IMR011's header labels); they come first. */
  checkLetter?(letter: Letter): RuleReport[];
}

/**
 * A value computed from one item, kept with the item while it is reused across analyses of the
 * same document, so a letter-wide rule need not recompute it for unchanged items. `compute` must
 * depend on the item alone; it also names the value (a module-level function).
 */
export type ItemMemo = <T>(item: Item, compute: (item: Item) => T) => T;

export type ItemRuleDefinition = Omit<Rule, 'check' | 'checkItem'> & Required<Pick<Rule, 'checkItem'>>;

/** A rule that looks at each item on its own: `check` is `checkLetter`, then `checkItem` over the items. */
export function itemRule(def: ItemRuleDefinition): Rule {
  return {
    ...def,
    check(letter) {
      const reports = def.checkLetter ? def.checkLetter(letter) : [];
      for (const item of letter.items) reports.push(...def.checkItem(item, letter));
      return reports;
    },
  };
}
