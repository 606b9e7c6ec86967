// Reads a guideline line ("Decision based on MTUS Chronic Pain Treatment Guidelines Opioids
// Page(s): 78, 91.") into sources, MTUS basis, topics, pages and regulations.
import type { Citation, GuidelineSource } from '../../model';
import { detach, exact } from '../../text/compact';
import { NOT_BASED } from '../../text/guidelineBasis';
import { collapseSpaces } from '../../text/spaces';

const BASED = /\b(?:Decision|determination) (?:was )?based on (?:the )?(?:CA |California )?MTUS\b|\bbased (?:its|their|his|her|his\/her) decision on (?:the )?(?:CA )?MTUS\b|\b(?:which|that) (?:is|are) part of the (?:CA )?MTUS\b/i;
const NON_MTUS = /\bNon-MTUS\b/i;
const NO_EVIDENCE = /\bdid not cite any (?:medical )?evidence\b|\bno (?:medical )?evidence (?:was )?cited\b/i;
const MTUS = /(?<!Non-)\bMTUS\b|\bMedical Treatment Utilization Schedule\b|\bCPMTG\b|\bChronic Pain (?:Medical )?Treatment Guidelines\b|\bChronic Pain Medical Treatment\b/;
const ODG = /\bODG\b|\bOfficial Disability Guidelines\b/;
const ACOEM = /\bACOEM\b|\bAmerican College of Occupational and Environmental Medicine\b/;
const OTHER = /\bNon-MTUS\b(?![^.]{0,160}?(?:ODG|Official Disability Guidelines|ACOEM))|\b(?:FDA|Medline ?Plus|UpToDate|Medscape|AMA Guides|peer[- ]reviewed)\b/i;
// A page number is not part of a longer number, a regulation ("page 9792.24.2") or a title of the
// C.C.R. ("111-113, 8 C.C.R. 9792.24.2"): those end the list.
const PAGE_NUMBER = String.raw`\d{1,4}(?!\d|\.\d|\s*C\.?\s?C\.?\s?R\b)`;
const PAGE_RANGE = String.raw`${PAGE_NUMBER}(?:\s*[-–]\s*${PAGE_NUMBER})?`;
// `(?:\s*:)?\s*` is `\s*:?\s*` without two runs of spaces side by side: after "Page" and 100,000
// spaces those tried every way of splitting the run between them (quadratic).
const PAGES = new RegExp(String.raw`\b(?:Page\(s\)|Pages?|pgs?\.?|pp?\.?)(?:\s*:)?\s*(${PAGE_RANGE}(?:\s*(?:,|and)\s*${PAGE_RANGE})*)`, 'gi');
// "8 C.C.R. 9792.24.2", "8 C.C.R. Sections 9792.20-9792.26", "§ 9792.20", "Section 9792.23.5".
const REGULATION = /\b(?:\d+\s*C\.?\s?C\.?\s?R\.?\s*)?(?:(?:Sections?|Sec\.|§+)\s*)?97\d\d(?:\.\d+)+(?:\s*[-–]\s*97\d\d(?:\.\d+)+)?/g;
const SECTIONS = /\bSection\(s\):\s*([^.]+)/;
// Guideline names and boilerplate that are not topics.
const BOILERPLATE = new RegExp(
  [
    /\bThe (?:Claims Administrator|Expert Reviewer) did not (?:base (?:its|their|his\/her|his|her) decision on (?:the )?MTUS|cite any (?:medical )?evidence for its decision)\.?/,
    /\b(?:Decision|determination) (?:was )?based on\b/,
    /\bThe (?:Claims Administrator|Expert Reviewer) based (?:its|their|his\/her|his|her) decision on(?: the)?\b/,
    /\b(?:which|that) (?:is|are) part of the\b/,
    /\b(?:ACOEM )?Practice Guidelines\b/,
    /\bNon-MTUS Citation\b/,
    /\b(?:CA |California )?MTUS\b/,
    /\bChronic Pain (?:Medical )?Treatment(?: Guidelines)?(?: \d{4})?\b/,
    /\bOfficial Disability Guidelines\b/,
    /\(?\b(?:ODG|ACOEM)\b\)?/,
    /\b\d(?:st|nd|rd|th) Edition\b/,
    /\((?:[A-Z][a-z]+\.? )?\d{4}\)/,
    /\(Effective[^)]*\)?\.?/,
    /\bupdated [A-Z][a-z]+ \d{4}\b/,
    /\bGuidelines\b/,
  ]
    .map((r) => r.source)
    .join('|'),
  'gi',
);

