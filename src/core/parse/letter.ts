// parseLetter: text in, letter model out. Pure and total: any text gives a model, never an exception.
// The parser's rooms, each using only those before it: structure/ (lines, joined text, sections,
// labels, headings), fields/ and rationale/ (what blocks of text say), items/ (an item from its
// heading and labels), layouts/ (each layout's items); this file puts the letter together.
import type { Item, Letter } from '../model';
import { SentenceMemo } from '../text/sentences';
import { exact } from '../text/compact';
import { parseCase } from './fields/caseinfo';
import { parseCover } from './fields/cover';
import { parseDate } from './fields/dates';
import { parseHeader } from './fields/header';
import { parseReviewer } from './fields/reviewer';
import type { ItemBuild } from './items/build';
import type { ItemCache } from './items/cache';
import { PageBreaks } from './items/pages';
import { parseNumberedItems } from './layouts/decisionsAndRationales';
import { parseFinalDeterminationItems } from './layouts/finalDetermination';
import { parseProfessionalItem } from './layouts/professionalReview';
import { JoinedText } from './structure/joined';
import { closingStart } from './structure/closing';
import { classifyLines, type Line } from './structure/lines';
import { detectLayout, findSections, lastContentLine, type FoundSection } from './structure/sections';

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
  endBeforeClosing(lines, found);
  const layout = detectLayout(found);
  const byKind = (kind: FoundSection['kind']) => found.find((s) => s.kind === kind);

  const cover = found.length > 0 ? parseCover(lines, found[0].firstIndex) : null;
  // A cover page's header is the letter's header, read as a two-column table (two fields a line).
  const header = cover ? cover.fields : found.length > 0 ? parseHeader(lines, found[0].firstIndex) : [];
  const injuryField = cover ? null : header.find((f) => /^(?:date of injury|DOI)$/i.test(f.label));
  // A cumulative-trauma period is no date of injury.
  const coverInjury = cover?.injury && !cover.injury.cumulative ? cover.injury.from : null;

  const reviewerSections = found.filter((s) => s.kind === 'how-made' || s.kind === 'reviewer-qualifications');
  const reviewer = parseReviewer(reviewerSections.map((s) => body(lines, s)));

  const summarySection = byKind('clinical-summary') ?? byKind('case-summary');
  const caseInfo = parseCase(summarySection ? body(lines, summarySection) : null, injuryField ? parseDate(injuryField.value) : coverInjury);

  const cache = options.items;
  cache?.begin();
  const pages = PageBreaks.of(text);
  const build: ItemBuild = { sentences: options.sentences ?? new SentenceMemo(), reuse: cache && { cache, layout }, pages };
  let items: Item[];
  if (layout === 'decisions-and-rationales') {
    const s = byKind('decisions');
    items = s ? parseNumberedItems(lines, s.lineIndex + 1, s.endIndex, build) : parseNumberedItems(lines, 0, lines.length, build);
  } else if (layout === 'professional-review') {
    items = parseProfessionalItem(lines, found, build.sentences);
    // Built afresh on every parse (no reuse), so its page is set here.
    for (const item of items) item.page = pages.pageAt(item.range.start);
  } else {
    const s = byKind('issues');
    items = s ? parseFinalDeterminationItems(lines, s.lineIndex + 1, s.endIndex, build) : parseFinalDeterminationItems(lines, 0, lines.length, build);
  }

  return {
    layout,
    doubleSpaced,
    lineCount: lines.length,
    pageCount: pages.pageCount,
    header,
    sections: found.map(({ kind, title, titleRange, range }) => ({ kind, title, titleRange, range })),
    reviewer,
    case: caseInfo,
    items: exact(items),
    ...(cover ? { cover } : {}),
  };
}

/** The last section ends before the letter's closing (`Sincerely,`, a signature, `cc:`). */
function endBeforeClosing(lines: readonly Line[], found: FoundSection[]): void {
  const last = found[found.length - 1];
  if (!last) return;
  const end = closingStart(lines, last.lineIndex + 1, last.endIndex);
  if (end === last.endIndex) return;
  last.endIndex = end;
  const l = lines[lastContentLine(lines, last.lineIndex, end)];
  last.range = { start: last.titleRange.start, end: { line: l.line, character: l.start + l.text.length } };
}
