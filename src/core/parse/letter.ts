// parseLetter: text in, letter model out. Pure and total: any text gives a model, never an exception.
import type { Item, Letter } from '../model';
import { parseCase } from './fields/caseinfo';
import { parseDate } from './fields/dates';
import { parseHeader } from './fields/header';
import type { ItemCache } from './structure/itemCache';
import { parseItems } from './structure/items';
import { exact } from '../text/compact';
import { JoinedText } from './structure/joined';
import { classifyLines, type Line } from './structure/lines';
import { parseNumberedItems, parseProfessionalItem } from './structure/otherLayouts';
import { parseReviewer } from './fields/reviewer';
import { detectLayout, findSections, type FoundSection } from './structure/sections';

function body(lines: readonly Line[], s: FoundSection): JoinedText {
  return JoinedText.fromLines(lines.slice(s.lineIndex, s.endIndex), s.headingEnd);
}

/** `cache` holds the items of this document's previous parse for reuse (LetterAnalyzer); without it every item is built. */
export function parseLetter(text: string, cache?: ItemCache): Letter {
  const { lines, doubleSpaced } = classifyLines(text);
  const found = findSections(lines);
  const layout = detectLayout(found);
  const byKind = (kind: FoundSection['kind']) => found.find((s) => s.kind === kind);

  const header = found.length > 0 ? parseHeader(lines, found[0].lineIndex) : [];
  const injuryField = header.find((f) => /^(?:date of injury|DOI)$/i.test(f.label));

  const reviewerSections = found.filter((s) => s.kind === 'how-made' || s.kind === 'reviewer-qualifications');
  const reviewer = parseReviewer(reviewerSections.map((s) => body(lines, s)));

  const summarySection = byKind('clinical-summary') ?? byKind('case-summary');
  const caseInfo = parseCase(summarySection ? body(lines, summarySection) : null, injuryField ? parseDate(injuryField.value) : null);

  cache?.begin();
  const reuse = cache && { cache, layout };
  let items: Item[];
  if (layout === 'decisions-and-rationales') {
    const s = byKind('decisions');
    items = s ? parseNumberedItems(lines, s.lineIndex + 1, s.endIndex, reuse) : parseNumberedItems(lines, 0, lines.length, reuse);
  } else if (layout === 'professional-review') {
    items = parseProfessionalItem(lines, found);
  } else {
    const s = byKind('issues');
    items = s ? parseItems(lines, s.lineIndex + 1, s.endIndex, reuse) : parseItems(lines, 0, lines.length, reuse);
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
