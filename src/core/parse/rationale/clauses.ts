// The clause and the predicate that hold a cue, and the negators that reach it. A negator belongs to
// the predicate it stands in: in "is not recommended and is therefore not medically necessary" only
// the second "not" reaches the cue. All offsets are relative to the strings passed in.
import {
  AFFIRMING_MATRIX, ATTRIBUTION, CLAUSE_BREAK, COORDINATOR, MATRIX_END, NEGATED_EVIDENCE, NEGATIVE_VERB, NEW_SUBJECT, NOUN_NEGATOR, NOUN_PREDICATE,
  PREDICATE_WORD, SUBJECT, VERB_NEGATOR,
} from './cues';

interface Break {
  /** Where the break's text starts. */
  index: number;
  /** Where the clause after it starts. */
  end: number;
  comma: boolean;
}

/** The last clause break in `before` (a comma, a semicolon, "although" ...), or null. */
function lastBreak(before: string): Break | null {
  CLAUSE_BREAK.lastIndex = 0;
  let found: Break | null = null;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(before))) found = { index: m.index, end: m.index + m[0].length, comma: m[0][0] === ',' };
  return found;
}

/** Where the clause holding the end of `before` starts. */
function clauseStart(before: string): number {
  return lastBreak(before)?.end ?? 0;
}

/**
 * Where the cue's predicate starts in its clause: after the last coordinator that has a verb or
 * negator of its own before the cue. Such a coordinator is the last one before the clause's last
 * predicate word, so two passes find it.
 */
function predicateStart(clause: string): { at: number; coordinator: string | null } {
  PREDICATE_WORD.lastIndex = 0;
  let lastWord = -1;
  let m: RegExpExecArray | null;
  while ((m = PREDICATE_WORD.exec(clause))) lastWord = m.index;
  if (lastWord < 0) return { at: 0, coordinator: null };
  COORDINATOR.lastIndex = 0;
  let at = 0;
  let coordinator: string | null = null;
  while ((m = COORDINATOR.exec(clause)) && m.index < lastWord) {
    at = m.index + m[0].length;
    coordinator = m[0].toLowerCase();
  }
  return { at, coordinator };
}

/** Matches of the patterns in `s`, in text order, appended to `into`. */
function addMatches(into: string[], s: string, res: readonly RegExp[]): void {
  const found: [number, string][] = [];
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) found.push([m.index, m[0].toLowerCase().replace(/\s+/g, ' ')]);
  }
  found.sort((a, b) => a[0] - b[0]);
  // A loop, not push(...): a sentence of 150,000 "not"s overflowed the stack with a spread.
  for (const [, w] of found) into.push(w);
}

/**
 * "not X nor Y" and "neither X nor Y" negate once: a "nor" after another negator continues it. A
 * clause-initial "nor" ("..., nor is it medically necessary") is the clause's own negator.
 */
function collapseNor(found: string[]): string[] {
  const out: string[] = [];
  for (const w of found) if (w !== 'nor' || out.length === 0) out.push(w);
  return out;
}

// The negator of a main clause must stand close to its "that" ("it cannot be said that"): farther
// back it belongs to another predicate.
const MATRIX_WINDOW = 48;

/** Negators of a main clause that embeds the cue's clause: "I do not disagree that" has two. */
function matrixNegators(matrix: string): string[] {
  if (!MATRIX_END.test(matrix)) return [];
  const own = matrix.slice(predicateStart(matrix).at);
  const from = own.length > MATRIX_WINDOW ? own.indexOf(' ', own.length - MATRIX_WINDOW) : 0;
  const window = own.slice(Math.max(0, from));
  const found: string[] = [];
  const evidence = NEGATED_EVIDENCE.exec(window);
  if (evidence) found.push(evidence[0].split(/\s/)[0].toLowerCase());
  addMatches(found, window.replace(AFFIRMING_MATRIX, ' '), [VERB_NEGATOR, NEGATIVE_VERB]);
  return found;
}

