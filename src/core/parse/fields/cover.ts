// The cover page published letters open with, before the determination's first section: the
// addressee, a header of `Label: value` fields (often two on a line, as a two-column table
// extracts), the treatments in dispute, `Dear ...`, the overall determination and its sentence.
// Read line by line, so every range points into the original text; every pattern is linear.
import type { CoverPage, HeaderField, OverallDetermination, Range, TextSpan } from '../../model';
import { exact } from '../../text/compact';
import { anyOf, COVER_LABELS, TREATMENTS_IN_DISPUTE_LABEL } from '../../vocabulary';
import { JoinedText } from '../structure/joined';
import type { Line } from '../structure/lines';
import { lastContentLine } from '../structure/sections';
import { DATE_RE, isoFromMatch } from './dates';
import { parseInjury } from './injury';

// A short label starting with a capital, then its colon (as header.ts): the first field of a line.
const FIRST_FIELD = /^([A-Z][A-Za-z0-9 ()/'&#.-]{0,48}?[A-Za-z0-9)#.]) ?:/;
// A known label further along the line, after a space: where the next column's field begins.
const NEXT_FIELD = new RegExp(`(?:^| )(${anyOf(COVER_LABELS)}) ?:`, 'gi');
const TREATMENTS = new RegExp(`^${TREATMENTS_IN_DISPUTE_LABEL} ?:`, 'i');
const DEAR = /^Dear\b/;
const DETERMINATION = /\bFinal Determination ?: *(UPHOLD|UPHELD|OVERTURN(?:ED)?)\b/i;
const SENTENCE = /\bThis means we decided that (none|all|some) of\b/i;
/** Labels that are the cover page's other parts, not header fields. */
const NOT_A_FIELD = /^(?:Final Determination|cc|Re|Attention|Attn)$/i;

const rangeOn = (line: number, from: number, to: number): Range => ({ start: { line, character: from }, end: { line, character: to } });

function fieldsOn(l: Line): HeaderField[] {
  const first = FIRST_FIELD.exec(l.text);
  if (!first || first[1].trim().split(' ').length > 7 || NOT_A_FIELD.test(first[1].trim())) return [];
  const starts: { at: number; label: string; colonEnd: number }[] = [{ at: 0, label: first[1].trim(), colonEnd: first[0].length }];
  NEXT_FIELD.lastIndex = first[0].length;
  for (let m = NEXT_FIELD.exec(l.text); m; m = NEXT_FIELD.exec(l.text)) {
    const at = m[0].startsWith(' ') ? m.index + 1 : m.index;
    starts.push({ at, label: m[1], colonEnd: m.index + m[0].length });
  }
  NEXT_FIELD.lastIndex = 0;
  return starts.map((s, k) => {
    const stop = k + 1 < starts.length ? starts[k + 1].at : l.text.length;
    const raw = l.text.slice(s.colonEnd, stop);
    const value = raw.trim();
    const valueAt = value ? s.colonEnd + raw.indexOf(value) : stop;
    const end = value ? valueAt + value.length : s.colonEnd;
    return {
      label: s.label,
      value,
      range: rangeOn(l.line, l.start + s.at, l.start + end),
      labelRange: rangeOn(l.line, l.start + s.at, l.start + s.at + s.label.length),
      valueRange: rangeOn(l.line, l.start + valueAt, l.start + valueAt + value.length),
    };
  });
}

/** A line holding one date and nothing else: the letter's date. */
function dateLine(l: Line): { date: string; range: Range } | null {
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(l.text);
  DATE_RE.lastIndex = 0;
  if (!m || m.index !== 0 || m[0].length !== l.text.length) return null;
  const date = isoFromMatch(m);
  return date ? { date, range: rangeOn(l.line, l.start, l.start + l.text.length) } : null;
}

function letterDateField(fields: readonly HeaderField[]): CoverPage['letterDate'] {
  const f = fields.find((x) => /^(?:Date|Letter Date|Date of (?:Letter|Notice))$/i.test(x.label));
  if (!f) return null;
  DATE_RE.lastIndex = 0;
  const m = DATE_RE.exec(f.value);
  DATE_RE.lastIndex = 0;
  const date = m && m.index === 0 && m[0].length === f.value.length ? isoFromMatch(m) : null;
  return date ? { date, range: f.valueRange } : null;
}

/** Where the treatments' list stops: a blank line, a field, `Dear`, the determination, a date line. */
function endsList(l: Line): boolean {
  return l.kind === 'blank' || (l.kind === 'content' && (DEAR.test(l.text) || DETERMINATION.test(l.text) || SENTENCE.test(l.text) ||
    fieldsOn(l).length > 0 || dateLine(l) !== null));
}

function treatmentsAfter(lines: readonly Line[], at: number, end: number, consumed: Set<number>): TextSpan[] {
  const l = lines[at];
  const head = TREATMENTS.exec(l.text);
  if (!head) return [];
  consumed.add(at);
  const spans: TextSpan[] = [];
  // On the label's line: the rest, several treatments separated by semicolons.
  let offset = head[0].length;
  for (const part of l.text.slice(offset).split(';')) {
    const t = part.trim();
    if (t) {
      const from = offset + part.indexOf(t);
      spans.push({ text: t, range: rangeOn(l.line, l.start + from, l.start + from + t.length) });
    }
    offset += part.length + 1;
  }
  // Below it: one treatment a line; a line starting in lower case continues the one before.
  for (let i = at + 1; i < end; i++) {
    const n = lines[i];
    if (n.kind === 'skip') continue;
    if (endsList(n)) break;
    consumed.add(i);
    const last = spans[spans.length - 1];
    if (last && /^[a-z]/.test(n.text) && last.range.end.line < n.line) {
      spans[spans.length - 1] = { text: `${last.text} ${n.text}`, range: { start: last.range.start, end: { line: n.line, character: n.start + n.text.length } } };
    } else {
      spans.push({ text: n.text, range: rangeOn(n.line, n.start, n.start + n.text.length) });
    }
  }
  return spans;
}

function determinationSentence(lines: readonly Line[], end: number): CoverPage['determinationSentence'] {
  const joined = JoinedText.fromLines(lines.slice(0, end));
  const m = SENTENCE.exec(joined.text);
  if (!m) return null;
  const stop = joined.text.indexOf('.', m.index + m[0].length);
  const to = stop < 0 ? joined.text.length : stop + 1;
  const scope = m[1].toLowerCase() as 'all' | 'none' | 'some';
  return { text: joined.text.slice(m.index, to), range: joined.rangeOf(m.index, to), scope };
}

/**
 * The cover page before line `end` (the determination's first section), or null when that text
 * has none of a cover page's own parts (`Dear`, the overall determination, the treatments in
 * dispute): a bare `Label: value` header alone stays the letter's header.
 */
export function parseCover(lines: readonly Line[], end: number): CoverPage | null {
  const content = (i: number) => lines[i].kind === 'content';
  let evidence = false;
  let first = -1;
  for (let i = 0; i < end; i++) {
    if (!content(i)) continue;
    if (first < 0) first = i;
    const t = lines[i].text;
    if (DEAR.test(t) || DETERMINATION.test(t) || TREATMENTS.test(t)) evidence = true;
  }
  if (!evidence || first < 0) return null;

  const consumed = new Set<number>();
  let treatmentsInDispute: TextSpan[] = [];
  let determination: CoverPage['determination'] = null;
  let letterDate: CoverPage['letterDate'] = null;
  const fields: HeaderField[] = [];
  for (let i = first; i < end; i++) {
    if (!content(i) || consumed.has(i)) continue;
    const l = lines[i];
    if (TREATMENTS.test(l.text)) {
      if (treatmentsInDispute.length === 0) treatmentsInDispute = treatmentsAfter(lines, i, end, consumed);
      continue;
    }
    const d: RegExpExecArray | null = determination ? null : DETERMINATION.exec(l.text);
    if (d) {
      const at: number = l.start + d.index + d[0].length - d[1].length;
      const word = d[1].toUpperCase();
      const value: OverallDetermination = word.startsWith('UPH') ? 'UPHOLD' : 'OVERTURN';
      determination = { value, range: rangeOn(l.line, at, at + d[1].length) };
      continue;
    }
    if (!letterDate && !determination) {
      const date = dateLine(l);
      if (date) {
        letterDate = date;
        continue;
      }
    }
    // One at a time: a spread of a hostile line's thousands of fields would overflow the stack.
    if (!DEAR.test(l.text)) for (const f of fieldsOn(l)) fields.push(f);
  }
  // Without a line of its own, the letter's date may be a field: "Date: September 14, 2016".
  if (!letterDate) letterDate = letterDateField(fields);
  const injuryField = fields.find((f) => /^(?:date of injury|DOI)$/i.test(f.label));
  const injury = injuryField ? parseInjury(injuryField.value) : null;
  const last = lines[lastContentLine(lines, first, end)];
  return {
    range: { start: { line: lines[first].line, character: lines[first].start }, end: { line: last.line, character: last.start + last.text.length } },
    fields: exact(fields),
    injury: injury && injuryField ? { ...injury, range: injuryField.valueRange } : null,
    treatmentsInDispute: exact(treatmentsInDispute),
    determination,
    determinationSentence: determinationSentence(lines, end),
    letterDate,
  };
}
