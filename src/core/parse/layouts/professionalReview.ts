// The item of the professional-review layout, which decides one issue spread over its own
// sections: the issue at dispute (title and decision), the guidelines relied upon, the rationale.
import type { Item, Range } from '../../model';
import type { SentenceMemo } from '../../text/sentences';
import { anyOf, DECISION_WORDS } from '../../vocabulary';
import { parseGuidelineProse } from '../fields/guidelineProse';
import { findConclusion } from '../rationale/conclusion';
import { JoinedText } from '../structure/joined';
import type { Line } from '../structure/lines';
import type { FoundSection } from '../structure/sections';

// Punctuation and spaces after a title; the run only from its start (the look-behind): tried from
// each position of a long run of dashes, it scanned the rest of the run every time (quadratic).
const TRAILING_PUNCTUATION = /(?<![\s:,-])[\s:,-]+$/;

function sectionBody(lines: readonly Line[], s: FoundSection | undefined): { text: JoinedText; range: Range } | null {
  if (!s) return null;
  const text = JoinedText.fromLines(lines.slice(s.lineIndex, s.endIndex), s.headingEnd);
  if (text.isEmpty) return null;
  return { text, range: text.fullRange() };
}

/** In this layout a section heading plays the label's part. */
function sectionLabel(sections: readonly FoundSection[], kind: FoundSection['kind']): { label: string; labelRange: Range } {
  const s = sections.find((x) => x.kind === kind)!;
  return { label: s.title, labelRange: s.titleRange };
}

// The decision words as the vocabulary spells them (one list for every layout and the grammar).
const DECISION_WORD = new RegExp(String.raw`\b(${anyOf(DECISION_WORDS)})\b`);

/** The single item of a professional-review letter. */
export function parseProfessionalItem(lines: readonly Line[], sections: readonly FoundSection[], sentences: SentenceMemo): Item[] {
  const find = (kind: FoundSection['kind']) => sections.find((s) => s.kind === kind);
  const issue = sectionBody(lines, find('issue-at-dispute'));
  if (!issue) return [];
  // The issue is the first sentence or line of the section.
  const firstBreak = issue.text.text.search(/\.\s|\s{2,}|$/);
  let title = issue.text.text.slice(0, firstBreak).trim().replace(/[.:]$/, '');
  let decision: Item['decision'] = null;
  let decisionText = '';
  let decisionRange: Range | null = null;
  const word = DECISION_WORD.exec(issue.text.text);
  if (word) {
    decision = DECISION_WORDS.find((d) => d === word[1]) ?? null;
    decisionText = word[1];
    decisionRange = issue.text.rangeOf(word.index, word.index + word[1].length);
    if (word.index < title.length) title = title.slice(0, word.index).replace(TRAILING_PUNCTUATION, '');
  }
  const titleRange = issue.text.rangeOf(0, title.length);
  const guidelines = sectionBody(lines, find('guidelines-relied-upon'));
  const rationale = sectionBody(lines, find('rationale'));
  const rationaleBlock: Item['rationale'] = rationale
    ? { ...sectionLabel(sections, 'rationale'), text: rationale.text.text, range: rationale.range, segments: rationale.text.segmentList }
    : null;
  // Sections may come in any order: the item ends where the last of its parts ends.
  const end = [issue.range.end, guidelines?.range.end, rationale?.range.end]
    .filter((p): p is Range['end'] => p !== undefined)
    .reduce((a, b) => (b.line > a.line || (b.line === a.line && b.character > a.character) ? b : a));
  return [
    {
      index: 0,
      title,
      titleRange,
      titleSegments: issue.text.segmentsOf(0, title.length),
      decision,
      decisionText,
      decisionRange,
      range: { start: titleRange.start, end: decisionRange?.end ?? titleRange.end },
      fullRange: { start: titleRange.start, end },
      page: null,
      guidelines: {
        claimsAdministrator: null,
        maximus: guidelines
          ? { ...sectionLabel(sections, 'guidelines-relied-upon'), text: guidelines.text.text, range: guidelines.range, segments: guidelines.text.segmentList, citation: parseGuidelineProse(guidelines.text.text) }
          : null,
      },
      rationale: rationaleBlock,
      conclusion: findConclusion(rationaleBlock, sentences),
    },
  ];
}
