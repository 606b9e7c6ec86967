// Runs the rules over a letter model and applies the configuration: severities, rules turned
// off, and suppressions (per item, or per letter for findings tied to no item).
import type { Config } from './config';
import type { Finding, Item, Letter } from './model';
import { rules as allRules } from './rules/index';
import type { ItemMemo, Rule, RuleReport } from './rules/rule';
import { compareRanges } from './text/ranges';

export interface RunOptions {
  config?: Config;
  /** The letter's path relative to the config file's folder, for suppressions keyed on files. */
  file?: string;
  rules?: readonly Rule[];
  /** The item rules' reports per item, kept across analyses of one document (LetterAnalyzer). */
  reports?: ReportCache;
}

/**
 * Item rules' reports per item object. The parse hands back the very same object for an unchanged
 * item (ItemCache), so its reports are still right; held weakly, they go when their item does.
 * Reports are kept before the configuration applies: a change of settings needs no new run.
 */
export class ReportCache {
  private readonly byItem = new WeakMap<Item, Map<string, RuleReport[]>>();
  private readonly values = new WeakMap<Item, Map<unknown, unknown>>();

  /** Per-item values of letter-wide rules (ItemMemo). */
  readonly memo: ItemMemo = <T>(item: Item, compute: (item: Item) => T): T => {
    let mine = this.values.get(item);
    if (!mine) this.values.set(item, (mine = new Map()));
    if (!mine.has(compute)) mine.set(compute, compute(item));
    return mine.get(compute) as T;
  };

  reportsOf(rule: Rule & Required<Pick<Rule, 'checkItem'>>, letter: Letter): RuleReport[] {
    const reports = rule.checkLetter ? rule.checkLetter(letter) : [];
    for (const item of letter.items) {
      let mine = this.byItem.get(item);
      if (!mine) this.byItem.set(item, (mine = new Map()));
      let r = mine.get(rule.id);
      if (!r) mine.set(rule.id, (r = rule.checkItem(item, letter)));
      reports.push(...r);
    }
    return reports;
  }
}

function reportsOf(rule: Rule, letter: Letter, cache: ReportCache | undefined): RuleReport[] {
  if (!cache) return rule.check(letter);
  return rule.checkItem ? cache.reportsOf(rule as Rule & Required<Pick<Rule, 'checkItem'>>, letter) : rule.check(letter, cache.memo);
}

function settingFor(rule: Rule, config: Config | undefined) {
  if (!config) return rule.severity;
  // parseConfig keys rules by ID; a name is still honoured in a Config built by hand.
  return config.rules[rule.id] ?? config.rules[rule.name] ?? rule.severity;
}

function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Findings of every enabled rule, sorted by position then rule ID. */
export function runRules(letter: Letter, options: RunOptions = {}): Finding[] {
  const { config } = options;
  const file = options.file === undefined ? undefined : normalisePath(options.file);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? allRules) {
    const setting = settingFor(rule, config);
    if (setting === 'off') continue;
    for (const report of reportsOf(rule, letter, options.reports)) {
      const finding: Finding = { rule: rule.id, name: rule.name, severity: setting, ...report };
      if (config && file !== undefined && isSuppressed(finding, letter, config, file)) continue;
      findings.push(finding);
    }
  }
  return findings.sort((a, b) => compareRanges(a.range, b.range) || a.rule.localeCompare(b.rule));
}

/** An entry without `item` covers the rule's findings anywhere in the letter; one with `item`, that item's. */
function isSuppressed(finding: Finding, letter: Letter, config: Config, file: string): boolean {
  const title = finding.item === undefined ? undefined : letter.items[finding.item]?.title;
  return config.ignore.some(
    (s) =>
      (s.rule === finding.rule || s.rule === finding.name) &&
      normalisePath(s.file) === file &&
      (s.item === undefined || (title !== undefined && s.item === title)),
  );
}
