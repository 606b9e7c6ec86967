// Where a rule's documentation lives: "imr-review-rule:/IMR001.md". Each diagnostic links there
// (its `code.target`) and commands/ruleDocs.ts serves the page, so the address sits below both.
// No `vscode` here: unit-tested directly.

export const RULE_DOCS_SCHEME = 'imr-review-rule';

/** The documentation URI of a rule, as a string: "imr-review-rule:/IMR001.md". */
export function ruleDocsUriString(ruleId: string): string {
  return `${RULE_DOCS_SCHEME}:/${encodeURIComponent(ruleId)}.md`;
}

/** The rule ID in a documentation URI path ("/IMR001.md" -> "IMR001"). */
export function ruleIdFromDocsPath(path: string): string | undefined {
  const m = /^\/?([A-Za-z]+\d+)\.md$/.exec(path);
  return m ? m[1].toUpperCase() : undefined;
}
