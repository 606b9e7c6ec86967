// The engine half of the core's facade: the parser, the rules and the treatment lexicon, most of
// the core's weight (the English word list alone is some 300 KB). The desktop extension loads it
// lazily (src/extension/analysis/engine.ts) from its own bundle, dist/engine.js, which its
// analysis worker shares; light.ts is the rest, index.ts both.
export { parseLetter } from './parse/letter';
export { analyze } from './analyze';
export { LetterAnalyzer } from './analyzer';
export { runRules } from './engine';
export { rules, findRule } from './rules/index';
export { itemTreatment } from './lexicon/treatment';
export { treatmentRefs, treatmentsMatch, matchingTreatment } from './lexicon/search';
export { summarizeDecisions } from './summary/overview';
