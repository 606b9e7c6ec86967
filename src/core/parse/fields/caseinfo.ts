// The worker (age, sex, date of injury) and the dates the clinical summary mentions, best effort.
import type { CaseDate, CaseInfo, DateKind, Range } from '../../model';
import { DATE_RE, isoFromMatch } from './dates';
import { detach, exact } from '../../text/compact';
import type { JoinedText } from '../structure/joined';

const AGE = /\b(\d{1,3})[- ]years?[- ]old\b/i;
const SEX = /\b(male|female|man|woman|gentleman|lady)\b/i;

// What a date dates, told by the nearest keyword before it in the same sentence.
const KIND_CUES: readonly [DateKind, RegExp][] = [
  ['injury', /\b(?:injur(?:ed|y|ies)(?! (?:worker|employee))|date of injury|DOI|accident)\b/gi],
  ['progress-note', /\b(?:progress (?:note|report)s?|office (?:visit|note)s?|(?:re-?)?evaluation|examination|(?:follow-up |clinic )?visit|PR-2|(?:note|report) (?:dated|of)|(?:medical|clinical|physician'?s?|treating) (?:report|note))\b/gi],
  ['ur-decision', /\b(?:UR|utilization review|not certified|non-?certified|non-?certification|denied|denial|modified|pre-authorization process)\b/gi],
  ['request', /\b(?:request(?:ed)?|RFA|request for authorization)\b/gi],
  ['treatment', /\b(?:since|underwent|undergone|received|surgery|injection|treatment|therapy|fusion)\b/gi],
];

// "dated  the following": a date was expected and the slot is empty.
const EMPTY_SLOT = /\bdated(?=\s)(?!\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))(\s+)(?=[a-z(]|$)/g;
// "dated , 2014": the month and day were left out, only the year is there. Kept to "dated": "on,
// 2014" also reads as "reported on, 2014", which is prose.
const YEAR_ONLY_SLOT = /\bdated(\s*),(?=\s*(?:19|20)\d{2}\b)/g;

/**
 * text.lastIndexOf('. ', at), searched only in the 121 characters the caller can use (it takes at
 * most 120 characters before a date): an unbounded search per date was quadratic in a summary
 * with many dates and few sentence ends.
 */
function lastSentenceEnd(text: string, at: number): number {
  const from = Math.max(0, at - 121);
  const found = text.slice(from, at + 2).lastIndexOf('. ', at - from);
  return found < 0 ? -1 : from + found;
}

/** A UR decision named anywhere before the date outweighs a nearer treatment or request word ("UR denied therapy on X"). */
const UR_WINS_OVER: ReadonlySet<DateKind> = new Set(['treatment', 'request']);

function kindOf(before: string): DateKind {
  let best: DateKind = 'other';
  let bestAt = -1;
  for (const [kind, re] of KIND_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before))) {
      if (m.index >= bestAt) {
        bestAt = m.index;
        best = kind;
      }
    }
  }
  if (UR_WINS_OVER.has(best)) {
    const ur = KIND_CUES.find(([k]) => k === 'ur-decision')![1];
    ur.lastIndex = 0;
    if (ur.test(before)) best = 'ur-decision';
    ur.lastIndex = 0;
  }
  return best;
}

export function parseCase(summary: JoinedText | null, headerInjuryDate: string | null): CaseInfo {
  const info: CaseInfo = { age: null, sex: null, dateOfInjury: headerInjuryDate, dates: [], emptyDateSlots: [] };
  if (!summary) return info;
  const text = summary.text;
  const age = AGE.exec(text);
  if (age) {
    info.age = Number(age[1]);
    const sex = SEX.exec(text.slice(age.index, age.index + 80));
    if (sex) info.sex = /^(?:male|man|gentleman)$/i.test(sex[1]) ? 'male' : 'female';
  }
  if (!info.sex) {
    const sex = SEX.exec(text);
    if (sex) info.sex = /^(?:male|man|gentleman)$/i.test(sex[1]) ? 'male' : 'female';
  }
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text))) {
    const iso = isoFromMatch(m);
    if (!iso) continue;
    const sentenceStart = Math.max(lastSentenceEnd(text, m.index) + 1, m.index - 120, 0);
    const kind = kindOf(text.slice(sentenceStart, m.index));
    const range: Range = summary.rangeOf(m.index, m.index + m[0].length);
    // Detached: the summary's joined text is not kept by the model.
    info.dates.push({ date: iso, text: detach(m[0]), kind, range } satisfies CaseDate);
  }
  DATE_RE.lastIndex = 0;
  if (!info.dateOfInjury) info.dateOfInjury = info.dates.find((d) => d.kind === 'injury')?.date ?? null;
  EMPTY_SLOT.lastIndex = 0;
  while ((m = EMPTY_SLOT.exec(text))) {
    const gapStart = m.index + 'dated'.length;
    info.emptyDateSlots.push(summary.rangeOf(m.index, gapStart + m[1].length));
  }
  YEAR_ONLY_SLOT.lastIndex = 0;
  while ((m = YEAR_ONLY_SLOT.exec(text))) info.emptyDateSlots.push(summary.rangeOf(m.index, m.index + m[0].length));
  info.dates = exact(info.dates);
  info.emptyDateSlots = exact(info.emptyDateSlots);
  return info;
}
