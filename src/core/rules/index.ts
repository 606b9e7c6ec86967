// The rule list: the single place rules are registered. Docs, the settings schema and the
// README table are generated from these objects.
import type { Rule } from './rule';

export const rules: readonly Rule[] = [];

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return rules.find((r) => r.id === key.toUpperCase() || r.name === key.toLowerCase());
}
