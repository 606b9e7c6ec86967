// The one configuration shared by the extension and the CLI: `.imr-review.json` (JSON with comments).
import type { Node } from 'jsonc-parser';
import { lastProperties, parseJsonTree, quote } from './jsonTree';
import type { Severity } from './model';
import { rules as registeredRules } from './rules/index';
import type { Rule } from './rules/rule';

export const CONFIG_FILE_NAME = '.imr-review.json';

export type RuleSetting = Severity | 'off';

/**
 * A finding to ignore, keyed on the file (and the item title), never on line numbers, so it
 * survives reformatting. Without `item` it covers every finding of the rule in that letter
 * ("Ignore IMRxxx for this letter", for findings tied to no item).
 */
export interface Suppression {
  /** A rule ID (parseConfig turns names into IDs). */
  rule: string;
  /** Path of the letter relative to the config file's folder, with forward slashes. */
  file: string;
  /** The item title as the parser joins it; absent for the whole letter. */
  item?: string;
}

/** A suppression entry as written to and read from the file: no `item` key at all for a whole-letter entry. */
export function suppression(rule: string, file: string, item?: string): Suppression {
  return item === undefined ? { rule, file } : { rule, file, item };
}

export interface Config {
  /** Keyed by rule ID. */
  rules: Record<string, RuleSetting>;
  ignore: Suppression[];
}

export const emptyConfig = (): Config => ({ rules: {}, ignore: [] });

export interface ConfigParseResult {
  config: Config;
  /** Human-readable problems, one line each; the valid parts of the file still apply... */
  errors: string[];
  /** ...unless this is set: nothing in the file applies (it could not be read, or was refused as a whole). */
  unused?: true;
}

const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
const TOP_LEVEL_KEYS: readonly string[] = ['$schema', 'rules', 'ignore'];
const ENTRY_KEYS: readonly string[] = ['rule', 'file', 'item'];
/** More problems than this in one file are counted, not listed: one notification, a few lines. */
const MAX_ERRORS = 20;

function toSetting(value: unknown, rule: Rule): RuleSetting | undefined {
  if (value === false) return 'off';
  if (value === true) return rule.severity; // "on" at its default severity, even over a file's "off"
  if (typeof value === 'string' && SETTINGS.includes(value)) return value as RuleSetting;
  return undefined;
}

/** The registered rules by ID and by name: a name is turned into its ID, `true` into the rule's default. */
const RULE_BY_KEY = new Map<string, Rule>();
for (const r of registeredRules) RULE_BY_KEY.set(r.id, r).set(r.name, r);

/** A string node's value, else undefined (a literal's value is a primitive; objects have none). */
const stringValue = (node: Node | undefined): string | undefined => (node?.type === 'string' ? String(node.value) : undefined);

/**
 * One `ignore` entry as written (the rule not yet resolved), or why it is not used. Reads only the
 * entry's own keys; an unknown key (a typo of "item" would widen the entry to the whole letter) or
 * a repeated one makes the entry unused rather than guessed at.
 */
export function readIgnoreEntry(node: Node): { entry: Suppression } | { problem: string } {
  const shape = 'expected {"rule", "file"} strings and an optional "item" string';
  if (node.type !== 'object') return { problem: shape };
  const { byKey, duplicates } = lastProperties(node);
  const unknown = [...byKey.keys()].find((k) => !ENTRY_KEYS.includes(k));
  if (unknown !== undefined) return { problem: `unknown key ${quote(unknown)} (${shape}); the entry is not used` };
  if (duplicates.length > 0) return { problem: `duplicate key ${quote(duplicates[0])}; the entry is not used` };
  const rule = stringValue(byKey.get('rule')?.value);
  const file = stringValue(byKey.get('file')?.value);
  const itemNode = byKey.get('item')?.value;
  const item = stringValue(itemNode);
  if (rule === undefined || file === undefined || (itemNode && item === undefined)) return { problem: shape };
  return { entry: suppression(rule, file, item) };
}

/**
 * Parses config text. Never throws: problems come back in `errors`, each one line, and the valid
 * parts still apply. Reads only the file's own keys, from its syntax tree: "__proto__",
 * "constructor" and "prototype" are unknown keys like any other. A repeated key is reported and
 * the last one is used, as JSON.parse would.
 */
