// The vocabulary of conclusions: cue phrases that state necessity, negators, and the markers of a
// concluding sentence. Kept apart from the algorithm so reviewers of the wording need read only this.

/**
 * Strong cues name necessity itself. `noun` cues can be negated by a predicate after them;
 * `negative` cues carry their own negation ("medically unnecessary").
 */
export const STRONG_CUES: readonly { re: RegExp; noun: boolean; negative: boolean }[] = [
  {
    re: /\bmedically\s+(?:necessary|appropriate|reasonable|indicated|warranted|justified)(?:\s*(?:,|and\s*\/\s*or|and|or|nor|\/)\s*(?:medically\s+)?(?:appropriate|necessary|reasonable|indicated|warranted))*/gi,
    noun: false,
    negative: false,
  },
  {
    re: /\bmedically\s+(?:unnecessary|unreasonable|inappropriate|unwarranted|unjustified)(?:\s*(?:,|and\s*\/\s*or|and|or|\/)\s*(?:medically\s+)?(?:unnecessary|unreasonable|inappropriate|unwarranted|unjustified))*/gi,
    noun: false,
    negative: true,
  },
  { re: /\bmedical(?:ly)?\s+necessity\b/gi, noun: true, negative: false },
];

/** The negative word inside a `negative` cue, recorded as its negator. */
export const NEGATIVE_CUE_WORD = /\b(?:unnecessary|unreasonable|inappropriate|unwarranted|unjustified)\b/i;

/** Medium cues: verdict words that only count in a sentence marked as the conclusion. */
export const MEDIUM_CUE =
  /\b(?:(?:not\s+)?(?:recommended|supported|warranted|indicated|certified|approved|justified|substantiated|appropriate|reasonable)|(?:support|recommend|warrant|justify)s?|(?:criteria|guidelines?|requirements?)\b[^.;]{0,120}?\b(?:met|satisfied|fulfilled))\b/gi;

/**
 * Negators that govern a predicate ("is not", "cannot", "does not appear"). "fails to" and "unable
 * to" negate only a verb of showing ("fails to establish"): "failed to improve" is a finding about the
 * worker, not a negation of the cue.
 */
