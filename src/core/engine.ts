// Runs the rules over a letter model and applies the configuration: severities, rules turned
// off, and suppressions (per item, or per letter for findings tied to no item).
import type { Config, Suppression } from './config';
import type { Finding, Item, Letter } from './model';
import { rules as allRules } from './rules/index';
import type { ItemMemo, Rule, RuleContext } from './rules/rule';
import { compareRanges } from './text/ranges';
import { SentenceMemo } from './text/sentences';

export interface RunOptions {
  config?: Config;
  /** The letter's path relative to the config file's folder, for suppressions keyed on files. */
  file?: string;
  rules?: readonly Rule[];
  /** What rules keep per item across analyses of one document (LetterAnalyzer). */
  memo?: ItemMemo;
  /** The rationales' sentences as the parse split them (analyze); without it the rules split each once. */
  sentences?: SentenceMemo;
}

/**
 * Values rules keep per item object (ItemMemo): item rules' reports, IMR013's title keys. The parse
 * hands back the very same object for an unchanged item (ItemCache), so they are still right;
 * held weakly, they go when their item does. Reports are kept before the configuration applies: a
 * change of settings needs no new run.
 */
export function itemMemo(): ItemMemo {
  const values = new WeakMap<Item, Map<object, unknown>>();
  return <T>(item: Item, key: object, compute: () => T): T => {
    let mine = values.get(item);
    if (!mine) values.set(item, (mine = new Map()));
    if (!mine.has(key)) mine.set(key, compute());
    return mine.get(key) as T;
  };
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
  return checkLetter(letter, options).findings;
}

/** runRules' findings, and how many findings the configuration's suppressions silenced ("1 ignored"). */
export function checkLetter(letter: Letter, options: RunOptions = {}): { findings: Finding[]; ignored: number } {
  const { config } = options;
  const file = options.file === undefined ? undefined : normalisePath(options.file);
  // The suppressions of this file, found once rather than for every finding.
  const ignore = config && file !== undefined ? config.ignore.filter((s) => normalisePath(s.file) === file) : [];
  const findings: Finding[] = [];
  let ignored = 0;
  const context: RuleContext = { memo: options.memo, sentences: options.sentences ?? new SentenceMemo() };
  for (const rule of options.rules ?? allRules) {
    const setting = settingFor(rule, config);
    if (setting === 'off') continue;
    for (const report of rule.check(letter, context)) {
      const finding: Finding = { rule: rule.id, name: rule.name, severity: setting, ...report };
      if (ignore.length > 0 && isSuppressed(finding, letter, ignore)) {
        ignored++;
        continue;
      }
      findings.push(finding);
    }
  }
  return { findings: findings.sort((a, b) => compareRanges(a.range, b.range) || a.rule.localeCompare(b.rule)), ignored };
}

/** An entry without `item` covers the rule's findings anywhere in the letter; one with `item`, that item's. */
function isSuppressed(finding: Finding, letter: Letter, ignore: readonly Suppression[]): boolean {
  const title = finding.item === undefined ? undefined : letter.items[finding.item]?.title;
  return ignore.some((s) => (s.rule === finding.rule || s.rule === finding.name) && (s.item === undefined || (title !== undefined && s.item === title)));
}
