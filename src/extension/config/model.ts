// Settings + workspace file -> the core Config. A rule's own setting (`imrReview.check.<name>`), when
// a person set it, overrides the file for that rule; so does the older object `imrReview.rules`,
// under the rule's own setting. Suppressions live only in the file, which the CLI reads too.
import { mergeConfigs, parseConfig, type Config, type ConfigParseResult, type RuleSetting } from '../../core/light';
import { RULE_SETTING_VALUES } from './ruleSettings';

export interface SettingsConfig {
  config: Config;
  /** One line per problem, each naming its setting. */
  errors: string[];
  /** The first setting with a problem: where "Open settings" goes. */
  setting?: string;
}

/** A rule's own setting as read: its full name and the value a person set (undefined: not set). */
export interface RuleSettingValue {
  id: string;
  setting: string;
  value: unknown;
}

/**
 * The settings as one Config: `imrReview.rules` (validated by the file's parser), then each rule's
 * own setting on top. A rule whose setting is not set keeps what the file (or its default) says.
 */
export function settingsToConfig(rules: unknown, perRule: readonly RuleSettingValue[] = []): SettingsConfig {
  const errors: string[] = [];
  let setting: string | undefined;
  const object = rules === undefined || rules === null ? parseConfig('{}') : parseConfig(JSON.stringify({ rules }));
  if (object.errors.length > 0) setting = 'imrReview.rules';
  for (const e of object.errors) errors.push(`imrReview.rules: ${e}`);
  const config: Config = { rules: { ...object.config.rules }, ignore: [] };
  for (const { id, setting: name, value } of perRule) {
    if (value === undefined) continue;
    if (typeof value === 'string' && (RULE_SETTING_VALUES as readonly string[]).includes(value)) {
      config.rules[id] = value as RuleSetting;
      continue;
    }
    setting ??= name;
    errors.push(`${name}: expected "error", "warning", "info" or "off", not ${JSON.stringify(value)?.slice(0, 40) ?? String(value)}`);
  }
  return { config, errors, setting };
}

export function effectiveConfig(fileConfig: Config | undefined, settings: Config): Config {
  return fileConfig ? mergeConfigs(fileConfig, { rules: settings.rules, ignore: [] }) : mergeConfigs({ rules: settings.rules, ignore: [] });
}

/** The button of a configuration warning: it opens the file (the Settings editor, for a setting). */
export const OPEN_FILE = 'Open file';
export const OPEN_SETTINGS = 'Open settings';

export interface ConfigNotice {
  message: string;
  actions: string[];
}

/** The warning shown for a config file's problems, named as the workspace names it. */
export function configNotice(name: string, result: Pick<ConfigParseResult, 'errors' | 'unused'>): ConfigNotice {
  const applies = result.unused ? 'not used: the letters below it are checked without a configuration file' : 'the valid parts still apply';
  return { message: `IMR Review: problems in ${name} (${applies}): ${result.errors.join('; ')}`, actions: [OPEN_FILE] };
}

/** The warning shown for problems in the rule settings; "Open settings" shows the first one named. */
export function settingsNotice(errors: readonly string[]): ConfigNotice {
  return { message: `IMR Review: problems in your settings (the others still apply): ${errors.join('; ')}`, actions: [OPEN_SETTINGS] };
}

/** One warning per distinct problem set, so a broken file is not reported on every keystroke. */
export class WarnOnce {
  private readonly shown = new Set<string>();

  /** True the first time this (file, errors) pair is seen. Clears when the file becomes valid. */
  shouldWarn(file: string, errors: readonly string[]): boolean {
    if (errors.length === 0) {
      for (const key of this.shown) if (key.startsWith(file + '\n')) this.shown.delete(key);
      return false;
    }
    const key = `${file}\n${errors.join('\n')}`;
    if (this.shown.has(key)) return false;
    this.shown.add(key);
    return true;
  }
}

export { DEFAULT_PDF_MAX_PAGES, pdfSettingsOf, type PdfSettings } from '../shared/pdfSettings';
