// Export formats and the default file name of an exported summary.
import type { ExportFormat } from '../../core/light';
import { stem } from '../shared/paths';

/** The core's export formats a single letter's summary is offered in (JSON Lines is for batches). */
export type SummaryFormat = Extract<ExportFormat, 'markdown' | 'json' | 'csv'>;

export const SUMMARY_FORMATS: readonly { format: SummaryFormat; label: string; extension: string; description: string }[] = [
  { format: 'markdown', label: 'Markdown', extension: 'md', description: 'a readable summary per item' },
  { format: 'json', label: 'JSON', extension: 'json', description: 'the machine-readable summary (schemaVersion 1)' },
  { format: 'csv', label: 'CSV', extension: 'csv', description: 'one row per item, for spreadsheets' },
];

export function isSummaryFormat(value: unknown): value is SummaryFormat {
  return SUMMARY_FORMATS.some((f) => f.format === value);
}

export function extensionOf(format: SummaryFormat): string {
  return SUMMARY_FORMATS.find((f) => f.format === format)!.extension;
}

/** "<letter name>.summary.<ext>": "/cases/2014-05-okafor.txt" -> "2014-05-okafor.summary.md". */
export function defaultSummaryName(letterPath: string, format: SummaryFormat): string {
  const name = stem(letterPath) || 'letter';
  return `${name}.summary.${extensionOf(format)}`;
}

/** Quick pick order: the last used format first, the others in their usual order. */
export function formatsInPickOrder(last: unknown): SummaryFormat[] {
  const all = SUMMARY_FORMATS.map((f) => f.format);
  return isSummaryFormat(last) ? [last, ...all.filter((f) => f !== last)] : all;
}
