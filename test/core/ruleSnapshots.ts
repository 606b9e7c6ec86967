// The rule fixtures' snapshots (markdownlint style): beside each fixture `name.txt` in
// test/fixtures/rules/IMRnnn/, `name.findings.json` holds every finding the analysis gives for it,
// whole (rule, name, severity, message, range, item, related information, fix). Regenerate after
// an intended change with `UPDATE_GOLDEN=1 npm run test:unit` or
// `node out/test/core/update-rule-snapshots.js [IMRnnn...]`, then review the diff.
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type Finding } from '../../src/core';
import { FIXTURES } from './helpers';

export const RULES_DIR = path.join(FIXTURES, 'rules');
export const SNAPSHOT_SUFFIX = '.findings.json';
export const UPDATE_HINT = 'review the change, then run UPDATE_GOLDEN=1 npm run test:unit (or node out/test/core/update-rule-snapshots.js) and commit the snapshot';
const MARKER = /\{(IMR\d{3})\}/g;

/** The fixture without its `{IMRnnn}` markers, and the 0-based lines that carried one (per rule). */
export function stripMarkers(text: string): { text: string; expected: number[]; ruleIds: Set<string> } {
  const expected: number[] = [];
  const ruleIds = new Set<string>();
  const lines = text.split(/(\r\n|\r|\n)/);
  // Odd entries are the line breaks, kept so CRLF fixtures stay CRLF.
  for (let i = 0; i < lines.length; i += 2) {
    lines[i] = lines[i].replace(MARKER, (_m, id: string) => {
      expected.push(i / 2);
      ruleIds.add(id);
      return '';
    });
  }
  return { text: lines.join(''), expected, ruleIds };
}

export function ruleFolders(): string[] {
  return fs.existsSync(RULES_DIR) ? fs.readdirSync(RULES_DIR).filter((d) => /^IMR\d{3}$/.test(d)).sort() : [];
}

export function fixtureFiles(id: string): string[] {
  return fs.readdirSync(path.join(RULES_DIR, id)).filter((f) => f.endsWith('.txt')).sort();
}

export function snapshotFiles(id: string): string[] {
  return fs.readdirSync(path.join(RULES_DIR, id)).filter((f) => f.endsWith(SNAPSHOT_SUFFIX)).sort();
}

export function snapshotPath(id: string, fixture: string): string {
  return path.join(RULES_DIR, id, fixture.replace(/\.txt$/, SNAPSHOT_SUFFIX));
}

/** All findings of a fixture (every rule, in the engine's order), markers stripped first. */
export function fixtureFindings(id: string, fixture: string): { text: string; expected: number[]; findings: Finding[] } {
  const { text, expected } = stripMarkers(fs.readFileSync(path.join(RULES_DIR, id, fixture), 'utf8'));
  return { text, expected, findings: analyze(text).findings };
}

function isRange(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const pos = (p: unknown) => typeof p === 'object' && p !== null && Object.keys(p).join() === 'line,character';
  return Object.keys(r).join() === 'start,end' && pos(r.start) && pos(r.end);
}

/** Pretty JSON with every range on one line, so a snapshot reads finding by finding. */
function serialize(v: unknown, indent: string): string {
  if (isRange(v)) return JSON.stringify(v).replace(/([{,:])/g, '$1 ').replace(/\}/g, ' }');
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => `${indent}  ${serialize(x, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof v === 'object' && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, x]) => `${indent}  ${JSON.stringify(k)}: ${serialize(x, `${indent}  `)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

export function serializeFindings(findings: readonly Finding[]): string {
  return `${serialize(findings, '')}\n`;
}

/** Writes through a temporary file and a rename, so a failed run never leaves half a snapshot. */
export function writeSnapshot(file: string, findings: readonly Finding[]): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, serializeFindings(findings));
  fs.renameSync(tmp, file);
}

/** One line per finding, for the failure message: what appeared, what went, what changed. */
export function describeDifference(expected: readonly Finding[], actual: readonly Finding[]): string {
  const key = (f: Finding) => `${f.rule} ${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`;
  const show = (f: Finding) => `${key(f)} ${JSON.stringify(f.message)}`;
  const before = new Map(expected.map((f) => [key(f), f]));
  const after = new Map(actual.map((f) => [key(f), f]));
  const lines: string[] = [];
  for (const f of actual) {
    const old = before.get(key(f));
    if (!old) lines.push(`  + new:     ${show(f)}`);
    else if (serializeFindings([old]) !== serializeFindings([f])) lines.push(`  ~ changed: ${show(f)} (was ${JSON.stringify(old.message)}${old.severity !== f.severity ? `, ${old.severity}` : ''})`);
  }
  for (const f of expected) if (!after.has(key(f))) lines.push(`  - gone:    ${show(f)}`);
  if (lines.length === 0) lines.push('  same findings, in another order');
  return lines.join('\n');
}