// Split separators tried from the start of a run of spaces only: from each space inside a run,
// `\s*` scanned the rest of the run again (quadratic). A separator's trailing `\s*` takes the run
// after it whole, so the next one is never sought from inside a run.
const PAGE_SEPARATOR = /(?:(?<!\s)\s+)?(?:,|and)\s*/;
const COMMA_SEPARATOR = /(?:(?<!\s)\s+)?,\s*/;
// Punctuation and spaces around a topic; the trailing run only from its start (the look-behind), for
// the same reason.
const TOPIC_EDGES = /^[\s,.:;)(-]+|(?<![\s,.:;(-])[\s,.:;(-]+$/g;

function expandPages(list: string, into: number[]): void {
  for (const part of list.split(PAGE_SEPARATOR)) {
    const m = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(part.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (b >= a && b - a <= 200) for (let p = a; p <= b; p++) into.push(p);
    else into.push(a);
  }
}

/** The guideline sources a text names. */
export function citationSources(text: string): GuidelineSource[] {
  const sources: GuidelineSource[] = [];
  if (MTUS.test(text.replace(NOT_BASED, ' '))) sources.push('MTUS');
  if (ODG.test(text)) sources.push('ODG');
  if (ACOEM.test(text)) sources.push('ACOEM');
  if (OTHER.test(text)) sources.push('other');
  return sources;
}

/** The topics a guideline list names: what is left between its separators once pages, regulations and guideline names are cut out. */
export function citationTopics(text: string): string[] {
  let rest = text.replace(PAGES, ' ').replace(REGULATION, ' ');
  let topics: string[];
  const sections = SECTIONS.exec(rest);
  if (sections) {
    topics = sections[1].split(COMMA_SEPARATOR);
  } else {
    rest = rest.replace(BOILERPLATE, ' ');
    topics = rest.split(/\s*[,;:]\s*|\.\s+|\s{2,}/);
  }
  topics = topics
    // The steps below never lengthen a topic, and the last drops those of one character: dropped
    // first, a line of 1,000,000 colons does not clean a million empty topics.
    .filter((t) => t.length > 1)
    .map((t) => collapseSpaces(t.replace(TOPIC_EDGES, '')).replace(/^the (?=\S)/i, ''))
    .map((t) => (/\($/.test(t) ? t.slice(0, -1).trim() : t))
    .filter((t) => t.length > 1 && /[A-Za-z]{2}/.test(t) && !/^(?:Page\(s\)|Pages?|pgs?|Section\(s\)|Sections?|and|the|of|in|for its decision|C\.C\.R)$/i.test(t));
  return [...new Set(topics)];
}

export function parseCitation(text: string): Citation {
  const sources = citationSources(text);
  // A guideline that cites only a Non-MTUS source says, by that, that the MTUS was not its basis.
  const mtusBasis = NOT_BASED.test(text) ? 'not-based' : BASED.test(text) ? 'based' : NON_MTUS.test(text) && !MTUS.test(text) ? 'not-based' : null;

  const pages: number[] = [];
  PAGES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAGES.exec(text))) expandPages(m[1], pages);
  const regulations: string[] = [];
  REGULATION.lastIndex = 0;
  while ((m = REGULATION.exec(text))) regulations.push(m[0].trim());

  return {
    sources: exact(sources),
    mtusBasis,
    // Topics are cut from a scratch copy of the text: detached so the copy can go.
    topics: exact(citationTopics(text).map(detach)),
    pages: exact([...new Set(pages)]),
    regulations: exact(regulations),
    noEvidenceCited: NO_EVIDENCE.test(text),
  };
}
