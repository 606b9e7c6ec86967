// Finds what a rationale concludes about its request: the concluding sentence, the cue phrase that
// decided it, and how negation applied. Quoted guideline text, earlier reviews' decisions and
// purpose clauses ("to establish medical necessity") are read but not taken as the conclusion.
import type { Conclusion, ConsideredSentence, Necessity } from '../model';
import type { JoinedText } from './joined';
import {
  ABOUT_REQUEST, CLAUSE_BREAK, CONCLUSION_OPENER, MEDIUM_CUE, NEGATED_MATRIX, NOUN_NEGATOR, NOUN_PREDICATE,
  PRIOR_REVIEW, PURPOSE, STRONG_CUES, SUBJECT, VERB_NEGATOR, VERDICT_PREDICATE,
} from './cues';
import { insideSpans, quotedSpans, splitSentences, type Sentence } from './sentences';

interface Reading {
  sentence: Sentence;
  cueStart: number;
  cueEnd: number;
  cue: string;
  strong: boolean;
  marked: boolean;
  negators: string[];
  necessity: Necessity;
  /** Why this sentence cannot be the conclusion, or null when it can. */
  excluded: string | null;
}

const MAX_CONSIDERED = 12;

export function findConclusion(rationale: JoinedText | null): Conclusion {
  if (!rationale || rationale.isEmpty) return none('There is no rationale to read.', []);
  const text = rationale.text;
  const quotes = quotedSpans(text);
  const readings: Reading[] = [];
  const sentences = splitSentences(text);
  const strong = strongCues(text, quotes);
  let c = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // The strong cue that decides a sentence is its last one (the main clause usually comes last).
    let best: Cue | null = null;
    while (c < strong.length && strong[c].start < s.end) {
      if (strong[c].start >= s.start) best = strong[c];
      c++;
    }
    // The rationale's last sentence is where a conclusion stands, marked or not.
    const r = readSentence(text, s, quotes, k === sentences.length - 1, best);
    if (r) readings.push(r);
  }
  const usable = readings.filter((r) => r.excluded === null);
  const markedStrong = usable.filter((r) => r.strong && r.marked);
  const pick =
    last(markedStrong) ?? last(usable.filter((r) => r.strong)) ?? last(usable.filter((r) => !r.strong && r.marked));

  const considered = (chosen: Reading | undefined): ConsideredSentence[] =>
    readings
      .filter((r) => r !== chosen)
      .slice(-MAX_CONSIDERED)
      .map((r) => ({
        text: r.sentence.text,
        range: rationale.rangeOf(r.sentence.start, r.sentence.end),
        necessity: r.necessity,
        reason: r.excluded ?? reasonNotChosen(r, chosen),
      }));

  if (!pick) return none('No sentence states whether the request is medically necessary.', considered(undefined));

  const opposite = markedStrong.find((r) => r.necessity !== pick.necessity);
  if (opposite) {
    const c = toConclusion(rationale, pick, considered(pick));
    c.necessity = 'unclear';
    c.explanation = `Conflicting conclusions: "${opposite.cue}" reads as ${label(opposite.necessity)} but the last concluding sentence reads as ${label(pick.necessity)}.`;
    return c;
  }
  return toConclusion(rationale, pick, considered(pick));
}

interface Cue {
  start: number;
  end: number;
  strong: boolean;
  noun: boolean;
}

