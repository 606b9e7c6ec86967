// The rule list: the single place rules are registered. Docs, the settings schema and the
// README table are generated from these objects. IDs are stable and never reused.
import type { Rule } from './rule';
import { decisionContradictsRationale } from './imr001-decision-contradicts-rationale';
import { missingDecision } from './imr002-missing-decision';
import { unknownDecision } from './imr003-unknown-decision';
import { missingRationale } from './imr004-missing-rationale';
import { missingGuideline } from './imr005-missing-guideline';
import { inconclusiveRationale } from './imr006-inconclusive-rationale';
import { missingSection } from './imr007-missing-section';
import { itemDetailMismatch } from './imr008-item-detail-mismatch';
import { guidelineTopicMismatch } from './imr009-guideline-topic-mismatch';
import { truncatedCitation } from './imr010-truncated-citation';
import { misspelledTerm } from './imr011-misspelled-term';
import { dateInconsistency } from './imr012-date-inconsistency';
import { duplicateItem } from './imr013-duplicate-item';
import { guidelineBasisContradiction } from './imr014-guideline-basis-contradiction';
import { overallDeterminationMismatch } from './imr015-overall-determination-mismatch';
import { disputedTreatmentNotDecided } from './imr016-disputed-treatment-not-decided';
import { caseFactMismatch } from './imr017-case-fact-mismatch';

export const rules: readonly Rule[] = [
  decisionContradictsRationale,
  missingDecision,
  unknownDecision,
  missingRationale,
  missingGuideline,
  inconclusiveRationale,
  missingSection,
  itemDetailMismatch,
  guidelineTopicMismatch,
  truncatedCitation,
  misspelledTerm,
  dateInconsistency,
  duplicateItem,
  guidelineBasisContradiction,
  overallDeterminationMismatch,
  disputedTreatmentNotDecided,
  caseFactMismatch,
];

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return rules.find((r) => r.id === key.toUpperCase() || r.name === key.toLowerCase());
}
