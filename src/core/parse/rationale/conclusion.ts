// Finds what a rationale concludes about its request: the concluding sentence, the cue phrase that
// decided it, and how negation applied (clauses.ts). Quoted guideline text, clauses reporting an
// earlier review's decision and purpose clauses ("to establish medical necessity") are read but not
// taken as the conclusion.
import type { Conclusion, ConsideredSentence, Necessity, Rationale } from '../../model';
import { detach, exact } from '../../text/compact';
import { insideSpans, type Sentence, type SentenceMemo, type Span } from '../../text/sentences';
import { JoinedText } from '../structure/joined';
import { cueClause, nounNegators, verbNegators } from './clauses';
import { ABOUT_REQUEST, CONCLUSION_OPENER, MEDIUM_CUE, NEGATIVE_CUE_WORD, PRIOR_REVIEW, PURPOSE, STRONG_CUES, VERDICT_PREDICATE } from './cues';

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
  /** Another clause of the sentence reports an earlier review and was set aside. */
  priorSetAside: boolean;
}

const MAX_CONSIDERED = 12;
// Cues of one sentence tried from its last when the later ones sit in a clause reporting an earlier
// review: a few, so a sentence of thousands of cues stays linear.
const MAX_CUES_TRIED = 3;

/** `sentenceMemo` splits the rationale once for this and the rules (IMR008, IMR014). */
export function findConclusion(block: Rationale | null, sentenceMemo: SentenceMemo): Conclusion {
  if (!block || block.text.length === 0) return none('There is no rationale to read.', []);
  // The model's text and offset map: ranges come out as the parse's own JoinedText would give them.
  const rationale = new JoinedText(block.text, block.segments);
  const text = rationale.text;
  const quotes = sentenceMemo.quotes(block);
  const readings: Reading[] = [];
  const sentences = sentenceMemo.sentences(block);
  const strong = strongCues(text, quotes);
  let c = 0;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    // The strong cue that decides a sentence is its last one (the main clause usually comes last);
    // the two before it stand by in case its clause reports an earlier review.
    const own: Cue[] = [];
    while (c < strong.length && strong[c].start < s.end) {
      if (strong[c].start >= s.start) {
        if (own.length === MAX_CUES_TRIED) own.shift();
        own.push(strong[c]);
      }
      c++;
    }
    // The rationale's last sentence is where a conclusion stands, marked or not.
    const r = readSentence(text, s, quotes, k === sentences.length - 1, own);
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
  return toConclusion(rationale, pick, considered(pick), opposite);
}

interface Cue {
  start: number;
  end: number;
  strong: boolean;
  noun: boolean;
  negative: boolean;
}

