// The optional `Label: value` block before the first section (Case Number:, Date Assigned: ...).
import type { HeaderField } from '../../model';
import type { Line } from '../structure/lines';
import { exact } from '../../text/compact';

// A short label starting with a capital, without sentence punctuation, then a colon. The spaces
// before the value are taken whole (`(?=(\s+))\1`, an atomic `\s+`): when the value cannot run to the
// end (it holds a U+2028, which `.` does not match), giving them back one by one rescanned the value
// each time (quadratic); a shorter run of spaces cannot help the value match.
const FIELD = /^([A-Z][A-Za-z0-9 ()/'&#.-]{0,48}?[A-Za-z0-9)#.])\s*:(?:(?=(\s+))\2(.*))?$/;

export function parseHeader(lines: readonly Line[], end: number): HeaderField[] {
  const fields: HeaderField[] = [];
  for (let i = 0; i < end; i++) {
    const l = lines[i];
    if (l.kind !== 'content') continue;
    const m = FIELD.exec(l.text);
    if (!m) continue;
    const label = m[1].trim();
    // Prose that happens to contain a colon has many words before it; labels have a few.
    if (label.split(' ').length > 7) continue;
    const value = (m[3] ?? '').trim();
    const labelStart = l.start;
    const valueStart = value ? l.start + l.text.lastIndexOf(value) : l.start + l.text.length;
    const line = l.line;
    const labelRange = { start: { line, character: labelStart }, end: { line, character: labelStart + label.length } };
    const valueRange = { start: { line, character: valueStart }, end: { line, character: valueStart + value.length } };
    // The field's range shares the positions it has in common with its label and value.
    const end = valueRange.end.character === l.start + l.text.length ? valueRange.end : { line, character: l.start + l.text.length };
    fields.push({ label, value, range: { start: labelRange.start, end }, labelRange, valueRange });
  }
  return exact(fields);
}
