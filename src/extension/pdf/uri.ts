// The `imr-pdf` scheme: a PDF letter's extracted text as a read-only document. Its URI keeps the
// PDF's authority and path (so the tab reads "letter.pdf", and paths, folders and summary names
// derived from it are the PDF's); a PDF on any scheme but `file` (a virtual workspace) keeps its
// scheme, and its query, in the query.
import * as vscode from 'vscode';

export const PDF_SCHEME = 'imr-pdf';

/** "x.pdf" or "x.PDF": the files offered as letters. */
export function isPdfPath(path: string): boolean {
  return /\.pdf$/i.test(path);
}

/** The read-only letter document of a PDF file. */
export function letterUriForPdf(file: vscode.Uri): vscode.Uri {
  if (file.scheme === PDF_SCHEME) return file;
  const query = file.scheme === 'file' && file.query === '' ? '' : new URLSearchParams({ scheme: file.scheme, query: file.query }).toString();
  return file.with({ scheme: PDF_SCHEME, query, fragment: '' });
}

/** The PDF file behind a letter document, or undefined when `uri` is not one. */
export function pdfFileOf(uri: vscode.Uri): vscode.Uri | undefined {
  if (uri.scheme !== PDF_SCHEME) return undefined;
  if (uri.query === '') return uri.with({ scheme: 'file', fragment: '' });
  const q = new URLSearchParams(uri.query);
  return uri.with({ scheme: q.get('scheme') || 'file', query: q.get('query') ?? '', fragment: '' });
}

/** The file a letter document stands for: the PDF behind an `imr-pdf` document, else the URI itself (config lookups, suppressions, summaries). */
export function letterFileOf(uri: vscode.Uri): vscode.Uri {
  return pdfFileOf(uri) ?? uri;
}
