// The decision summary for people, shaped for an editor's preview: the letter's facts as a short
// list, a narrow table of the items and their decisions, then a section per item with its
// guidelines, what its rationale concludes (quoted) and its findings, and the totals. Plain words
// only: the technical reading (layout, cue, negators) is the JSON's.
import type { CoverPage, Finding, Guideline, Item, Letter } from '../model';
import { escapeMarkdownInline } from '../text/escape';
import { LetterStream } from './letterStream';
import { plural, severityText } from '../present/counts';
import { conclusionSummary, curlyQuote, decisionCounts, decisionLabel, guidelineLabel, NO_GUIDELINE, NO_RATIONALE, overallDeterminationLabel, pageLabel, treatmentsText } from '../present/index';
import { addCounts, caseNumber, countReport, zeroCounts, type Counts, type LetterReport } from './report';

/**
 * Letter text on one Markdown line that renders as itself: no line breaks (a table row is one
 * line), no pipes that split the cell, and no markup a preview would act on (an image fetched
 * from a server, a `command:` link, raw HTML, a bare URL made a link): escapeMarkdownInline.
 */
function inline(s: string): string {
  // Lines trimmed and joined: linear, where a /\s*[\r\n]+\s*/ replace backtracks on long blank runs.
  return escapeMarkdownInline(s.split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).join(' '));
}

/** Table cells and list values: as inline(), with a dash for an empty one. */
function cell(s: string): string {
  return inline(s) || '—';
}

/** Letter text quoted in a sentence of ours: curly quotes around the escaped text. */
const quoted = (s: string): string => curlyQuote(inline(s));

/** A guideline's value: the label the Outline and hovers show, or that the letter has no such line. */
function guidelineText(g: Guideline | null): string {
  return g ? inline(guidelineLabel(g)) : NO_GUIDELINE;
}

/** Our item number, kept apart from the title the letter writes (which may start with a quantity: "1 Prescription of ..."). */
const itemNumber = (i: Pick<Item, 'index'>): number => i.index + 1;

/** The letter's header facts, one per line: its own fields, then what was read about the reviewer and the worker. */
function factsBlock(letter: Letter): string[] {
  const facts: [string, string][] = letter.header.map((h) => [h.label, h.value]);
  if (letter.reviewer.specialties.length) facts.push(['Reviewer specialty', letter.reviewer.specialties.join('; ')]);
  if (letter.reviewer.licensure.length) facts.push(['Reviewer licensure', letter.reviewer.licensure.join(', ')]);
  const worker = [letter.case.age !== null ? `${letter.case.age} years` : '', letter.case.sex ?? ''].filter(Boolean).join(', ');
  if (worker) facts.push(['Injured worker', worker]);
  if (letter.case.dateOfInjury && !letter.header.some((h) => /date of injury/i.test(h.label))) facts.push(['Date of injury', letter.case.dateOfInjury]);
  if (letter.pageCount !== null) facts.push(['Pages', String(letter.pageCount)]);
  return facts.length ? [...facts.map(([k, v]) => `- **${inline(k)}:** ${cell(v)}`), ''] : [];
}

/** The cover page in short: the case number, the overall determination and its sentence, the treatments in dispute. */
function coverBlock(cover: CoverPage, caseNumber: string): string[] {
  const sentence = cover.determinationSentence ? ` — ${quoted(cover.determinationSentence.text)}` : '';
  return [
    '## Cover page',
    '',
    `- **Case number:** ${cell(caseNumber)}`,
    `- **Final Determination:** ${inline(overallDeterminationLabel(cover))}${sentence}`,
    `- **Treatments in dispute:** ${cell(treatmentsText(cover))}`,
    '',
  ];
}

/** The items at a glance: our number, the treatment as the letter writes it, the decision (and the page of a letter read from pages). */
function decisionsTable(letter: Letter): string[] {
  if (letter.items.length === 0) return ['No disputed items were found.', ''];
  const paged = letter.pageCount !== null;
  const out = [`| Item | Treatment | Decision |${paged ? ' Page |' : ''}`, `| --- | --- | --- |${paged ? ' --- |' : ''}`];
  for (const i of letter.items) {
    const page = paged ? ` ${cell(pageLabel(i.page, letter.pageCount))} |` : '';
    out.push(`| ${itemNumber(i)} | ${cell(i.title)} | ${cell(decisionLabel(i, curlyQuote))} |${page}`);
  }
  out.push('');
  return out;
}

