// The decision summary for people: who reviewed, whose case, what was decided and on what basis,
// what looks wrong, and the totals.
import type { Guideline, Item } from '../model';
import { escapeMarkdownInline } from '../text/escape';
import { LetterStream } from './letterStream';
import { addCounts, basisText, countReport, zeroCounts, type Counts, type LetterReport } from './report';

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

function guidelineCell(g: Guideline | null): string {
  if (!g) return 'missing';
  const c = g.citation;
  const parts = [basisText(g)];
  if (c.topics.length) parts.push(c.topics.join('; '));
  if (c.pages.length) parts.push(`p. ${compactPages(c.pages)}`);
  return parts.filter(Boolean).join(' · ');
}

/** [74,75,76,77,78,88] -> "74-78, 88". */
/** Pages as ranges, each page once: [74, 74, 75, 77] reads "74-75, 77" (the Outline, hovers and summaries alike). */
export function compactPages(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(j > i ? `${sorted[i]}-${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return out.join(', ');
}

function conclusionCell(i: Item): string {
  const c = i.conclusion;
  const label = c.necessity === 'necessary' ? 'medically necessary' : c.necessity === 'not-necessary' ? 'not medically necessary' : 'unclear';
  if (!c.cue) return label;
  return c.negators.length ? `${label} (“${c.cue}”, negated by ${c.negators.map((n) => `“${n}”`).join(', ')})` : `${label} (“${c.cue}”)`;
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
  out.push('', '## Decisions', '');
  if (letter.items.length === 0) out.push('No disputed items were found.');
  else {
    out.push('| # | Item | Decision | Claims Administrator guideline | MAXIMUS guideline | Rationale concludes |', '|---|---|---|---|---|---|');
    for (const i of letter.items) {
      const decision = i.decision ?? (i.decisionText ? `unknown (“${i.decisionText}”)` : 'missing');
      out.push(`| ${i.index + 1} | ${cell(i.title)} | ${cell(decision)} | ${cell(guidelineCell(i.guidelines.claimsAdministrator))} | ${cell(guidelineCell(i.guidelines.maximus))} | ${cell(conclusionCell(i))} |`);
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
    `${c.items} item${c.items === 1 ? '' : 's'}: ${c.upheld} upheld, ${c.overturned} overturned, ${c.undecided} without a decision. ` +
      `${c.errors} error${c.errors === 1 ? '' : 's'}, ${c.warnings} warning${c.warnings === 1 ? '' : 's'}, ${c.infos} info.`,
    '',
  );
  return out.join('\n');
}

const LETTER_SEPARATOR = '\n---\n\n';

function allLetters(letters: number, total: Counts): string {
  return (
    `# All letters\n\n${letters} letters, ${total.items} items: ${total.upheld} upheld, ${total.overturned} overturned, ${total.undecided} without a decision. ` +
    `${total.errors} errors, ${total.warnings} warnings, ${total.infos} info.\n`
  );
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
