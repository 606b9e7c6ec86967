// Groups one page's text runs into lines by baseline and joins each line's runs in x order.
import type { TextRun } from './textLayer';

/** Runs within half an em of a line's baseline belong to it: superscripts sit ~0.35 em up, lines ≥ 1 em apart. */
const BASELINE_TOLERANCE = 0.5;
/** A space is ~0.25 em wide in text fonts; ... */
const SPACE_EM = 0.25;
/** ...a gap of half a space already separates words: kerns inside words stay below ~0.1 em. */
const WORD_GAP = 0.5 * SPACE_EM;

export interface PageLine {
  /** Baseline of the line's largest-font run, so superscripts do not move it. */
  y: number;
  /** That run's font size. */
  size: number;
  text: string;
}

interface Run {
  text: string;
  x: number;
  y: number;
  end: number;
  size: number;
  blank: boolean;
}

const LINE_BREAKS = /[\r\n\f\v\u0085\u2028\u2029]/g;

function usable(r: TextRun): Run | undefined {
  if (r.rotated || typeof r.text !== 'string' || r.text.length === 0) return undefined;
  if (![r.x, r.y, r.width, r.fontSize].every(Number.isFinite) || r.fontSize <= 0) return undefined;
  // A run never breaks a line by itself: line structure comes from the geometry.
  const text = r.text.replace(LINE_BREAKS, ' ');
  return { text, x: r.x, y: r.y, end: r.x + Math.max(0, r.width), size: r.fontSize, blank: text.trim() === '' };
}

const SPACE = /\s/;

/** Joins a line's runs left to right: one space per visible gap, none inside kerned words, never two at a join. */
function joinRuns(runs: Run[]): string {
  runs.sort((a, b) => a.x - b.x);
  // Parts and a flag, not a growing string: reading a concatenated string's last character flattens it each time.
  const parts: string[] = [];
  let endsInSpace = true;
  let end = -Infinity;
  for (const r of runs) {
    if (r.blank) {
      // A whitespace run is a separator the producer wrote: keep one space, not its width.
      if (!endsInSpace) parts.push(' ');
      endsInSpace = true;
    } else {
      const text: string = endsInSpace ? r.text.trimStart() : r.text;
      const space = !endsInSpace && r.x - end > WORD_GAP * r.size && !SPACE.test(text.charAt(0));
      parts.push(space ? ' ' + text : text);
      endsInSpace = text === '' ? endsInSpace : SPACE.test(text.charAt(text.length - 1));
    }
    end = Math.max(end, r.end);
  }
  return parts.join('').trim();
}

/** The page's non-empty lines, top to bottom. Sorting keeps it n log n. */
export function pageLines(runs: readonly TextRun[]): PageLine[] {
  const kept: Run[] = [];
  for (const r of runs) {
    const u = usable(r);
    if (u) kept.push(u);
  }
  kept.sort((a, b) => b.y - a.y);
  const lines: PageLine[] = [];
  let current: Run[] = [];
  let refY = 0;
  let refSize = 0;
  let refBlank = true;
  const flush = (): void => {
    const text = joinRuns(current);
    if (text !== '') lines.push({ y: refY, size: refSize, text });
  };
  for (const r of kept) {
    // Compare with the line's reference baseline, not the last run, so jitter cannot drift across lines.
    if (current.length > 0 && Math.abs(r.y - refY) <= BASELINE_TOLERANCE * Math.max(refSize, r.size)) {
      current.push(r);
      // Whitespace runs have no ink; they never set where the line sits.
      if (!r.blank && (refBlank || r.size > refSize)) {
        refY = r.y;
        refSize = r.size;
        refBlank = false;
      }
      continue;
    }
    if (current.length > 0) flush();
    current = [r];
    refY = r.y;
    refSize = r.size;
    refBlank = r.blank;
  }
  if (current.length > 0) flush();
  return lines;
}
