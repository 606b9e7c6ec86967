// The presentation layer: page lists, guideline labels, basis text, decision and conclusion
// phrases, one set used by the Outline, hovers and the Markdown, CSV and JSON summaries.
export { compactPages, pagesLabel, pageNumbers, pageLabel } from './pages';
export { NO_GUIDELINE, NO_SOURCE, NO_EVIDENCE, sourcesText, namesText, mtusBasisWords, basisText, guidelineLabel } from './guideline';
export { NO_DECISION, decisionLabel, decisionMeaning } from './decision';
export { NO_CLEAR_CONCLUSION, necessityWords, negationWords, conclusionLabel, conclusionSummary, NO_RATIONALE } from './conclusion';
export { decisionCounts, tallyDecisions, type DecisionTally, severityText, problemText, plural, NO_DECISION_TERM } from './counts';
export { straightQuote, curlyQuote, type Quote } from './quote';
export { NO_OVERALL_DETERMINATION, overallDeterminationLabel, overallDeterminationMeaning, scopeWords, coverDetail, injuryText, treatmentsText } from './cover';
