// Finds and reads .imr-review.json: the file given with --config, else the nearest one in the
// letter's folder or above it. The editor reads the same file, so both give the same findings.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAME, configSearchFolders, emptyConfig, parseConfig, type Config } from '../../core';

export interface LoadedConfig {
  /** Folder the config's suppression paths are relative to. */
  dir: string;
  config: Config;
  /** Where it came from ('' when no file was found). */
  file: string;
}

export type ConfigLoad = { ok: true; loaded: LoadedConfig; warnings: string[] } | { ok: false; message: string };

export function readConfigFile(file: string): ConfigLoad {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { ok: false, message: `${file}: cannot read the configuration: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  const { config, errors } = parseConfig(text);
  return { ok: true, loaded: { dir: path.dirname(file), config, file }, warnings: errors.map((e) => `${file}: ${e}`) };
}

/** Caches the lookup per folder: thousands of letters in one folder cost one search. */
export class ConfigFinder {
  private readonly byDir = new Map<string, LoadedConfig>();
  readonly warnings: string[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly explicit?: LoadedConfig) {}

  forFile(abs: string): LoadedConfig {
    if (this.explicit) return this.explicit;
    return this.forDir(path.dirname(abs));
  }

  private forDir(dir: string): LoadedConfig {
    // The same candidates, in the same order, as the editor (configSearchFolders).
    const visited: string[] = [];
    let found: LoadedConfig | undefined;
    for (const folder of configSearchFolders(dir)) {
      found = this.byDir.get(folder);
      if (found) break;
      visited.push(folder);
      const candidate = path.join(folder, CONFIG_FILE_NAME);
      if (!fs.existsSync(candidate)) continue;
      const r = readConfigFile(candidate);
      if (r.ok) {
        found = r.loaded;
        this.warn(candidate, r.warnings);
      } else {
        this.warn(candidate, [r.message]);
        found = { dir: folder, config: emptyConfig(), file: '' };
      }
      break;
    }
    found ??= { dir, config: emptyConfig(), file: '' };
    for (const folder of visited) this.byDir.set(folder, found);
    return found;
  }

  private warn(file: string, messages: string[]): void {
    if (this.reported.has(file)) return;
    this.reported.add(file);
    for (const m of messages) this.warnings.push(m);
  }
}
