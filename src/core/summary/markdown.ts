// The decision summary for people: who reviewed, whose case, what was decided and on what basis,
// what looks wrong, and the totals.
import type { CoverPage, Guideline } from '../model';
import { escapeMarkdownInline } from '../text/escape';
import { LetterStream } from './letterStream';
import { plural, severityText } from '../present/counts';
import { conclusionReading, curlyQuote, decisionCounts, decisionLabel, guidelineLabel, NO_GUIDELINE, overallDeterminationLabel, pageLabel, treatmentsText } from '../present/index';
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

/** Table cells: as inline(), with a dash for an empty cell. */
function cell(s: string): string {
  return inline(s) || '—';
}

/** A guideline's cell: the label the Outline and hovers show, or that the letter has no such line. */
function guidelineCell(g: Guideline | null): string {
  return g ? guidelineLabel(g) : NO_GUIDELINE;
}

/** The cover page in short: the case number, the overall determination and its sentence, the treatments in dispute. */
function coverBlock(cover: CoverPage, caseNumber: string): string[] {
  const sentence = cover.determinationSentence ? ` — ${curlyQuote(inline(cover.determinationSentence.text))}` : '';
  return [
    '## Cover page',
    '',
    `- **Case number:** ${cell(caseNumber)}`,
    `- **Final Determination:** ${inline(overallDeterminationLabel(cover))}${sentence}`,
    `- **Treatments in dispute:** ${cell(treatmentsText(cover))}`,
    '',
  ];
}

export function renderMarkdown(report: LetterReport): string {
  const { letter, findings, file } = report;
  const out: string[] = [`# IMR decision summary: ${inline(file)}`, ''];
  const facts: [string, string][] = [];
  for (const h of letter.header) facts.push([h.label, h.value]);
  if (letter.reviewer.specialties.length) facts.push(['Reviewer specialty', letter.reviewer.specialties.join('; ')]);
  if (letter.reviewer.licensure.length) facts.push(['Reviewer licensure', letter.reviewer.licensure.join(', ')]);
  const worker = [letter.case.age !== null ? `${letter.case.age} years` : '', letter.case.sex ?? ''].filter(Boolean).join(', ');
  if (worker) facts.push(['Injured worker', worker]);
  if (letter.case.dateOfInjury && !letter.header.some((h) => /date of injury/i.test(h.label))) facts.push(['Date of injury', letter.case.dateOfInjury]);
  facts.push(['Layout', letter.layout]);
  for (const [k, v] of facts) out.push(`- **${inline(k)}:** ${cell(v)}`);
  out.push('');
  if (letter.cover) out.push(...coverBlock(letter.cover, caseNumber(report)));
  out.push('## Decisions', '');
  if (letter.items.length === 0) out.push('No disputed items were found.');
  else {
    // A letter read from pages (a PDF) says where each item is; a text without page breaks has no Page column.
    const paged = letter.pageCount !== null;
    out.push(
      `| # | Item | Decision | Claims Administrator guideline | MAXIMUS guideline | Rationale concludes |${paged ? ' Page |' : ''}`,
      `|---|---|---|---|---|---|${paged ? '---|' : ''}`,
    );
    for (const i of letter.items) {
      const decision = decisionLabel(i, curlyQuote);
      const page = paged ? ` ${cell(pageLabel(i.page, letter.pageCount))} |` : '';
      out.push(`| ${i.index + 1} | ${cell(i.title)} | ${cell(decision)} | ${cell(guidelineCell(i.guidelines.claimsAdministrator))} | ${cell(guidelineCell(i.guidelines.maximus))} | ${cell(conclusionReading(i.conclusion, curlyQuote))} |${page}`);
    }
  }
  out.push('', '## Findings', '');
  if (findings.length === 0) out.push('No problems found.');
  else {
    out.push('| Line | Severity | Rule | Item | Message |', '|---|---|---|---|---|');
    for (const f of findings) {
      const item = f.item !== undefined ? String(f.item + 1) : '';
      out.push(`| ${f.range.start.line + 1} | ${f.severity} | ${f.rule} ${f.name} | ${cell(item)} | ${cell(f.message)} |`);
    }
  }
  const c = countReport(report);
  out.push(
    '',
    '## Totals',
    '',
    `${plural(c.items, 'item')}: ${decisionCounts(c)}. ${severityText(c)}.`,
    '',
  );
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
