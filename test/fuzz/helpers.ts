// Shared pieces of the property tests: the letters mutated, the ranges a model and its findings
// hold, and timing with medians (robust to a busy shared machine).
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import * as vm from 'vm';
import type { Analysis, Range, TextSegment } from '../../src/core';

export const REPO = path.resolve(__dirname, '../../..');

/** Synthetic letters of the repository: fixtures (rule markers stripped) and examples. */
export function corpusLetters(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const add = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) add(p);
      else if (entry.name.endsWith('.txt')) out.push({ name: path.relative(REPO, p), text: fs.readFileSync(p, 'utf8').replace(/\{IMR\d{3}\}/g, '') });
    }
  };
  add(path.join(REPO, 'test', 'fixtures'));
  add(path.join(REPO, 'examples'));
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every range in the model and the findings, named by where it was found. */
export function collectRanges(a: Analysis): { where: string; range: Range }[] {
  const out: { where: string; range: Range }[] = [];
  const add = (where: string, range: Range | null | undefined) => {
    if (range) out.push({ where, range });
  };
  const { letter } = a;
  letter.header.forEach((h, i) => {
    add(`header[${i}].range`, h.range);
    add(`header[${i}].labelRange`, h.labelRange);
    add(`header[${i}].valueRange`, h.valueRange);
  });
  letter.sections.forEach((s, i) => {
    add(`sections[${i}].titleRange`, s.titleRange);
    add(`sections[${i}].range`, s.range);
  });
  add('reviewer.range', letter.reviewer.range);
  letter.case.dates.forEach((d, i) => add(`case.dates[${i}].range`, d.range));
  letter.case.emptyDateSlots.forEach((r, i) => add(`case.emptyDateSlots[${i}]`, r));
  letter.items.forEach((item, i) => {
    const p = `items[${i}]`;
    add(`${p}.titleRange`, item.titleRange);
    add(`${p}.decisionRange`, item.decisionRange);
    add(`${p}.range`, item.range);
    add(`${p}.fullRange`, item.fullRange);
    add(`${p}.guidelines.claimsAdministrator.range`, item.guidelines.claimsAdministrator?.range);
    add(`${p}.guidelines.claimsAdministrator.labelRange`, item.guidelines.claimsAdministrator?.labelRange);
    add(`${p}.guidelines.maximus.range`, item.guidelines.maximus?.range);
    add(`${p}.guidelines.maximus.labelRange`, item.guidelines.maximus?.labelRange);
    add(`${p}.rationale.range`, item.rationale?.range);
    add(`${p}.rationale.labelRange`, item.rationale?.labelRange);
    add(`${p}.conclusion.range`, item.conclusion.range);
    add(`${p}.conclusion.cueRange`, item.conclusion.cueRange);
    item.conclusion.considered.forEach((c, k) => add(`${p}.conclusion.considered[${k}].range`, c.range));
  });
  a.findings.forEach((f, i) => {
    const p = `findings[${i}] (${f.rule})`;
    add(`${p}.range`, f.range);
    f.related?.forEach((r, k) => add(`${p}.related[${k}].range`, r.range));
    f.fix?.edits.forEach((e, k) => add(`${p}.fix.edits[${k}].range`, e.range));
  });
  return out;
}

/** Line lengths as the editor splits lines (\r\n, \r and \n). */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Ranges that are not inside the document or end before they start, described for the failure message. */
export function badRanges(text: string, a: Analysis): string[] {
  const lengths = lineLengths(text);
  const validPos = (p: Range['start']) =>
    Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  const bad: string[] = [];
  for (const { where, range } of collectRanges(a)) {
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    if (!validPos(range.start) || !validPos(range.end) || !ordered) bad.push(`${where} = ${JSON.stringify(range)} (document has ${lengths.length} lines)`);
  }
  if (a.letter.lineCount !== lengths.length) bad.push(`lineCount ${a.letter.lineCount} but the document has ${lengths.length} lines`);
  for (const { where, segments } of collectSegments(a)) bad.push(...segmentsOutsideDocument(where, segments, lengths));
  return bad;
}

/** Segments that extend past the joined text they map (harmless for mapping, wrong for highlighting). */
export function segmentsPastText(a: Analysis): string[] {
  const bad: string[] = [];
  for (const { where, text, segments } of collectSegments(a)) {
    let previousEnd = 0;
    segments.forEach((s, k) => {
      if (s.offset < previousEnd || s.offset + s.length > text.length) bad.push(`${where}[${k}] = ${JSON.stringify(s)} but the text has ${text.length} characters`);
      previousEnd = s.offset + s.length;
    });
  }
  return bad;
}

/** The joined texts of the model with the segments that map them back to the original lines. */
function collectSegments(a: Analysis): { where: string; text: string; segments: readonly TextSegment[] }[] {
  const out: { where: string; text: string; segments: readonly TextSegment[] }[] = [];
  a.letter.items.forEach((item, i) => {
    const p = `items[${i}]`;
    if (item.titleSegments) out.push({ where: `${p}.titleSegments`, text: item.title, segments: item.titleSegments });
    for (const kind of ['claimsAdministrator', 'maximus'] as const) {
      const g = item.guidelines[kind];
      if (g?.segments) out.push({ where: `${p}.guidelines.${kind}.segments`, text: g.text, segments: g.segments });
    }
    if (item.rationale?.segments) out.push({ where: `${p}.rationale.segments`, text: item.rationale.text, segments: item.rationale.segments });
  });
  return out;
}

/** Each segment must lie on one original line of the document. */
function segmentsOutsideDocument(where: string, segments: readonly TextSegment[], lengths: readonly number[]): string[] {
  const bad: string[] = [];
  segments.forEach((s, k) => {
    if (!(s.line >= 0 && s.line < lengths.length && s.character >= 0 && s.length >= 0 && s.character + s.length <= lengths[s.line])) {
      bad.push(`${where}[${k}] = ${JSON.stringify(s)} (line length ${lengths[s.line] ?? 'none'})`);
    }
  });
  return bad;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

// A full collection before each timed run, so garbage left by earlier tests is not charged to
// whichever run happens to trigger the collection (mocha runs without --expose-gc).
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Median wall time of `fn` over `runs` runs, in ms, each run starting from a collected heap. */
export function medianMs(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
// FUZZ_SCALE=10 runs ten times as many cases (a deeper local search; CI uses the defaults).
const scale = Number(process.env.FUZZ_SCALE) || 1;

/** fast-check parameters: `numRuns` cases (times FUZZ_SCALE), replaying FC_SEED when it is set. */
export function params(numRuns: number): { numRuns: number; seed: number | undefined } {
  return { numRuns: Math.ceil(numRuns * scale), seed };
}
