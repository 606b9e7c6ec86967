import { headingOf, REQUIRED_SECTIONS } from '../vocabulary';
import type { Rule } from './rule';

export const missingSection: Rule = {
  id: 'IMR007',
  name: 'missing-section',
  description: 'A section that this kind of letter always has is missing.',
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
      .map((kind) => ({ message: `The section "${headingOf(kind).title}" is missing.`, range: { start, end: start } }));
  },
};
