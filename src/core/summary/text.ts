// The CLI's text format: one finding a line, 1-based, the shape problem matchers expect:
// file:line:col: severity IMR001/decision-contradicts-rationale: message
import type { Finding } from '../model';

export function renderTextFinding(file: string, f: Finding): string {
  return `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule}/${f.name}: ${f.message}`;
}

export function renderText(file: string, findings: readonly Finding[]): string {
  return findings.map((f) => renderTextFinding(file, f) + '\n').join('');
}
