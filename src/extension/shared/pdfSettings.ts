// The PDF settings as values (no vscode: unit-tested as they are), read by pdf/settings.ts.

/** `imrReview.pdf.maxPages` when unset or invalid: the CLI's --max-pages default. */
export const DEFAULT_PDF_MAX_PAGES = 200;

export interface PdfSettings {
  /** `imrReview.pdf.enabled`: PDF letters are read (opened, checked, listed, exported). */
  enabled: boolean;
  /** `imrReview.pdf.maxPages`: PDFs with more pages are refused before their text is read. */
  maxPages: number;
}

/** The PDF settings as read, made safe: anything but `false` enables, a page limit is a whole number of at least 1. */
export function pdfSettingsOf(enabled: unknown, maxPages: unknown): PdfSettings {
  const pages = typeof maxPages === 'number' && Number.isFinite(maxPages) ? Math.max(1, Math.floor(maxPages)) : DEFAULT_PDF_MAX_PAGES;
  return { enabled: enabled !== false, maxPages: pages };
}