/** Strong cues outside quotes over the whole rationale, in order: one regex pass each, not one per sentence. */
function strongCues(text: string, quotes: readonly [number, number][]): Cue[] {
  const out: Cue[] = [];
  for (const { re, noun } of STRONG_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (!insideSpans(quotes, m.index)) out.push({ start: m.index, end: m.index + m[0].length, strong: true, noun });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function readSentence(text: string, s: Sentence, quotes: readonly [number, number][], isLast: boolean, strong: Cue | null): Reading | null {
  let best: Cue | null = strong;
  const marked = (isLast && VERDICT_PREDICATE.test(s.text)) || CONCLUSION_OPENER.test(s.text) || ABOUT_REQUEST.test(s.text);
  // Medium cues ("recommended", "supported") only count in a concluding sentence: skip the others unread.
  if (!best && marked) {
    MEDIUM_CUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MEDIUM_CUE.exec(s.text))) {
      const start = s.start + m.index;
      if (insideSpans(quotes, start)) continue;
      best = { start, end: start + m[0].length, strong: false, noun: false };
    }
  }
  if (!best) return null;

  const before = text.slice(s.start, best.start);
  const cue = text.slice(best.start, best.end);
  const negators = best.noun ? nounNegators(before, text.slice(best.end, s.end)) : verbNegators(before, cue);
  const necessity: Necessity = negators.length % 2 === 1 ? 'not-necessary' : 'necessary';

  let excluded: string | null = null;
  if (insideSpans(quotes, s.start) && insideSpans(quotes, Math.max(s.start, s.end - 2))) excluded = 'quoted guideline text';
  else if (PRIOR_REVIEW.test(s.text)) excluded = 'reports an earlier review, not this reviewer’s conclusion';
  else if (negators.length === 0 && PURPOSE.test(before)) excluded = `states a purpose ("${before.match(PURPOSE)?.[0].trim()} ${cue}"), not a finding`;
  return { sentence: s, cueStart: best.start, cueEnd: best.end, cue, strong: best.strong, marked, negators, necessity, excluded };
}

/** Clause scope: from the last clause break before the cue. */
function clauseOf(before: string): string {
  CLAUSE_BREAK.lastIndex = 0;
  let cut = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) cut = m.index + m[0].length;
  return before.slice(cut);
}

function verbNegators(before: string, cue: string): string[] {
  const clause = clauseOf(before);
  // From the clause's subject on; a negated main clause around it ("it cannot be said that") adds one.
  SUBJECT.lastIndex = 0;
  let subjectAt = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT.exec(clause))) subjectAt = m.index;
  const scope = clause.slice(subjectAt) + ' ' + cue;
  const found = matches(VERB_NEGATOR, scope);
  if (NEGATED_MATRIX.test(clause.slice(0, subjectAt))) found.unshift(clause.slice(0, subjectAt).match(/\b(?:not|n't|cannot|never)\b/i)?.[0] ?? 'not');
  if (found.includes('neither') && found.includes('nor')) found.splice(found.indexOf('nor'), 1);
  return found;
}

function nounNegators(before: string, after: string): string[] {
  const clause = clauseOf(before);
  const found = [...matches(VERB_NEGATOR, clause), ...matches(NOUN_NEGATOR, clause)];
  const predicate = NOUN_PREDICATE.exec(after);
  if (predicate) found.push(...matches(VERB_NEGATOR, predicate[1]));
  return found;
}

function matches(re: RegExp, s: string): string[] {
  re.lastIndex = 0;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[0].toLowerCase().replace(/\s+/g, ' '));
  return out;
}

function last<T>(xs: readonly T[]): T | undefined {
  return xs.length > 0 ? xs[xs.length - 1] : undefined;
}

function label(n: Necessity): string {
  return n === 'necessary' ? 'medically necessary' : n === 'not-necessary' ? 'not medically necessary' : 'unclear';
}

function reasonNotChosen(r: Reading, chosen: Reading | undefined): string {
  if (!chosen) return r.strong ? 'not a conclusion' : 'general statement, not marked as the conclusion';
  if (r.sentence.start > chosen.sentence.start) return 'comes after the conclusion but is not marked as concluding';
  if (!r.strong && !r.marked) return 'general statement, not marked as the conclusion';
  return 'a later sentence concludes';
}

function toConclusion(rationale: JoinedText, r: Reading, considered: ConsideredSentence[]): Conclusion {
  const negation = r.negators.length === 0 ? 'not negated' : `negated by ${r.negators.map((n) => `"${n}"`).join(' and ')}`;
  const why = r.marked ? 'the concluding sentence' : r.strong ? 'the last sentence that states necessity' : 'the concluding sentence';
  return {
    necessity: r.necessity,
    text: r.sentence.text,
    cue: r.cue,
    range: rationale.rangeOf(r.sentence.start, r.sentence.end),
    cueRange: rationale.rangeOf(r.cueStart, r.cueEnd),
    negators: r.negators,
    explanation: `Read from ${why}: cue "${r.cue}", ${negation}, so ${label(r.necessity)}.`,
    considered,
  };
}

function none(explanation: string, considered: ConsideredSentence[]): Conclusion {
  return { necessity: 'unclear', text: '', cue: '', range: null, cueRange: null, negators: [], explanation, considered };
}