/** A finding as a list item: "**error** on line 40 (IMR001 decision-contradicts-rationale): message". */
function findingLine(f: Finding, indent = ''): string {
  return `${indent}- **${f.severity}** on line ${f.range.start.line + 1} (${f.rule} ${f.name}): ${cell(f.message)}`;
}

/** "Item 2 — Cervical traction pillow: Overturned": our number, then the title as written, then the decision. */
export function itemHeading(i: Pick<Item, 'index' | 'title' | 'decision' | 'decisionText'>): string {
  const title = inline(i.title);
  return `Item ${itemNumber(i)}${title ? ` — ${title}` : ''}: ${inline(decisionLabel(i, curlyQuote))}`;
}

/** An item's section: where it is, its guidelines, what the rationale concludes, and its findings. */
function itemSection(i: Item, pageCount: number | null, findings: readonly Finding[]): string[] {
  const out = [`## ${itemHeading(i)}`, ''];
  const page = pageLabel(i.page, pageCount);
  if (page) out.push(`- **Page:** ${inline(page)}`);
  out.push(
    `- **Claims Administrator guideline:** ${guidelineText(i.guidelines.claimsAdministrator)}`,
    `- **MAXIMUS guideline:** ${guidelineText(i.guidelines.maximus)}`,
    `- **Rationale concludes:** ${i.rationale ? conclusionSummary(i.conclusion, quoted) : NO_RATIONALE}`,
  );
  if (findings.length === 0) out.push('- **Findings:** none');
  else out.push('- **Findings:**', ...findings.map((f) => findingLine(f, '  ')));
  out.push('');
  return out;
}

export function renderMarkdown(report: LetterReport): string {
  const { letter, findings, file } = report;
  const out: string[] = [`# IMR decision summary: ${inline(file)}`, '', ...factsBlock(letter)];
  if (letter.cover) out.push(...coverBlock(letter.cover, caseNumber(report)));
  out.push('## Decisions', '', ...decisionsTable(letter));
  const indexes = new Set(letter.items.map((i) => i.index));
  for (const i of letter.items) out.push(...itemSection(i, letter.pageCount, findings.filter((f) => f.item === i.index)));
  // Findings that belong to no item: a missing section, dates out of order, the cover page.
  const whole = findings.filter((f) => f.item === undefined || !indexes.has(f.item));
  if (whole.length) out.push('## Findings about the whole letter', '', ...whole.map((f) => findingLine(f)), '');
  const c = countReport(report);
  out.push('## Totals', '', `${plural(c.items, 'item')}: ${decisionCounts(c)}. ${severityText(c)}.`, '');
  return out.join('\n');
}

const LETTER_SEPARATOR = '\n---\n\n';

function allLetters(letters: number, total: Counts): string {
  return `# All letters\n\n${plural(letters, 'letter')}, ${plural(total.items, 'item')}: ${decisionCounts(total)}. ${severityText(total)}.\n`;
}

/** Several letters in one document, with overall totals at the end. */
export function renderMarkdownAll(reports: readonly LetterReport[]): string {
  if (reports.length === 1) return renderMarkdown(reports[0]);
  const parts = reports.map(renderMarkdown);
  parts.push(allLetters(reports.length, reports.map(countReport).reduce(addCounts, zeroCounts())));
  return parts.join(LETTER_SEPARATOR);
}

/**
 * renderMarkdownAll a letter at a time (letters in output order): the chunks joined are its bytes
 * for one letter or more, and nothing for none.
 */
export class MarkdownStream extends LetterStream {
  begin(): string {
    return '';
  }

  render(r: LetterReport): string {
    return renderMarkdown(r);
  }

  protected frame(text: string): string {
    return (this.letters ? LETTER_SEPARATOR : '') + text;
  }

  end(): string {
    return this.letters > 1 ? LETTER_SEPARATOR + allLetters(this.letters, this.total) : '';
  }
}
