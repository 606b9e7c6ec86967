// parseLetter: text in, letter model out. Pure and total: any text gives a model, never an exception.
// The parser's rooms, each using only those before it: structure/ (lines, joined text, sections,
// labels, headings), fields/ and rationale/ (what blocks of text say), items/ (an item from its
// heading and labels), layouts/ (each layout's items); this file puts the letter together.
import type { Item, Letter } from '../model';
import { SentenceMemo } from '../text/sentences';
import { exact } from '../text/compact';
import { parseCase } from './fields/caseinfo';
import { parseDate } from './fields/dates';
import { parseHeader } from './fields/header';
import { parseReviewer } from './fields/reviewer';
import type { ItemBuild } from './items/build';
import type { ItemCache } from './items/cache';
import { parseNumberedItems } from './layouts/decisionsAndRationales';
import { parseFinalDeterminationItems } from './layouts/finalDetermination';
import { parseProfessionalItem } from './layouts/professionalReview';
import { JoinedText } from './structure/joined';
import { classifyLines, type Line } from './structure/lines';
import { detectLayout, findSections, type FoundSection } from './structure/sections';

export interface ParseOptions {
  /** The items of this document's previous parse, for reuse (LetterAnalyzer); without it every item is built. */
  items?: ItemCache;
  /** Where the rationales' sentences are kept for the rules of the same analysis; without it, a fresh one. */
  sentences?: SentenceMemo;
}

function body(lines: readonly Line[], s: FoundSection): JoinedText {
  return JoinedText.fromLines(lines.slice(s.lineIndex, s.endIndex), s.headingEnd);
}

export function parseLetter(text: string, options: ParseOptions = {}): Letter {
  const { lines, doubleSpaced } = classifyLines(text);
  const found = findSections(lines);
  const layout = detectLayout(found);
  const byKind = (kind: FoundSection['kind']) => found.find((s) => s.kind === kind);

  const header = found.length > 0 ? parseHeader(lines, found[0].firstIndex) : [];
  const injuryField = header.find((f) => /^(?:date of injury|DOI)$/i.test(f.label));

  const reviewerSections = found.filter((s) => s.kind === 'how-made' || s.kind === 'reviewer-qualifications');
  const reviewer = parseReviewer(reviewerSections.map((s) => body(lines, s)));

  const summarySection = byKind('clinical-summary') ?? byKind('case-summary');
  const caseInfo = parseCase(summarySection ? body(lines, summarySection) : null, injuryField ? parseDate(injuryField.value) : null);

  const cache = options.items;
  cache?.begin();
  const build: ItemBuild = { sentences: options.sentences ?? new SentenceMemo(), reuse: cache && { cache, layout } };
  let items: Item[];
  if (layout === 'decisions-and-rationales') {
    const s = byKind('decisions');
    items = s ? parseNumberedItems(lines, s.lineIndex + 1, s.endIndex, build) : parseNumberedItems(lines, 0, lines.length, build);
  } else if (layout === 'professional-review') {
    items = parseProfessionalItem(lines, found, build.sentences);
  } else {
    const s = byKind('issues');
    items = s ? parseFinalDeterminationItems(lines, s.lineIndex + 1, s.endIndex, build) : parseFinalDeterminationItems(lines, 0, lines.length, build);
  }

  return {
    layout,
    doubleSpaced,
    lineCount: lines.length,
    header,
    sections: found.map(({ kind, title, titleRange, range }) => ({ kind, title, titleRange, range })),
    reviewer,
    case: caseInfo,
    items: exact(items),
  };
}
