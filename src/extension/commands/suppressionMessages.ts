// What "Ignore IMRnnn ..." and "Manage suppressions" tell the user, in plain words. No `vscode`
// here: unit-tested as text.
import type { Suppression } from '../../core/light';

/** The last path segment of a letter's path (the suppression names it relative to the config's folder). */
function fileName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/**
 * After an ignore: "IMR001 ignored for 'Cervical traction pillow' in .imr-review.json". `config`
 * is the config file as the workspace names it; `added` false when the same entry was already there.
 */
export function ignoredMessage(entry: Suppression, config: string, added: boolean): string {
  const what = entry.item !== undefined ? `'${entry.item}'` : `the whole letter '${fileName(entry.file)}'`;
  return added ? `${entry.rule} ignored for ${what} in ${config}.` : `${entry.rule} was already ignored for ${what} in ${config}.`;
}

/** After an Undo: what it did to the file. */
export function undoneMessage(entry: Suppression, config: string, deleted: boolean): string {
  const what = entry.item !== undefined ? `'${entry.item}'` : `the whole letter '${fileName(entry.file)}'`;
  return deleted
    ? `${entry.rule} is checked again for ${what}: ${config}, created by the ignore, was deleted.`
    : `${entry.rule} is checked again for ${what}: its entry was removed from ${config}.`;
}

/** "Manage suppressions" with no configuration file in the workspace. */
export function noConfigMessage(config: string): string {
  return `There is no ${config} yet. It holds the findings you ignore (quick fix "Ignore IMRnnn for this item") and the rules' severities, for this editor and the CLI. Create it?`;
}

/** "Manage suppressions" with configuration files but no suppressions in them. */
export function noSuppressionsMessage(config: string): string {
  return `Nothing is ignored in ${config}. To ignore a finding, use the quick fix "Ignore IMRnnn for this item" on a problem in a letter.`;
}
