// Reads the professional-review layout's "MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY
// PROFESSIONAL REVIEWER AND WHY" section, which is prose, not a list: sentences that name
// guidelines ("The reviewer relied on the MTUS Postsurgical Treatment Guidelines, Shoulder, ...")
// and say why ("... because they set out the visits after shoulder surgery"). Only the naming part
// of a sentence is read as a guideline list: the why would otherwise give topics ("surgery") that
// the guideline does not have. Pages, regulations and the MTUS basis are read from the whole text.
import type { Citation } from '../../model';
import { exact, detach } from '../../text/compact';
import { collapseSpaces } from '../../text/spaces';
import { blankNotBasedStatements } from '../../text/guidelineBasis';
import { splitSentences } from '../../text/sentences';
import { citationSources, citationTopics, parseCitation } from './citation';

// A guideline's name: a known source, or a proper-noun phrase ending in "Guideline(s)" ("Postsurgical
// Treatment Guidelines", "Official Disability Guidelines"). Words of a phrase start at a word's
// start (the look-behind) and are at most eight, so a run of capitals is not rescanned from inside.
const CAPITALISED = String.raw`(?<![\w&'’-])(?!(?:The|These|This|Those|Such|Both|All|Its|Their|Same|Above|Said|Cited|Applicable|Relevant)\b)[A-Z][\w&'’-]*`;
const NAME = new RegExp(
  [
    String.raw`\b(?:CA |California )?MTUS\b`,
    String.raw`\bMedical Treatment Utilization Schedule\b`,
    String.raw`\bACOEM\b`,
    String.raw`\bODG\b`,
    String.raw`\bAmerican College of Occupational and Environmental Medicine\b`,
    String.raw`(?:${CAPITALISED} (?:(?:of|and|for|on|in|the|&) ){0,2}){1,8}Guidelines?\b`,
    String.raw`\b(?:FDA|UpToDate|Medscape|Medline ?Plus|AMA Guides)\b`,
  ].join('|'),
);

// "..., which is part of the MTUS" and "did not base ... on the MTUS" state the basis (read from
// the whole text), not why, and name no guideline relied on.
const BASIS_CLAUSE = /,? (?:which|that) (?:is|are|was|were) (?:not )?(?:a )?part of (?:the )?(?:CA |California )?MTUS\b/g;

// Where the why begins, after the first name of a sentence: a subordinate clause ("because",
// "since", ", as", "which", "that"), a pronoun or a party as subject ("..., and they set out",
// "the reviewer found"), a participle clause (", stating that"), or the predicate of the sentence
// whose subject the name is: an auxiliary ("The ODG was used"), or a verb of saying or covering
// right after a guideline's name or head noun ("the Shoulder chapter recommends"). Lower case
// only: a topic is a name, often capitalised.
const SUBJECT_HEAD = String.raw`(?<=(?:\b(?:chapter|section|guidelines?|Guidelines?|schedule|MTUS|ODG|ACOEM|[Ee]dition)|\)|\d) )`;
const WHY = new RegExp(
  [
    String.raw`\b(?:because|since|so that|in order to|given that|due to|whereas|while|although|though|which|that|who|whose)\b`,
    String.raw`, as\b`,
    String.raw`\bas (?:it|they|this|these|those|that|the|both|he|she)\b`,
    String.raw`\b(?:it|they|these|this|he|she|we|its|their|reviewer|claimant|employee|injured worker)\b`,
    String.raw`, [a-z]+ing (?:that|the|a|an|how|when|whether|which|to|for)\b`,
    String.raw`\b(?:is|are|was|were|be|been|being|has|have|had|does|do|did|can|could|may|might|will|would|should|must|shall)\b`,
    String.raw`${SUBJECT_HEAD}(?:address|recommend|support|state|set|describe|discuss|indicate|provide|cover|appl|govern|allow|limit|note|say|specif|outline|define|establish|require|suggest|consider|endorse|advise|contain|explain|permit|pertain|relate|deal|speak)[a-z]*\b`,
  ].join('|'),
);

// A topic named before its guideline: "the Physical Medicine section of the MTUS ...".
const PART_OF = /\b(?:section|chapter|portion|part)s? (?:of|in|from) (?:the )?$/;
const FUNCTION_WORD = /^(?:a|an|the|and|or|of|in|on|upon|from|by|with|to|for|at|as|that|which|this|these|its|their|his|her|his\/her|also|both|then|under|per|[a-z]+ed)$/;

/** Words before "section of" back to the first function word: "Physical Medicine section". */
function topicBefore(lead: string): string {
  const part = PART_OF.exec(lead);
  if (!part) return '';
  const words = lead.slice(0, part.index).trimEnd().split(' ');
  let i = words.length;
  while (i > 0 && words.length - i < 6 && words[i - 1] !== '' && !FUNCTION_WORD.test(words[i - 1].toLowerCase())) i--;
  return i < words.length ? `${words.slice(i).join(' ')} ${part[0].split(' ')[0]}` : '';
}

// "pgs. 98-99" and "2nd Ed." end no sentence.
const OPEN_ABBREVIATION = /\b(?:pgs?|Ed|ed|Chap|ch|Vol|Sec)\.$/;

/** The naming part of each sentence that names a guideline, the why left out. */
export function namingParts(text: string): string[] {
  const flat = blankNotBasedStatements(collapseSpaces(text).replace(BASIS_CLAUSE, ','));
  const parts: string[] = [];
  const read = (sentence: string): void => {
    for (const clause of sentence.split(';')) {
      const name = NAME.exec(clause);
      if (!name) continue;
      const after = clause.slice(name.index);
      const why = WHY.exec(after);
      parts.push(`${topicBefore(clause.slice(0, name.index))}, ${why ? after.slice(0, why.index) : after}`);
    }
  };
  // A sentence that ends in "pgs." runs on: its start is kept, and only the new piece is tested.
  let start = -1;
  for (const s of splitSentences(flat)) {
    if (start < 0) start = s.start;
    if (OPEN_ABBREVIATION.test(s.text)) continue;
    read(flat.slice(start, s.end));
    start = -1;
  }
  if (start >= 0) read(flat.slice(start));
  return parts;
}

// The MTUS's own guidelines, named without "MTUS" ("the Postsurgical Treatment Guidelines").
const MTUS_GUIDELINES = /\b(?:Post-?surgical|Acupuncture Medical|Chronic Pain Medical) Treatment Guidelines\b/i;

export function parseGuidelineProse(text: string): Citation {
  const whole = parseCitation(text);
  const parts = namingParts(text);
  if (parts.length === 0) return { ...whole, topics: [] };
  const named = parts.join('; ');
  const topics = citationTopics(named).filter((t) => !t.split(' ').every((w) => FUNCTION_WORD.test(w.toLowerCase())));
  const sources = citationSources(named);
  if (!sources.includes('MTUS') && MTUS_GUIDELINES.test(named)) sources.unshift('MTUS');
  return {
    ...whole,
    sources: exact(sources.length ? sources : whole.sources),
    topics: exact(topics.map(detach)),
  };
}
