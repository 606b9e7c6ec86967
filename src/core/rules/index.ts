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

export const rules: readonly Rule[] = [
  decisionContradictsRationale,
  missingDecision,
  unknownDecision,
  missingRationale,
  missingGuideline,
  inconclusiveRationale,
  missingSection,
];

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim();
  return rules.find((r) => r.id === key.toUpperCase() || r.name === key.toLowerCase());
}
