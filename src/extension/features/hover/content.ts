// Hover text for a position in a letter, as Markdown, with the range it applies to. Pure, so the
// wording is unit-tested; hover.ts only wraps it in a vscode.Hover.
import { containsPosition, escapeMarkdownInline, type Analysis, type Conclusion, type Guideline, type Item, type Position, type Range } from '../../../core/index';
import { compactPages } from '../../../core/index';
import { citationLabel, conclusionLabel, decisionLabel } from '../outline/symbolTree';

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

function necessityWords(n: Conclusion['necessity'] | null): string {
  if (n === 'necessary') return 'medically necessary';
  if (n === 'not-necessary') return 'not medically necessary';
  if (n === 'unclear') return 'unclear';
  return 'no necessity language';
}

/** "How it was read": the cue, its negators, the explanation and the sentences not taken. */
export function explainConclusion(c: Conclusion): string {
  const lines: string[] = ['**How the conclusion was read**', ''];
  if (c.range && c.text) lines.push(`Concluding sentence: ${quote(c.text)}`, '');
  else lines.push('No concluding sentence was found.', '');
  if (c.cue) {
    const negation =
      c.negators.length === 0
        ? 'not negated'
        : `negated by ${c.negators.map((n) => `“${escapeMarkdown(n)}”`).join(', ')}` +
          (c.negators.length % 2 === 0 ? ' (an even number of negators cancel out)' : '');
    lines.push(`- Cue: “${escapeMarkdown(c.cue)}”, ${negation}`);
  }
  lines.push(`- Reading: **${necessityWords(c.necessity)}**`);
  if (c.explanation) lines.push(`- Why: ${escapeMarkdown(c.explanation)}`);
  if (c.considered.length > 0) {
    lines.push('', '**Other sentences considered**', '');
    for (const s of c.considered) {
      lines.push(`- ${quote(s.text)} — ${necessityWords(s.necessity)}; ${escapeMarkdown(s.reason)}`);
    }
  }
  return lines.join('\n');
}

function guidelineSources(item: Item): string[] {
  const out: string[] = [];
  const { claimsAdministrator, maximus } = item.guidelines;
  if (claimsAdministrator) out.push(`- Claims Administrator: ${escapeMarkdown(citationLabel(claimsAdministrator))}`);
  else out.push('- Claims Administrator: no guideline line');
  if (maximus) out.push(`- MAXIMUS: ${escapeMarkdown(citationLabel(maximus))}`);
  else out.push('- MAXIMUS: no guideline line');
  return out;
}

export function itemHover(item: Item): string {
  const lines = [`**${escapeMarkdown(item.title || '(untitled item)')}**: ${escapeMarkdown(decisionLabel(item))}`, ''];
  if (item.decision) {
    lines.push(
      item.decision === 'Upheld'
        ? 'Upheld: the utilization-review denial stands; the treatment is found not medically necessary.'
        : 'Overturned: the denial is reversed; the treatment is found medically necessary.',
      '',
    );
  }
  if (item.conclusion.range && item.conclusion.text) {
    lines.push(`Conclusion (${escapeMarkdown(conclusionLabel(item))}): ${quote(item.conclusion.text)}`, '');
  } else {
    lines.push(item.rationale ? 'The rationale states no clear conclusion.' : 'There is no decision rationale.', '');
  }
  lines.push('**Guidelines**', '', ...guidelineSources(item));
  return lines.join('\n');
}

export function guidelineHover(label: string, g: Guideline): string {
  const c = g.citation;
  const basis = c.mtusBasis === 'based' ? 'based on the MTUS' : c.mtusBasis === 'not-based' ? 'not based on the MTUS' : 'not stated';
  const lines = [`**${label}**`, ''];
  lines.push(`- Source: ${c.sources.length ? c.sources.join(', ') : 'none named'}`);
  lines.push(`- MTUS basis: ${basis}`);
  if (c.topics.length) lines.push(`- Topics: ${c.topics.map(escapeMarkdown).join('; ')}`);
  if (c.pages.length) lines.push(`- Pages: ${compactPages(c.pages)}`);
  if (c.regulations.length) lines.push(`- Regulations: ${c.regulations.map(escapeMarkdown).join('; ')}`);
  if (c.noEvidenceCited) lines.push('- The reviewer cited no medical evidence.');
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
      let markdown = itemHover(item);
      // IMR001/IMR006 sit on the heading: show how the rationale was read right there.
      const explained = findings.some((f) => f.item === item.index && EXPLAINED_RULES.has(f.rule) && containsPosition(f.range, position));
      if (explained) markdown += '\n\n---\n\n' + explainConclusion(item.conclusion);
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