/** Strong cues outside quotes over the whole rationale, in order: one regex pass each, not one per sentence. */
function strongCues(text: string, quotes: readonly Span[]): Cue[] {
  const out: Cue[] = [];
  for (const { re, noun, negative } of STRONG_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (!insideSpans(quotes, m.index)) out.push({ start: m.index, end: m.index + m[0].length, strong: true, noun, negative });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const PRIOR_REVIEW_REASON = 'reports an earlier review, not this reviewer’s conclusion';

/** Reads a sentence from its strong cues (`strong`: its last few, in order), or from a medium cue when it is marked. */
function readSentence(text: string, s: Sentence, quotes: readonly Span[], isLast: boolean, strong: readonly Cue[]): Reading | null {
  const marked = (isLast && VERDICT_PREDICATE.test(s.text)) || CONCLUSION_OPENER.test(s.text) || ABOUT_REQUEST.test(s.text);
  let candidates: readonly Cue[] = strong;
  // Medium cues ("recommended", "supported") only count in a concluding sentence: skip the others unread.
  if (candidates.length === 0 && marked) {
    MEDIUM_CUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let best: Cue | null = null;
    while ((m = MEDIUM_CUE.exec(s.text))) {
      const start = s.start + m.index;
      if (insideSpans(quotes, start)) continue;
      best = { start, end: start + m[0].length, strong: false, noun: false, negative: false };
    }
    if (best) candidates = [best];
  }
  if (candidates.length === 0) return null;

  // The last cue decides unless its clause reports an earlier review; then an earlier cue of the
  // sentence, in a clause of this reviewer's own, may.
  let first: Reading | null = null;
  // Most sentences mention no earlier review: one test of the sentence spares finding the clause.
  const mentionsPrior = PRIOR_REVIEW.test(s.text);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const r = readCue(text, s, quotes, marked, mentionsPrior, candidates[i]);
    if (r.excluded !== PRIOR_REVIEW_REASON) {
      if (first && r.excluded === null) r.priorSetAside = true;
      return first && r.excluded !== null ? first : r;
    }
    first ??= r;
  }
  return first;
}

function readCue(text: string, s: Sentence, quotes: readonly Span[], marked: boolean, mentionsPrior: boolean, cue: Cue): Reading {
  const before = text.slice(s.start, cue.start);
  const phrase = text.slice(cue.start, cue.end);
  const negativeWord = cue.negative ? (NEGATIVE_CUE_WORD.exec(phrase)?.[0] ?? null) : null;
  const negators = cue.noun ? nounNegators(before, text.slice(cue.end, s.end)) : verbNegators(before, phrase, negativeWord);
  const necessity: Necessity = negators.length % 2 === 1 ? 'not-necessary' : 'necessary';

  // Only the clause holding the cue can report an earlier review: "Although the UR found it not
  // medically necessary, the request is medically necessary" concludes in its second clause.
  const [clauseStart, clauseEnd] = mentionsPrior ? cueClause(s.text, cue.start - s.start, cue.end - s.start) : [0, s.text.length];
  let excluded: string | null = null;
  if (insideSpans(quotes, s.start) && insideSpans(quotes, Math.max(s.start, s.end - 2))) excluded = 'quoted guideline text';
  else if (mentionsPrior && PRIOR_REVIEW.test(s.text.slice(clauseStart, clauseEnd))) excluded = PRIOR_REVIEW_REASON;
  else if (negators.length === 0 && PURPOSE.test(before)) excluded = `states a purpose ("${before.match(PURPOSE)?.[0].trim()} ${phrase}"), not a finding`;
  const priorSetAside = excluded === null && mentionsPrior;
  return { sentence: s, cueStart: cue.start, cueEnd: cue.end, cue: phrase, strong: cue.strong, marked, negators, necessity, excluded, priorSetAside };
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

function describeNegation(negators: readonly string[]): string {
  if (negators.length === 0) return 'not negated';
  // A negative cue's own word ("unnecessary") is recorded as its negator: say where it stands.
  const list = negators.map((n) => (NEGATIVE_CUE_WORD.test(n) ? `the cue itself ("${n}")` : `"${n}"`)).join(' and ');
  return negators.length % 2 === 0 ? `negated by ${list}, which cancel out` : `negated by ${list}`;
}

/** The conclusion read from `r`; `opposite`, a marked sentence concluding the other way, makes it unclear. */
function toConclusion(rationale: JoinedText, r: Reading, considered: ConsideredSentence[], opposite?: Reading): Conclusion {
  const why = r.marked ? 'the concluding sentence' : r.strong ? 'the last sentence that states necessity' : 'the concluding sentence';
  const setAside = r.priorSetAside ? ' (its clause reporting an earlier review set aside)' : '';
  const explanation = opposite
    ? `Conflicting conclusions: "${opposite.cue}" reads as ${label(opposite.necessity)} but the last concluding sentence reads as ${label(r.necessity)}.`
    : `Read from ${why}${setAside}: cue "${r.cue}", ${describeNegation(r.negators)}, so ${label(r.necessity)}.`;
  return {
    necessity: opposite ? 'unclear' : r.necessity,
    text: r.sentence.text,
    cue: r.cue,
    range: rationale.rangeOf(r.sentence.start, r.sentence.end),
    cueRange: rationale.rangeOf(r.cueStart, r.cueEnd),
    negators: exact(r.negators),
    // A flat string: the template's pieces would otherwise be kept as a tree of parts.
    explanation: detach(explanation),
    considered: exact(considered),
  };
}

function none(explanation: string, considered: ConsideredSentence[]): Conclusion {
  return { necessity: 'unclear', text: '', cue: '', range: null, cueRange: null, negators: [], explanation: detach(explanation), considered: exact(considered) };
}
