// The PDF settings of a letter's folder (`imrReview.pdf.enabled`, `imrReview.pdf.maxPages`), read
// fresh each time: VS Code caches configuration, and a change must apply to the next read at once.
// One reader for Open as IMR Letter, the PDF file system and the workspace features.
import * as vscode from 'vscode';
import { pdfSettingsOf, type PdfSettings } from '../shared/pdfSettings';

export type { PdfSettings };

export const PDF_SECTION = 'imrReview.pdf';

export function pdfSettings(uri?: vscode.Uri): PdfSettings {
  const c = vscode.workspace.getConfiguration(PDF_SECTION, uri);
  return pdfSettingsOf(c.get<unknown>('enabled'), c.get<unknown>('maxPages'));
}

/** Whether a configuration change touches the PDF settings (what the workspace features re-read for). */
export function affectsPdfSettings(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(PDF_SECTION);
}
