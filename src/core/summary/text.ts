// The CLI's text format: one finding a line, 1-based, the shape problem matchers expect:
// file:line:col: severity IMR001/decision-contradicts-rationale: message
// The file name and the message (which quotes the letter) have their control characters shown as
// escapes: a line of this output is one line, and sends the terminal nothing but text.
// The wording of counts is present/counts.ts's, shared by the CLI and the editor.
import type { Finding } from '../model';
import { escapeControls } from '../text/escape';

export function renderTextFinding(file: string, f: Finding): string {
  return `${escapeControls(file)}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity} ${f.rule}/${f.name}: ${escapeControls(f.message)}`;
}

export function renderText(file: string, findings: readonly Finding[]): string {
  return findings.map((f) => renderTextFinding(file, f) + '\n').join('');
}


/** "3 skipped as not letters, 1 unreadable" ('' when nothing was left out). */
export function leftOutText(skipped: number, unreadable: number): string {
  const parts: string[] = [];
  if (skipped) parts.push(`${skipped} skipped as not ${skipped === 1 ? 'a letter' : 'letters'}`);
  if (unreadable) parts.push(`${unreadable} unreadable`);
  return parts.join(', ');
}
