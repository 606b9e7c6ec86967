// Rule documentation generated from the rule metadata, one source for three outputs: the page the
// Problems panel links to (served by ruleDocs.ts), docs/rules/IMRnnn.md and the README rule table
// (written by scripts/gen-rule-docs.js), and the settings/config JSON schema.
import type { Rule } from '../../core/light';
import { ruleSettingKey } from '../config/ruleSettings';

const fence = (text: string, lang = 'text') => {
  // A fence longer than any backtick run inside the text.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${lang}\n${text}\n${f}`;
};

export function ruleMarkdown(rule: Rule): string {
  const other = rule.severity === 'error' ? 'warning' : 'error';
  return [
    `# ${rule.id} ${rule.name}`,
    '',
    rule.description,
    '',
    `- Default severity: **${rule.severity}**`,
    `- Tags: ${rule.tags.map((t) => `\`${t}\``).join(', ') || 'none'}`,
    '',
    '## Why it matters',
    '',
    rule.docs.why,
    '',
    '## Example',
    '',
    'A synthetic excerpt that triggers the rule:',
    '',
    fence(rule.docs.example),
    '',
    '## Configuration',
    '',
    `Change the severity or turn the rule off in \`.imr-review.json\`, by ID or by name (\`"${rule.name}"\`). The extension and the CLI read the same file: the nearest one in the letter's folder or a folder above it (the root of the workspace is the usual place; a file in a subfolder replaces it, unmerged, for the letters in and below that subfolder):`,
    '',
    fence(JSON.stringify({ rules: { [rule.id]: other } }, null, 2), 'jsonc'),
    '',
    `or, in VS Code only, with the setting \`imrReview.${ruleSettingKey(rule)}\` (search the Settings editor for ${rule.id}): once you change it, it wins over the file:`,
    '',
    fence(JSON.stringify({ [`imrReview.${ruleSettingKey(rule)}`]: 'off' }, null, 2), 'jsonc'),
    '',
    '## Ignoring one finding',
    '',
    'The letter is evidence: do not edit it to silence a finding. Use the quick fix',
    `"Ignore ${rule.id} for this item", which adds an entry keyed on the file and the item title to`,
    'the `.imr-review.json` that applies to the letter (the file path is relative to that file\'s folder).',
    `A finding tied to no item (a missing section, case summary dates) offers "Ignore ${rule.id} for this`,
    'letter" instead, an entry without `item` that covers the rule anywhere in that letter:',
    '',
    fence(
      JSON.stringify({ ignore: [{ rule: rule.id, file: 'letters/example.txt', item: 'Item title as in the heading' }, { rule: rule.id, file: 'letters/other.txt' }] }, null, 2),
      'jsonc',
    ),
    '',
    'Run "IMR: Manage Suppressions" to list and remove such entries.',
    '',
  ].join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The README rule table: ID (linked to its page), name, severity, description. */
export function ruleTableMarkdown(rules: readonly Rule[], linkBase = 'docs/rules/'): string {
  const rows = rules.map((r) => `| [${r.id}](${linkBase}${r.id}.md) | \`${r.name}\` | ${r.severity} | ${cell(r.description)} |`);
  return ['| Rule | Name | Default | Checks |', '|---|---|---|---|', ...rows].join('\n');
}

/** JSON schema of a `rules` object: keys are rule IDs or names, values severities or on/off. */
export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of rules) {
    const markdownDescription = `**${r.id}** (\`${r.name}\`): ${r.description} Shown as ${r.severity === 'info' ? 'information' : `${r.severity === 'error' ? 'an' : 'a'} ${r.severity}`} unless changed here.`;
    properties[r.id] = { enum: SETTING_VALUES, markdownDescription, markdownEnumDescriptions: VALUE_MEANINGS };
    properties[r.name] = { enum: SETTING_VALUES, markdownDescription, markdownEnumDescriptions: VALUE_MEANINGS };
  }
  return {
    type: 'object',
    properties,
    propertyNames: { enum: rules.flatMap((r) => [r.id, r.name]) },
    additionalProperties: false,
  };
}

/** "error" | "warning" | "info" | "off", or true (on, default severity) / false (off). */
const SETTING_VALUES: readonly (string | boolean)[] = ['error', 'warning', 'info', 'off', true, false];
const VALUE_MEANINGS: readonly string[] = [
  'Shown as an error.',
  'Shown as a warning.',
  'Shown as information.',
  'Not checked.',
  'Checked, and shown as usual for this check.',
  'Not checked.',
];
