// Section headings (spelled in ../vocabulary.ts) found in the lines, and the layout they imply.
import type { Layout, Range, Section, SectionKind } from '../../model';
import type { Line } from './lines';
import { anyOf, LAYOUT_SECTIONS, REQUIRED_SECTIONS, SECTION_HEADINGS } from '../../vocabulary';

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

/** Longer than any heading as written: text past it cannot change whether one matches. */
const MAX_HEADING = 120;

/**
 * How many text lines a heading may wrap over. PDF text breaks the professional-review layout's
 * long headings in two; three leaves room for a narrow column.
 */
const MAX_HEADING_LINES = 3;

export interface FoundSection extends Section {
  /** Index into the line array of the line where the heading ends (its only line unless it wraps). */
  lineIndex: number;
  /** Index of the heading's first line (`lineIndex` unless the heading wraps). */
  firstIndex: number;
  /** Index of the first line after the section (the next heading, or the end). */
  endIndex: number;
  /** Character where the heading text ends on line `lineIndex` (text after it belongs to the body). */
  headingEnd: number;
}

/** Returns the section kind when the line is a section heading, with the heading's length. */
export function matchSectionHeading(text: string): { kind: SectionKind; length: number } | null {
  return text.length > MAX_HEADING ? null : headingStart(text);
}

/** The heading `text` starts with; `text` may be cut after MAX_HEADING + 1 characters. */
function headingStart(text: string): { kind: SectionKind; length: number } | null {
  // Cheap pre-check: every heading starts with an upper-case letter.
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  // All headings are upper case except the mixed-case spellings: one more character settles most lines.
  const c2 = text.charCodeAt(1);
  if (!(c2 >= 65 && c2 <= 90) && !MIXED_CASE_OPENINGS.some((o) => text.startsWith(o))) return null;
  for (const p of SECTION_PATTERNS) {
    const m = p.re.exec(text);
    if (m) return { kind: p.kind, length: m[0].length };
  }
  return null;
}

interface HeadingMatch {
  kind: SectionKind;
  /** The heading as one line: its lines joined by single spaces, without its colon. */
  title: string;
  /** Index of its last line, and the character where it ends there. */
  last: number;
  end: number;
}

/**
 * The heading that starts on line `i`, on that line alone or wrapped over up to MAX_HEADING_LINES
 * text lines: the lines joined by single spaces, with the blank lines and page furniture (footers,
 * form feeds, the double spacing's empty lines) between them skipped, match a heading that reaches
 * into the last of them. A wrapped heading must end its line or end in its colon, so a line that
 * merely starts like a heading ("CASE" above "SUMMARY of the visit") is no heading. The longest
 * match wins: "... BY PROFESSIONAL REVIEWER" / "AND WHY:" is one heading, not one and some text.
 * Each line takes part in at most MAX_HEADING_LINES joins, each cut to MAX_HEADING characters.
 */
function headingAt(lines: readonly Line[], i: number): HeadingMatch | null {
  // Every heading starts with a capital (a cheap reject for most prose lines).
  const c = lines[i].text.charCodeAt(0);
  if (c < 65 || c > 90) return null;
  let best: HeadingMatch | null = null;
  let joined = '';
  let j = i;
  for (let n = 0; n < MAX_HEADING_LINES && j < lines.length; n++) {
    const before = joined.length === 0 ? 0 : joined.length + 1;
    // Text past MAX_HEADING characters cannot be part of a heading; one more keeps `$` honest.
    joined = (n === 0 ? lines[j].text : `${joined} ${lines[j].text}`).slice(0, MAX_HEADING + 1);
    const m = headingStart(joined);
    if (m && (n === 0 || (m.length > before && (m.length === joined.length || joined[m.length - 1] === ':')))) {
      const title = joined.slice(0, m.length).replace(/:$/, '');
      best = { kind: m.kind, title, last: j, end: lines[j].start + (m.length - before) };
    }
    if (joined.length > MAX_HEADING) break;
    // The next text line, past blank lines and furniture.
    j++;
    while (j < lines.length && lines[j].kind !== 'content') j++;
  }
  return best;
}

export function findSections(lines: readonly Line[]): FoundSection[] {
  const found: FoundSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'content') continue;
    const m = headingAt(lines, i);
    if (!m) continue;
    // "Case Summary:" and "DOCUMENTS REVIEWED" also occur as plain sentences' openings only in
    // other layouts; take the first occurrence of each kind.
    if (found.some((s) => s.kind === m.kind)) continue;
    const titleRange: Range = {
      start: { line: l.line, character: l.start },
      end: { line: lines[m.last].line, character: m.end },
    };
    found.push({ kind: m.kind, title: m.title, titleRange, range: titleRange, lineIndex: m.last, firstIndex: i, endIndex: lines.length, headingEnd: m.end });
    i = m.last;
  }
  for (let s = 0; s < found.length; s++) {
    const end = s + 1 < found.length ? found[s + 1].firstIndex : lines.length;
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

/**
 * The layout whose headings best fit the set of headings present: each present heading the layout
 * has counts for it, each it lacks against it; a tie goes to the layout with more of its required
 * headings present, then to the earlier layout in LAYOUT_SECTIONS' order. So the order of the
 * headings, or one heading two layouts share ("HOW THE IMR FINAL DETERMINATION WAS MADE" in the
 * 2013 letters and the later ones), does not decide it. A layout needs one of its required
 * headings present; with none, the letter's layout is unknown.
 */
export function detectLayout(sections: readonly Section[]): Layout {
  const present = new Set(sections.map((s) => s.kind));
  let best: Layout = 'unknown';
  let bestFit = 0;
  let bestRequired = 0;
  for (const [layout, kinds] of Object.entries(LAYOUT_SECTIONS) as [Layout, readonly SectionKind[]][]) {
    const has = kinds.filter((k) => present.has(k)).length;
    const fit = has - (present.size - has);
    const required = REQUIRED_SECTIONS[layout].filter((k) => present.has(k)).length;
    if (required === 0 || fit <= 0) continue;
    if (fit > bestFit || (fit === bestFit && required > bestRequired)) {
      best = layout;
      bestFit = fit;
      bestRequired = required;
    }
  }
  return best;
}