/**
 * Negators reaching a verb cue ("medically necessary"): those of its predicate from the clause's
 * subject on, plus those of a main clause that embeds it ("it cannot be said that ...").
 * `negativeWord` is the negation inside a negative cue ("unnecessary").
 */
export function verbNegators(before: string, cue: string, negativeWord: string | null): string[] {
  const clause = before.slice(clauseStart(before));
  const { at, coordinator } = predicateStart(clause);
  const predicate = clause.slice(at);
  SUBJECT.lastIndex = 0;
  let subjectAt = 0;
  let m: RegExpExecArray | null;
  while ((m = SUBJECT.exec(predicate))) subjectAt = m.index;
  const found = coordinator === 'nor' ? ['nor'] : [];
  for (const w of matrixNegators(predicate.slice(0, subjectAt))) found.push(w);
  addMatches(found, predicate.slice(subjectAt) + ' ' + cue, [VERB_NEGATOR]);
  if (negativeWord) found.push(negativeWord.toLowerCase());
  return collapseNor(found);
}

/** Negators reaching a noun cue ("medical necessity"): in its predicate before it, or a predicate after it. */
export function nounNegators(before: string, after: string): string[] {
  const clause = before.slice(clauseStart(before));
  const { at, coordinator } = predicateStart(clause);
  const found = coordinator === 'nor' ? ['nor'] : [];
  addMatches(found, clause.slice(at), [VERB_NEGATOR, NOUN_NEGATOR]);
  const predicate = NOUN_PREDICATE.exec(after);
  if (predicate) addMatches(found, predicate[1], [VERB_NEGATOR]);
  return collapseNor(found);
}

/** Where a clause with a subject of its own starts after a coordinator in `s` (the last one), or -1. */
function lastCoordinatedClause(s: string): number {
  COORDINATOR.lastIndex = 0;
  let at = -1;
  let m: RegExpExecArray | null;
  while ((m = COORDINATOR.exec(s))) {
    NEW_SUBJECT.lastIndex = m.index + m[0].length;
    if (NEW_SUBJECT.test(s)) at = m.index + m[0].length;
  }
  return at;
}

/** The first coordinated clause with its own subject in `s`, or -1. */
function firstCoordinatedClause(s: string): number {
  COORDINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COORDINATOR.exec(s))) {
    NEW_SUBJECT.lastIndex = m.index + m[0].length;
    if (NEW_SUBJECT.test(s)) return m.index;
  }
  return -1;
}

/**
 * [start, end) of the clause holding a cue in a sentence, with its subject: the unit that may report
 * an earlier review ("Although the UR found it not medically necessary, the request is medically
 * necessary": only the first clause reports). A verbless attribution beside it ("Per the prior UR
 * decision, ...") belongs to it.
 */
export function cueClause(sentence: string, cueStart: number, cueEnd: number): [number, number] {
  const before = sentence.slice(0, cueStart);
  const br = lastBreak(before);
  let start = br?.end ?? 0;
  const coordinated = lastCoordinatedClause(before.slice(start));
  if (coordinated >= 0) start += coordinated;
  else if (br && br.comma) {
    const segmentStart = clauseStart(before.slice(0, br.index));
    if (ATTRIBUTION.test(before.slice(segmentStart, br.index))) start = segmentStart;
  }

  const after = sentence.slice(cueEnd);
  CLAUSE_BREAK.lastIndex = 0;
  const next = CLAUSE_BREAK.exec(after);
  let end = next ? next.index : after.length;
  const coordinatedAfter = firstCoordinatedClause(after.slice(0, end));
  if (coordinatedAfter >= 0) end = coordinatedAfter;
  else if (next && next[0][0] === ',') {
    const rest = after.slice(next.index + next[0].length);
    CLAUSE_BREAK.lastIndex = 0;
    const following = CLAUSE_BREAK.exec(rest);
    const segment = following ? rest.slice(0, following.index) : rest;
    if (ATTRIBUTION.test(segment)) end = next.index + next[0].length + segment.length;
  }
  return [start, cueEnd + end];
}
