// The vocabulary of conclusions: cue phrases that state necessity, negators, and the markers of a
// concluding sentence. Kept apart from the algorithm so reviewers of the wording need read only this.

/** Strong cues name necessity itself. `noun` cues can be negated by a predicate after them. */
export const STRONG_CUES: readonly { re: RegExp; noun: boolean }[] = [
  {
    re: /\bmedically\s+(?:necessary|appropriate|reasonable|indicated|warranted|justified)(?:\s*(?:,|and|or|nor|\/)\s*(?:medically\s+)?(?:appropriate|necessary|reasonable|indicated|warranted))*/gi,
    noun: false,
  },
  { re: /\bmedical(?:ly)?\s+necessity\b/gi, noun: true },
];

/** Medium cues: verdict words that only count in a sentence marked as the conclusion. */
export const MEDIUM_CUE =
  /\b(?:(?:not\s+)?(?:recommended|supported|warranted|indicated|certified|approved|justified|substantiated|appropriate|reasonable)|(?:support|recommend|warrant|justify)s?|(?:criteria|guidelines?|requirements?)\b[^.;]{0,120}?\b(?:met|satisfied|fulfilled))\b/gi;

/** Negators that govern a predicate ("is not", "cannot", "does not appear"). */
export const VERB_NEGATOR =
  /\b(?:not(?!\s+only\b)|never|cannot|can't|won't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|shouldn't|wouldn't|couldn't|no\s+longer|neither|nor)\b/gi;

/** Negators that govern a noun ("no documentation", "lack of efficacy"); they reach a noun cue only. */
export const NOUN_NEGATOR = /\b(?:no(?!\s+(?:longer|more than|less than)\b)|without|lack(?:s|ing)?\s+of|absence\s+of|insufficient|none)\b/gi;

/** A negated main clause that embeds the cue's clause: "it cannot be said that ...". */
export const NEGATED_MATRIX = /\b(?:not|n't|cannot|never)\b[^,;.]{0,40}\bthat\s*$/i;

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

/** The subject of the cue's clause ("the request is ...", "this is ..."), to cut off earlier clauses. */
export const SUBJECT = /\b(?:(?:the|this|these|such|that)\s+(?:current\s+|present\s+)?(?:requests?|requested\s+\w+|treatments?|medications?|services?|items?|prescriptions?)|this|it|there)\b/gi;

/** "X is not recommended": a verdict predicate, which makes a rationale's last sentence its conclusion. */
export const VERDICT_PREDICATE =
  /\b(?:is|are|was|were|be|remains?)\s+(?:not\s+)?(?:medically\s+)?(?:recommended|supported|warranted|indicated|appropriate|justified|necessary|certified|approved|reasonable)\b|\b(?:criteria|requirements?)\b[^.;]{0,160}?\b(?:met|satisfied|fulfilled)\b/i;
