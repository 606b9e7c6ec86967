// The one configuration shared by the extension and the CLI: `.imr-review.json` (JSON with comments).
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
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
  /** Human-readable problems; the valid parts of the file still apply. */
  errors: string[];
}

const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
const TOP_LEVEL_KEYS: readonly string[] = ['$schema', 'rules', 'ignore'];

function toSetting(value: unknown, rule: Rule): RuleSetting | undefined {
  if (value === false) return 'off';
  if (value === true) return rule.severity; // "on" at its default severity, even over a file's "off"
  if (typeof value === 'string' && SETTINGS.includes(value)) return value as RuleSetting;
  return undefined;
}

/** The registered rules by ID and by name: a name is turned into its ID, `true` into the rule's default. */
const RULE_BY_KEY = new Map<string, Rule>();
for (const r of registeredRules) RULE_BY_KEY.set(r.id, r).set(r.name, r);

/** Parses config text. Never throws: problems come back in `errors`. */
export function parseConfig(text: string): ConfigParseResult {
  const errors: string[] = [];
  const parseErrors: ParseError[] = [];
  const raw: unknown = parse(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  for (const e of parseErrors) errors.push(`${printParseErrorCode(e.error)} at offset ${e.offset}`);
  const config = emptyConfig();
  if (raw === undefined || raw === null) return { config, errors };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push('the configuration must be a JSON object');
    return { config, errors };
  }
  const find = (key: string) => RULE_BY_KEY.get(key);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!TOP_LEVEL_KEYS.includes(key)) errors.push(`unknown key "${key}" (expected "rules" or "ignore")`);
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      errors.push('"rules" must be an object');
    } else {
      const setBy = new Map<string, string>();
      for (const [key, value] of Object.entries(obj.rules)) {
        const rule = find(key);
        if (!rule) {
          errors.push(`unknown rule "${key}"`);
          continue;
        }
        const setting = toSetting(value, rule);
        if (!setting) {
          errors.push(`rule "${key}": expected "error", "warning", "info", "off", true or false`);
          continue;
        }
        const earlier = setBy.get(rule.id);
        if (earlier !== undefined) errors.push(`rule "${key}" is also set as "${earlier}"; the later one applies`);
        setBy.set(rule.id, key);
        config.rules[rule.id] = setting;
      }
    }
  }
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore)) {
      errors.push('"ignore" must be an array');
    } else {
      obj.ignore.forEach((entry: unknown, i: number) => {
        const e = entry as Partial<Record<keyof Suppression, unknown>> | null;
        if (!e || typeof e.rule !== 'string' || typeof e.file !== 'string' || (e.item !== undefined && typeof e.item !== 'string')) {
          errors.push(`ignore[${i}]: expected {"rule", "file"} strings and an optional "item" string`);
          return;
        }
        const rule = find(e.rule);
        if (!rule) {
          errors.push(`ignore[${i}]: unknown rule "${e.rule}"`);
          return;
        }
        config.ignore.push(suppression(rule.id, e.file, e.item));
      });
    }
  }
  return { config, errors };
}

/** Layers: later configs override earlier ones rule by rule; suppressions add up. */
export function mergeConfigs(...configs: Config[]): Config {
  const out = emptyConfig();
  for (const c of configs) {
    Object.assign(out.rules, c.rules);
    out.ignore.push(...c.ignore);
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

