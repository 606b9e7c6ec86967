// Hover text for a position in a letter, as Markdown, with the range it applies to. Pure, so the
// wording is unit-tested; hover.ts only wraps it in a vscode.Hover.
import {
  compactPages,
  containsPosition,
  decisionLabel,
  decisionMeaning,
  escapeMarkdownInline,
  guidelineLabel,
  mtusBasisWords,
  namesText,
  necessityWords,
  negationWords,
  NO_CLEAR_CONCLUSION,
  NO_EVIDENCE,
  NO_GUIDELINE,
  pageLabel,
  sourcesText,
  type Analysis,
  type Conclusion,
  type Guideline,
  type Item,
  type Position,
  type Range,
} from '../../../core/light';

export interface HoverData {
  markdown: string;
  range: Range;
}

/**
 * Escapes Markdown so letter text shows literally: no links, images, emphasis or HTML from the
 * letter, and no bare URL or e-mail address made a link (escapeMarkdownInline); the text may span
 * lines, so what would start a block at a line's start (a bullet, a number, a rule) is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/[{}()#]/g, '\\$&')
    .replace(/^([ \t]*)([-+=])/gm, '$1\\$2') // list bullets, thematic breaks, setext underlines
    .replace(/^([ \t]*\d+)([.)])/gm, '$1\\$2'); // ordered-list numbers
}

const quote = (text: string) => `“${escapeMarkdown(text)}”`;

/**
 * What the rationale concludes, in plain words that quote its concluding sentence; with
 * conflicting conclusions, the last one; without one, that there is none.
 */
export function conclusionWords(c: Conclusion): string {
  if (!c.range || !c.text) return `The rationale states ${NO_CLEAR_CONCLUSION}: no sentence says whether the treatment is medically necessary.`;
  if (c.necessity === 'unclear') return `The rationale concludes both ways; its last conclusion reads: ${quote(c.text)}`;
  return `The rationale concludes the treatment is **${necessityWords(c.necessity)}**: ${quote(c.text)}`;
}

/**
 * "How this was read": the technical reading behind conclusionWords, for whoever wants to check it
 * (the phrase that decided it and the negations around it, the reader's reason, the sentences not
 * taken). Always after the plain words, under its own heading.
 */
export function howThisWasRead(c: Conclusion): string {
  const lines: string[] = [HOW_THIS_WAS_READ, ''];
  if (c.cue) {
    const negation =
      c.negators.length === 0
        ? 'not negated'
        : negationWords(c.negators, quote) + (c.negators.length % 2 === 0 ? ' (an even number of negators cancel out)' : '');
    lines.push(`- Cue: ${quote(c.cue)}, ${negation}`);
  }
  lines.push(`- Reading: ${necessityWords(c.necessity)}`);
  if (c.explanation) lines.push(`- Why: ${escapeMarkdown(c.explanation)}`);
  if (c.considered.length > 0) {
    lines.push('', '**Other sentences considered**', '');
    for (const s of c.considered) {
      lines.push(`- ${quote(s.text)} — ${necessityWords(s.necessity)}; ${escapeMarkdown(s.reason)}`);
    }
  }
  return lines.join('\n');
}

export const HOW_THIS_WAS_READ = '**How this was read**';

const RULE = ['', '---', ''];

/** The concluding sentence's hover: the conclusion in plain words, then how it was read. */
export function explainConclusion(c: Conclusion): string {
  return [conclusionWords(c), ...RULE, howThisWasRead(c)].join('\n');
}

function guidelineSources(item: Item): string[] {
  const out: string[] = [];
  const { claimsAdministrator, maximus } = item.guidelines;
  out.push(`- Claims Administrator: ${claimsAdministrator ? escapeMarkdown(guidelineLabel(claimsAdministrator)) : NO_GUIDELINE}`);
  out.push(`- MAXIMUS: ${maximus ? escapeMarkdown(guidelineLabel(maximus)) : NO_GUIDELINE}`);
  return out;
}

/** An item's hover; `pageCount` (the letter's) lets it name the item's page, "p. 3 of 6", in a letter read from pages. */
export function itemHover(item: Item, pageCount: number | null = null): string {
  const page = pageLabel(item.page ?? null, pageCount);
  const lines = [`**${escapeMarkdown(item.title || '(untitled item)')}**: ${escapeMarkdown(decisionLabel(item))}${page ? ` (${page})` : ''}`, ''];
  if (item.decision) lines.push(decisionMeaning(item.decision), '');
  lines.push(item.rationale ? conclusionWords(item.conclusion) : 'There is no decision rationale.', '');
  lines.push('**Guidelines**', '', ...guidelineSources(item));
  return lines.join('\n');
}

export function guidelineHover(label: string, g: Guideline): string {
  // The pieces of guidelineLabel, one per line.
  const c = g.citation;
  const lines = [`**${label}**`, ''];
  lines.push(`- Source: ${sourcesText(c) || 'none named'}`);
  lines.push(`- MTUS basis: ${mtusBasisWords(c) ?? 'not stated'}`);
  if (c.topics.length) lines.push(`- Topics: ${namesText(c.topics.map(escapeMarkdown))}`);
  if (c.pages.length) lines.push(`- Pages: ${compactPages(c.pages)}`);
  if (c.regulations.length) lines.push(`- Regulations: ${namesText(c.regulations.map(escapeMarkdown))}`);
  if (c.noEvidenceCited) lines.push(`- Evidence: ${NO_EVIDENCE}`);
  return lines.join('\n');
}

const EXPLAINED_RULES = new Set(['IMR001', 'IMR006']);

/** The hover for a position, or undefined when nothing in the letter model is there. */
export function hoverAt(analysis: Analysis, position: Position): HoverData | undefined {
  const { letter, findings } = analysis;
  for (const item of letter.items) {
    const c = item.conclusion;
    if (c.range && containsPosition(c.range, position)) return { markdown: explainConclusion(c), range: c.range };
  }
  for (const item of letter.items) {
    if (containsPosition(item.range, position)) {
      let markdown = itemHover(item, letter.pageCount);
      // IMR001/IMR006 sit on the heading: show how the rationale was read right there.
      const explained = findings.some((f) => f.item === item.index && EXPLAINED_RULES.has(f.rule) && containsPosition(f.range, position));
      if (explained) markdown += ['', ...RULE, howThisWasRead(item.conclusion)].join('\n');
      return { markdown, range: item.range };
    }
    const { claimsAdministrator, maximus } = item.guidelines;
    if (claimsAdministrator && containsPosition(claimsAdministrator.range, position)) {
      return { markdown: guidelineHover('Claims Administrator guideline', claimsAdministrator), range: claimsAdministrator.range };
    }
    if (maximus && containsPosition(maximus.range, position)) {
      return { markdown: guidelineHover('MAXIMUS guideline', maximus), range: maximus.range };
    }
  }
  // IMR001/IMR006 findings elsewhere (e.g. on the rationale): explain that item's conclusion.
  const finding = findings.find((f) => f.item !== undefined && EXPLAINED_RULES.has(f.rule) && containsPosition(f.range, position));
  if (finding && finding.item !== undefined) {
    const item = letter.items[finding.item];
    if (item) return { markdown: explainConclusion(item.conclusion), range: finding.range };
  }
  return undefined;
}
