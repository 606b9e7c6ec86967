import { REQUIRED_SECTIONS } from '../parse/structure/sections';
import type { SectionKind } from '../model';
import type { Rule } from './rule';

const TITLES: Record<SectionKind, string> = {
  'how-made': 'HOW THE IMR FINAL DETERMINATION WAS MADE',
  'clinical-summary': 'CLINICAL CASE SUMMARY',
  issues: 'IMR ISSUES, DECISIONS AND RATIONALES',
  'documents-reviewed': 'DOCUMENTS REVIEWED',
  decisions: 'IMR DECISION(S) AND RATIONALE(S)',
  'issue-at-dispute': 'ISSUE AT DISPUTE',
  'case-summary': 'CASE SUMMARY',
  'guidelines-relied-upon': 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY',
  rationale: 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY',
  'reviewer-qualifications': 'MEDICAL REVIEWER QUALIFICATIONS',
};

export const missingSection: Rule = {
  id: 'IMR007',
  name: 'missing-section',
  description: 'A section that the letter\'s layout requires is absent.',
  severity: 'warning',
  tags: ['structure', 'section'],
  docs: {
    why: 'A missing section usually means the text was cut off or pages were lost when the PDF was converted; what it held (the reviewer, the case, the decisions) cannot be checked.',
    example: 'HOW THE IMR FINAL DETERMINATION WAS MADE\n...\nIMR ISSUES, DECISIONS AND RATIONALES\n...  (no CLINICAL CASE SUMMARY)',
  },
  check(letter) {
    const present = new Set(letter.sections.map((s) => s.kind));
    const start = { line: 0, character: 0 };
    return REQUIRED_SECTIONS[letter.layout]
      .filter((kind) => !present.has(kind))
      .map((kind) => ({ message: `The section "${TITLES[kind]}" is missing.`, range: { start, end: start } }));
  },
};
