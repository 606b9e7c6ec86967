// "Open as IMR Letter": a PDF (from the Explorer, a PDF's tab, the active tab or an open dialog) is
// read, checked to be a letter, and its `imr-pdf` document opened in a text editor in the `imr`
// language. A PDF opened in another editor (VS Code's binary view, a PDF viewer) that is a letter
// offers this once per file and session.
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../shared/convert';
import { basename } from '../shared/paths';
import { plainMessageText } from '../shared/messageText';
import type { PdfLetterReader } from './read';
import { pdfSettings } from './settings';
import { isPdfPath, letterUriForPdf, pdfFileOf, PDF_SCHEME } from './uri';

export const OPEN_AS_LETTER = 'imrReview.openAsLetter';

/** The URI of a tab's file (text, binary or custom editor), if it has one. */
function tabUri(tab: vscode.Tab | undefined): vscode.Uri | undefined {
  const input = tab?.input;
  return input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom ? input.uri : undefined;
}

/** Makes sure a letter document is in the `imr` language (a document the detector left plain). */
export async function asLetterDocument(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  return doc.languageId === LANGUAGE_ID ? doc : vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export class OpenAsLetter implements vscode.Disposable {
  private readonly offered = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly reader: Pick<PdfLetterReader, 'readLetter'>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of [...e.opened, ...e.changed]) void this.offer(tabUri(tab));
      }),
      // An `imr-pdf` document opened any other way (a restored editor, the Problems panel, the tree) is a letter too.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc.uri.scheme === PDF_SCHEME && doc.languageId === 'plaintext') void asLetterDocument(doc).catch(() => undefined);
      }),
    );
  }

  /** The PDF a command invocation names: its argument, else the active tab's PDF, else one the user picks. */
  private async pdfFor(arg: unknown): Promise<vscode.Uri | undefined> {
    if (arg instanceof vscode.Uri) return pdfFileOf(arg) ?? arg;
    const active = tabUri(vscode.window.tabGroups.activeTabGroup.activeTab);
    if (active && (isPdfPath(active.path) || active.scheme === PDF_SCHEME)) return pdfFileOf(active) ?? active;
    const picked = await vscode.window.showOpenDialog({ title: 'Open as IMR Letter', openLabel: 'Open as IMR Letter', canSelectMany: false, filters: { PDF: ['pdf', 'PDF'] } });
    return picked?.[0];
  }

  /** `imrReview.openAsLetter(uri?)`: the letter's editor, or undefined (a message said why). */
  async run(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    const file = await this.pdfFor(arg);
    if (!file) return undefined;
    const name = basename(file.path);
    const read = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Reading ${name}` }, () =>
      this.reader.readLetter(file, pdfSettings(file).maxPages, true),
    );
    if (!read.ok) {
      this.log.info(`Not opened as a letter: ${read.skip ? 'not a letter' : 'unreadable PDF'}`);
      void vscode.window.showErrorMessage(plainMessageText(`IMR Review: ${name}: ${read.reason}`));
      return undefined;
    }
    const doc = await asLetterDocument(await vscode.workspace.openTextDocument(letterUriForPdf(file)));
    return vscode.window.showTextDocument(doc, { preview: false });
  }

  /** Offers "Open as IMR Letter" for a PDF shown in another editor, once per file, when it is a letter. */
  private async offer(uri: vscode.Uri | undefined): Promise<void> {
    if (!uri || uri.scheme === PDF_SCHEME || !isPdfPath(uri.path)) return;
    const key = uri.toString();
    if (this.offered.has(key)) return;
    this.offered.add(key);
    const settings = pdfSettings(uri);
    if (!settings.enabled) return;
    const read = await this.reader.readLetter(uri, settings.maxPages);
    if (!read.ok) return; // not a letter, or unreadable: nothing to offer
    const choice = await vscode.window.showInformationMessage(
      plainMessageText(`IMR Review: ${basename(uri.path)} is an IMR determination letter. Open its text to see its items, decisions and problems?`),
      'Open as IMR Letter',
    );
    if (choice) await this.run(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
