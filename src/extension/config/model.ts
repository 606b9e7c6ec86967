// Settings + workspace file -> the core Config. Settings (`imrReview.rules`) override the file
// rule by rule; suppressions live only in the file, which the CLI reads too.
import { mergeConfigs, parseConfig, type Config, type ConfigParseResult } from '../../core/light';

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

/** The button of a configuration warning: it opens the file (the setting, for imrReview.rules). */
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

/** The warning shown for problems in the imrReview.rules setting. */
export function settingsNotice(errors: readonly string[]): ConfigNotice {
  return { message: `IMR Review: problems in the setting imrReview.rules: ${errors.join('; ')}`, actions: [OPEN_SETTINGS] };
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
