// Findings -> the plain shape of a VS Code diagnostic. The adapter (diagnostics.ts) only turns
// these into `vscode.Diagnostic` objects, so the mapping itself is tested without an editor.
import type { Finding, Range, Severity } from '../../../core/light';

export const DIAGNOSTIC_SOURCE = 'imr-review';

export interface DiagnosticData {
  range: Range;
  message: string;
  severity: Severity;
  source: typeof DIAGNOSTIC_SOURCE;
  /** `target` is the rule documentation URI as a string. */
  code: { value: string; target: string };
  related: { message: string; range: Range }[];
}

export function toDiagnosticData(finding: Finding, docsUri: (ruleId: string) => string): DiagnosticData {
  return {
    range: finding.range,
    message: finding.message,
    severity: finding.severity,
    source: DIAGNOSTIC_SOURCE,
    code: { value: finding.rule, target: docsUri(finding.rule) },
    related: (finding.related ?? []).map((r) => ({ message: r.message, range: r.range })),
  };
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** The finding a diagnostic was made from (same rule and range), for code actions and hovers. */
export function findingFor(findings: readonly Finding[], rule: string, range: Range): Finding | undefined {
  return findings.find((f) => f.rule === rule && sameRange(f.range, range));
}
