// Exports written a letter at a time: begin(), add() for each letter in output order, end(). The
// chunks joined are the bytes of the whole-document renderers (renderJson, renderCsv,
// renderMarkdownAll), while only running totals are kept: the CLI and the editor write a batch of
// any size without holding its letters' models. The CLI renders each letter where it was analysed
// (renderLetter, in a worker thread) and hands the stream only text and counts (addRendered).
import { CsvStream } from './csv';
import { JsonLinesStream, JsonStream } from './json';
import type { LetterStream } from './letterStream';
import { MarkdownStream } from './markdown';
import { countReport, type Counts, type LetterReport } from './report';

export type ExportFormat = 'markdown' | 'json' | 'jsonl' | 'csv';

export type ExportStream = LetterStream;

export function exportStream(format: ExportFormat): ExportStream {
  if (format === 'json') return new JsonStream();
  if (format === 'jsonl') return new JsonLinesStream();
  if (format === 'csv') return new CsvStream();
  return new MarkdownStream();
}

export interface RenderedLetter {
  text: string;
  counts: Counts;
}

/** One letter's part of a `format` export, on its own (for ExportStream.addRendered). */
export function renderLetter(format: ExportFormat, r: LetterReport): RenderedLetter {
  return { text: exportStream(format).render(r), counts: countReport(r) };
}

/** The whole export as one string (small exports, and file systems written in one piece). */
export function renderExport(format: ExportFormat, reports: readonly LetterReport[]): string {
  const stream = exportStream(format);
  return stream.begin() + reports.map((r) => stream.add(r)).join('') + stream.end();
}