export function parseConfig(text: string): ConfigParseResult {
  const errors: string[] = [];
  const config = emptyConfig();
  const tree = parseJsonTree(text);
  if (tree.error) errors.push(tree.error);
  if (tree.refused) return { config, errors, unused: true };
  const root = tree.root;
  if (!root || root.type === 'null') return { config, errors };
  if (root.type !== 'object') {
    if (!tree.error) errors.push('the configuration must be a JSON object');
    return { config, errors };
  }
  const top = lastProperties(root);
  for (const key of top.byKey.keys()) {
    if (!TOP_LEVEL_KEYS.includes(key)) errors.push(`unknown key ${quote(key)} (expected "rules" or "ignore")`);
  }
  for (const key of top.duplicates) errors.push(`duplicate key ${quote(key)}: the last one is used`);
  const rulesNode = top.byKey.get('rules')?.value;
  if (rulesNode) {
    if (rulesNode.type !== 'object') {
      errors.push('"rules" must be an object');
    } else {
      const { all, byKey, duplicates } = lastProperties(rulesNode);
      for (const key of duplicates) errors.push(`duplicate key ${quote(key)} in "rules": the last one is used`);
      const setBy = new Map<string, string>();
      for (const p of all) {
        if (byKey.get(p.key) !== p) continue; // an earlier duplicate
        const rule = RULE_BY_KEY.get(p.key);
        if (!rule) {
          errors.push(`unknown rule ${quote(p.key)}`);
          continue;
        }
        const setting = toSetting(p.value.type === 'string' || p.value.type === 'boolean' ? p.value.value : undefined, rule);
        if (!setting) {
          errors.push(`rule ${quote(p.key)}: expected "error", "warning", "info", "off", true or false`);
          continue;
        }
        const earlier = setBy.get(rule.id);
        if (earlier !== undefined) errors.push(`rule ${quote(p.key)} is also set as ${quote(earlier)}; the later one applies`);
        setBy.set(rule.id, p.key);
        config.rules[rule.id] = setting;
      }
    }
  }
  const ignoreNode = top.byKey.get('ignore')?.value;
  if (ignoreNode) {
    if (ignoreNode.type !== 'array') {
      errors.push('"ignore" must be an array');
    } else {
      (ignoreNode.children ?? []).forEach((node, i) => {
        const read = readIgnoreEntry(node);
        if ('problem' in read) {
          errors.push(`ignore[${i}]: ${read.problem}`);
          return;
        }
        const rule = RULE_BY_KEY.get(read.entry.rule);
        if (!rule) {
          errors.push(`ignore[${i}]: unknown rule ${quote(read.entry.rule)}`);
          return;
        }
        config.ignore.push(suppression(rule.id, read.entry.file, read.entry.item));
      });
    }
  }
  if (errors.length > MAX_ERRORS) {
    const rest = errors.length - MAX_ERRORS + 1;
    errors.splice(MAX_ERRORS - 1, errors.length, `and ${rest} more problems`);
  }
  return { config, errors };
}

/** Layers: later configs override earlier ones rule by rule; suppressions add up. */
export function mergeConfigs(...configs: Config[]): Config {
  const out = emptyConfig();
  for (const c of configs) {
    Object.assign(out.rules, c.rules);
    for (const entry of c.ignore) out.ignore.push(entry); // no spread: a config may hold 100,000 entries
  }
  return out;
}

/**
 * The folders searched for CONFIG_FILE_NAME for a letter in `folder`, nearest first, up to the
 * root: the first one holding the file applies. The CLI (Node paths) and the editor (URI paths)
 * both search this list, so they find the same file. Accepts "/" and "\" separators.
 */
export function configSearchFolders(folder: string): string[] {
  const out: string[] = [];
  let dir = folder;
  for (;;) {
    out.push(dir);
    const parent = parentFolder(dir);
    if (parent === dir) return out;
    dir = parent;
  }
}

function parentFolder(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, '');
  const i = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  if (i < 0) return dir; // "/", "C:\" or a bare relative name: the top
  const head = trimmed.slice(0, i);
  // The root keeps its separator: "/a" -> "/", "C:\a" -> "C:\".
  return head === '' || /^[A-Za-z]:$/.test(head) ? trimmed.slice(0, i + 1) : head;
}