export const VERB_NEGATOR =
  /\b(?:not(?!\s+only\b)|never|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|shouldn't|wouldn't|couldn't|no\s+longer|neither|nor|(?:fail(?:s|ed)?|unable)\s+to(?=\s+(?:establish|substantiate|support|demonstrate|show|document|confirm|prove|justify|meet|satisfy)))\b/gi;

/** Negators that govern a noun ("no documentation", "lack of efficacy"); they reach a noun cue only. */
export const NOUN_NEGATOR = /\b(?:no(?!\s+(?:longer|more than|less than)\b)|without|lack(?:s|ing)?\s+of|absence\s+of|insufficient|none)\b/gi;

/**
 * The end of a main clause that embeds the cue's clause: "it cannot be said that ...", "I do not find
 * (that) ...", "the records fail to show ...", "it is not clear ...".
 */
export const MATRIX_END =
  /\b(?:that|said|say|shows?|showed|shown|establish(?:es|ed)?|demonstrat(?:es?|ed)|indicat(?:es?|ed)|suggest(?:s|ed)?|find|found|consider(?:ed)?|believe|feel|think|agree|disagree|clear|evident|apparent|true|certain)\s*$/i;

/** "There is no evidence that X" (or "to show X"): the "no" of the main clause negates X. */
export const NEGATED_EVIDENCE =
  /\b(?:no|insufficient)\s+(?:\w+\s+){0,2}?(?:evidence|documentation|indication|support|basis|proof)\s+(?:to\s+\w+|that)\s*$/i;

/** Verbs that deny the clause they embed ("I disagree that X" = not X); negated, they cancel. */
export const NEGATIVE_VERB = /\b(?:disagree[sd]?|dispute[sd]?|doubt(?:s|ed)?)\b/gi;

/** "There is no doubt that X" affirms X: its "no" and "doubt" are not negators of X. */
export const AFFIRMING_MATRIX = /\b(?:no|without|beyond)\s+(?:any\s+)?(?:doubt|question|dispute)\b/gi;

/** What negates a noun cue after it: "medical necessity cannot be affirmed". */
export const NOUN_PREDICATE =
  /^(?:\s+(?:of|for)\s+[^,.;]{0,80}?)?\s+((?:(?:is|are|was|were|has|have|had|can|could|cannot|will|would|may)\s+)?(?:(?:not|never)\s+)?(?:(?:be|been|yet)\s+){0,2})(?:established|affirmed|supported|demonstrated|substantiated|shown|met|confirmed|documented|proven|evident)\b/i;

/** Opening words of a concluding sentence. */
export const CONCLUSION_OPENER =
  /^(?:therefore|thus|hence|accordingly|consequently|as such|so|in conclusion|in summary|overall|ultimately|based on (?:this|these|the above|the (?:available|submitted|provided) (?:records|documentation))|considering (?:this|these|the above)|given (?:this|these|the above)|for (?:these|this|the above|the stated|those|all|the)(?:\s+\w+){0,2}\s+reasons?)\b/i;

/** A sentence about the request itself. */
export const ABOUT_REQUEST = /\b(?:(?:the|this|these|that)\s+(?:current\s+|present\s+|above\s+|specific\s+)?requests?\b|the\s+requested\b|this\s+(?:medication|treatment|prescription|item|service|is)\b)/i;

/** A sentence reporting an earlier review's decision, not this reviewer's. */
export const PRIOR_REVIEW =
  /\b(?:previous|prior|initial|earlier|original)\s+(?:UR|utilization review|reviewer?|determination|decision|denial|non-?certification)s?\b|\b(?:UR|utilization review(?:er)?|peer review(?:er)?|claims administrator)\b[^.]{0,60}\b(?:determined|found|deemed|concluded|non-?certified|modified|denied|certified|opined)\b|\bwas (?:previously|initially) (?:denied|modified|certified|non-?certified)\b/i;

/** "to establish medical necessity": a purpose, not a finding (unless negated). */
export const PURPOSE = /\bto\s+(?:establish|substantiate|support|determine|demonstrate|assess|evaluate|document|confirm|prove|justify)\s+(?:the\s+)?$/i;

/** Where a clause starts, looking back from a cue. */
export const CLAUSE_BREAK = /[,;:]\s|\b(?:but|however|although|though|whereas|because|while)\b/gi;

/**
 * Words that coordinate predicates or clauses. Which of them starts the cue's predicate is decided in
 * clauses.ts: one followed by a verb or negator of its own before the cue.
 */
export const COORDINATOR = /\b(?:and|or|nor|yet|so|then)\b/gi;

/**
 * A finite verb or negator that opens a predicate ("is", "does not", "fails to"). A coordinator
 * followed by one ("... and is not ...") starts a predicate of its own; one that is not ("not
 * reasonable and medically necessary") shares the negation before it.
 */
export const PREDICATE_WORD =
  /\b(?:is|are|was|were|be|remains?|appears?|seems?|does|do|did|has|have|had|can|could|will|would|should|may|might|must|meets?|fail(?:s|ed)?|unable|not|never|cannot|\w+n't)\b/gi;

/**
 * A verbless phrase that attributes a statement ("Per the prior UR decision, ..."): it belongs to the
 * clause beside it when deciding whether that clause reports an earlier review.
 */
export const ATTRIBUTION = /^\s*(?:per|according\s+to|as\s+(?:per|stated\s+(?:in|by)|noted\s+(?:in|by))|in|by)\b/i;

/** The subject of the cue's clause ("the request is ...", "this is ..."), to cut off earlier clauses. */
export const SUBJECT = /\b(?:(?:the|this|these|such|that)\s+(?:current\s+|present\s+)?(?:requests?|requested\s+\w+|treatments?|medications?|services?|items?|prescriptions?)|this|it|there)\b/gi;

/**
 * After a coordinator, the start of a clause with a subject of its own ("... is upheld and the request
 * is ..."), as opposed to a second predicate sharing the first one's subject ("... and found it ...").
 * Sticky: tried at the coordinator's end. `(?:\s+|\s*,\s+)` is `\s*,?\s+` written so that a run of
 * spaces is not split between two runs in every way (quadratic in the run's length).
 */
export const NEW_SUBJECT =
  /(?:\s+|\s*,\s+)(?:(?:therefore|thus|hence|accordingly|consequently|as such)(?:\s+|\s*,\s+))?(?:(?:the|this|these|such|that)\s+(?:current\s+|present\s+)?(?:requests?|requested\s+\w+|treatments?|medications?|services?|items?|prescriptions?)|this|it|there|I|we)\b/iy;

/** "X is not recommended": a verdict predicate, which makes a rationale's last sentence its conclusion. */
export const VERDICT_PREDICATE =
  /\b(?:is|are|was|were|be|remains?)\s+(?:not\s+)?(?:medically\s+)?(?:recommended|supported|warranted|indicated|appropriate|justified|necessary|certified|approved|reasonable)\b|\b(?:criteria|requirements?)\b[^.;]{0,160}?\b(?:met|satisfied|fulfilled)\b/i;
