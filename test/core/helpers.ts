// Shared helpers for core tests: text at a range, synthetic letter building, fixture paths.
import * as fs from 'fs';
import * as path from 'path';
import type { Range } from '../../src/core';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
/** The real redacted letters live beside the checkout (CI has them); tests say so when absent. */
export const SEEDS = path.resolve(REPO, '..', 'shared', 'seeds');

export function textAt(text: string, r: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const parts = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) parts.push(lines[l]);
  parts.push(lines[r.end.line].slice(0, r.end.character));
  return parts.join('\n');
}

export function inBounds(text: string, r: Range): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: Range['start']) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  return ok(r.start) && ok(r.end) && (r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character));
}

export function readFixtureLetters(): { name: string; text: string }[] {
  const dir = path.join(FIXTURES, 'letters');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function seedLetters(): { name: string; text: string }[] | null {
  if (!fs.existsSync(SEEDS)) return null;
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS, name), 'utf8') }));
}

export interface SyntheticItem {
  heading: string;
  ca?: string | null;
  maximus?: string | null;
  rationale?: string | null;
}

/** A small single-spaced letter in the seed layout, for inline tests. */
export function syntheticLetter(items: SyntheticItem[], opts: { summary?: string; header?: string[] } = {}): string {
  const out: string[] = [];
  if (opts.header) out.push(...opts.header, '');
  out.push(
    'HOW THE IMR FINAL DETERMINATION WAS MADE',
    'MAXIMUS Federal Services sent the complete case file to an expert reviewer. The expert',
    'reviewer is Board Certified in Orthopaedic Surgery and is licensed to practice in Oregon.',
    '',
    'CLINICAL CASE SUMMARY',
    opts.summary ?? 'The injured worker is a 52-year-old female who was injured on October 2, 2009.',
    '',
    'IMR ISSUES, DECISIONS AND RATIONALES',
    'The Final Determination was based on decisions for the disputed items/services set forth below:',
    '',
  );
  for (const it of items) {
    out.push(it.heading, '');
    if (it.ca !== null) out.push(`Claims Administrator guideline: ${it.ca ?? 'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids.'}`, '');
    if (it.maximus !== null) out.push(`MAXIMUS guideline: ${it.maximus ?? 'Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 80.'}`, '');
    if (it.rationale !== null) out.push(`Decision rationale: ${it.rationale ?? 'The records show no benefit. Therefore, the request is not medically necessary.'}`, '');
  }
  return out.join('\n');
}

/** PDF double spacing as in the real letters: every line followed by "", blank lines hold one space. */
export function doubleSpace(text: string): string {
  return text
    .split('\n')
    .map((l) => (l.trim() === '' ? ' ' : `${l} `))
    .join('\n\n')
    .concat('\n\n');
}
