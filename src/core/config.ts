// The one configuration shared by the extension and the CLI: `.imr-review.json` (JSON with comments).
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Severity } from './model';

export const CONFIG_FILE_NAME = '.imr-review.json';

export type RuleSetting = Severity | 'off';

/** "Ignore IMRxxx for this item": keyed on file and item title, never on line numbers. */
export interface Suppression {
  rule: string;
  /** Path of the letter relative to the config file's folder, with forward slashes. */
  file: string;
  /** The item title as the parser joins it. */
  item: string;
}

export interface Config {
  /** Keyed by rule ID or name. */
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

function toSetting(value: unknown): RuleSetting | undefined {
  if (value === false) return 'off';
  if (typeof value === 'string' && SETTINGS.includes(value)) return value as RuleSetting;
  return undefined;
}

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
  const obj = raw as Record<string, unknown>;
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      errors.push('"rules" must be an object');
    } else {
      for (const [key, value] of Object.entries(obj.rules)) {
        if (value === true) continue; // "on" with the default severity
        const setting = toSetting(value);
        if (setting) config.rules[key] = setting;
        else errors.push(`rule "${key}": expected "error", "warning", "info", "off", true or false`);
      }
    }
  }
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore)) {
      errors.push('"ignore" must be an array');
    } else {
      obj.ignore.forEach((entry: unknown, i: number) => {
        const e = entry as Partial<Suppression> | null;
        if (e && typeof e.rule === 'string' && typeof e.file === 'string' && typeof e.item === 'string') {
          config.ignore.push({ rule: e.rule, file: e.file, item: e.item });
        } else {
          errors.push(`ignore[${i}]: expected {"rule", "file", "item"} strings`);
        }
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
