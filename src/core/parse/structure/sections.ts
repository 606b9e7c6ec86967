// Section headings (spelled in ../vocabulary.ts) found in the lines, and the layout they imply.
import type { Layout, Range, Section, SectionKind } from '../../model';
import type { Line } from './lines';
import { anyOf, SECTION_HEADINGS } from '../../vocabulary';

interface SectionPattern {
  kind: SectionKind;
  re: RegExp;
}

// Matched against a trimmed line. Professional-review headings end in a colon and may carry text after it.
const SECTION_PATTERNS: readonly SectionPattern[] = SECTION_HEADINGS.map((h) => ({
  kind: h.kind,
  re: new RegExp(`^${anyOf(h.spellings)}:?${h.textAfter ? String.raw`(?=\s|$)` : '$'}`),
}));

// Every heading starts with a capital; all but the mixed-case spellings with two ("Case Summary").
const MIXED_CASE_OPENINGS: readonly string[] = SECTION_HEADINGS.flatMap((h) => h.spellings)
  .filter((s) => !/^[A-Z]{2}/.test(s))
  .map((s) => /^[A-Za-z ]*/.exec(s)![0]);

export interface FoundSection extends Section {
  /** Index into the line array of the heading line. */
  lineIndex: number;
  /** Index of the first line after the section (the next heading, or the end). */
  endIndex: number;
  /** Character where the heading text ends (text after it on the same line belongs to the body). */
  headingEnd: number;
}

/** Returns the section kind when the line is a section heading, with the heading's length. */
export function matchSectionHeading(text: string): { kind: SectionKind; length: number } | null {
  // Cheap pre-check: every heading starts with an upper-case letter and is short or colon-led.
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90 || text.length > 120) return null;
  // All headings are upper case except the mixed-case spellings: one more character settles most lines.
  const c2 = text.charCodeAt(1);
  if (!(c2 >= 65 && c2 <= 90) && !MIXED_CASE_OPENINGS.some((o) => text.startsWith(o))) return null;
  for (const p of SECTION_PATTERNS) {
    const m = p.re.exec(text);
    if (m) return { kind: p.kind, length: m[0].length };
  }
  return null;
}

export function findSections(lines: readonly Line[]): FoundSection[] {
  const found: FoundSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'content') continue;
    const m = matchSectionHeading(l.text);
    if (!m) continue;
    // "Case Summary:" and "DOCUMENTS REVIEWED" also occur as plain sentences' openings only in
    // other layouts; take the first occurrence of each kind.
    if (found.some((s) => s.kind === m.kind)) continue;
    const title = l.text.slice(0, m.length).replace(/:$/, '');
    const titleRange: Range = {
      start: { line: l.line, character: l.start },
      end: { line: l.line, character: l.start + m.length },
    };
    found.push({ kind: m.kind, title, titleRange, range: titleRange, lineIndex: i, endIndex: lines.length, headingEnd: l.start + m.length });
  }
  for (let s = 0; s < found.length; s++) {
    const end = s + 1 < found.length ? found[s + 1].lineIndex : lines.length;
    found[s].endIndex = end;
    const last = lastContentLine(lines, found[s].lineIndex, end);
    const l = lines[last];
    found[s].range = { start: found[s].titleRange.start, end: { line: l.line, character: l.start + l.text.length } };
  }
  return found;
}

export function lastContentLine(lines: readonly Line[], from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (lines[i].kind === 'content') return i;
  return from;
}

export function detectLayout(sections: readonly Section[]): Layout {
  const kinds = new Set(sections.map((s) => s.kind));
  if (kinds.has('how-made') || kinds.has('issues') || kinds.has('clinical-summary')) return 'final-determination';
  if (kinds.has('decisions') || (kinds.has('documents-reviewed') && !kinds.has('issue-at-dispute'))) return 'decisions-and-rationales';
  if (kinds.has('issue-at-dispute') || kinds.has('rationale') || kinds.has('guidelines-relied-upon')) return 'professional-review';
  return 'unknown';
}
