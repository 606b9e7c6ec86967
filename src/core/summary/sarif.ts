// SARIF 2.1.0 for code-scanning viewers. Regions are 1-based; columns count UTF-16 code units.
// Each rule carries its documentation as `help` (viewers show it offline); there is no `helpUri`:
// the rule pages are not published anywhere a viewer could reach.
import type { Rule } from '../rules/rule';
import type { CheckFileResult } from './json';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function renderSarif(files: readonly CheckFileResult[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'imr-review',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.description },
              fullDescription: { text: r.docs.why },
              help: {
                text: `${r.description} ${r.docs.why}\n\nExample:\n${r.docs.example}`,
                markdown: `**${r.id} ${r.name}**: ${r.description}\n\n${r.docs.why}\n\nExample:\n\n\`\`\`\n${r.docs.example}\n\`\`\``,
              },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: r.tags },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) =>
          file.findings.map((f) => ({
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeURI(file.file) },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
            ...(f.related
              ? {
                  relatedLocations: f.related.map((r, i) => ({
                    id: i,
                    message: { text: r.message },
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(file.file) },
                      region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1 },
                    },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
