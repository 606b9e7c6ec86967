// One setting per rule (`imrReview.check.<name>`), a drop-down in the Settings editor. Its schema is
// generated into package.json from the rule metadata (scripts/gen-rule-docs.js calls
// ruleSettingsContribution); the editor reads only the values a person has set, so an unset
// setting leaves `.imr-review.json` (which the CLI reads too) in force.
import type { Rule, RuleSetting } from '../../core/light';

/** The setting's section under `imrReview`: `imrReview.check.decisionContradictsRationale`. */
export const CHECK_SECTION = 'check';

/** A rule as its setting names it: the registered rules' ID, name and default severity. */
export type RuleSettingKey = Pick<Rule, 'id' | 'name' | 'severity'>;

/** The key under `imrReview`: the rule's name in camel case, which the Settings editor title-cases. */
export function ruleSettingKey(rule: Pick<Rule, 'name'>): string {
  return `${CHECK_SECTION}.${rule.name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())}`;
}

export const RULE_SETTING_VALUES: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** The drop-down's entries, in plain words (the values stay the ones `.imr-review.json` takes). */
const LABELS: readonly string[] = ['Error', 'Warning', 'Info', 'Off'];
const MEANINGS: readonly string[] = [
  'Shown as an error (red) in the letter, the Problems panel and the counts.',
  'Shown as a warning (yellow) in the letter, the Problems panel and the counts.',
  'Shown as information (blue): a point worth a look.',
  'Not checked: nothing is shown in any letter and nothing is counted.',
];

/** How a rule is shown by default, in the words of its description. */
const SHOWN_AS: Record<string, string> = { error: 'an **error**', warning: 'a **warning**', info: '**information**' };

/** Where the rule settings start in the Settings editor's list, after the general settings. */
export const RULE_SETTINGS_ORDER = 100;

const fence = (text: string): string => {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(longest + 1);
  return `${f}text\n${text}\n${f}`;
};

/**
 * The settings' schema, keyed by full setting name, in rule order: a drop-down defaulting to the
 * rule's own severity, described for the person reviewing letters (what the check finds, one
 * example). The ID leads the description, so searching the Settings editor for "IMR001" finds it.
 */
export function ruleSettingsContribution(rules: readonly Pick<Rule, 'id' | 'name' | 'severity' | 'description' | 'docs'>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  rules.forEach((r, i) => {
    out[`imrReview.${ruleSettingKey(r)}`] = {
      type: 'string',
      enum: RULE_SETTING_VALUES,
      enumItemLabels: LABELS,
      markdownEnumDescriptions: MEANINGS,
      default: r.severity,
      scope: 'resource',
      order: RULE_SETTINGS_ORDER + i,
      markdownDescription: [
        `**${r.id}**: ${r.description}`,
        '',
        'For example:',
        '',
        fence(r.docs.example),
        '',
        `Unless you change it here, the \`.imr-review.json\` in the letter's folder (which the \`imr-review\` command also reads) decides how this check is shown; without that file, or if it does not name ${r.id}, it is shown as ${SHOWN_AS[r.severity]}.`,
      ].join('\n'),
    };
  });
  return out;
}

/** What a setting holds at each level (vscode's inspect(), without the editor types). */
export interface SettingLevels {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** The value a person set (folder over workspace over user), or undefined when only the default applies. */
export function setValue(levels: SettingLevels | undefined): unknown {
  return levels?.workspaceFolderValue ?? levels?.workspaceValue ?? levels?.globalValue;
}
