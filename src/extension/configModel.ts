// Settings + workspace file -> the core Config. Settings (`imrReview.rules`) override the file
// rule by rule; suppressions live only in the file, which the CLI reads too.
import { mergeConfigs, parseConfig, type Config } from '../core/index';

export interface SettingsConfig {
  config: Config;
  errors: string[];
}

/** Validates the `imrReview.rules` setting with the same parser as the file. */
export function settingsToConfig(rules: unknown): SettingsConfig {
  if (rules === undefined || rules === null) return parseConfig('{}');
  return parseConfig(JSON.stringify({ rules }));
}

export function effectiveConfig(fileConfig: Config | undefined, settings: Config): Config {
  return fileConfig ? mergeConfigs(fileConfig, { rules: settings.rules, ignore: [] }) : mergeConfigs({ rules: settings.rules, ignore: [] });
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
