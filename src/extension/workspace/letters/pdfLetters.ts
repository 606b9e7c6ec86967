// Where the workspace features meet the PDF service (src/extension/pdf): a discovered `.pdf` file
// is read through it and shown as its `imr-pdf` document, which is what users open, what the
// Problems panel names and what Ctrl+T points at; the file itself stays the letter's key (watchers
// and deletions speak of files).
import * as vscode from 'vscode';
import { letterUriForPdf, pdfFileOf, PDF_SCHEME, readPdfLetter } from '../../pdf/index';
import { isPdfPath } from './globs';

export { readPdfLetter };

/** The document users see for a discovered file: a PDF's `imr-pdf` document, else the file itself. */
export function documentUriOf(file: vscode.Uri): vscode.Uri {
  return isPdfPath(file.path) ? letterUriForPdf(file) : file;
}

/** The file behind a document: the PDF of an `imr-pdf` document, else the document's own URI (undefined for an `imr-pdf` URI naming no file). */
export function fileOfDocument(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === PDF_SCHEME ? pdfFileOf(uri) : uri;
}
