// Switches plaintext documents that are IMR letters to the `imr` language. VS Code applies a
// language's `firstLine` only to files without a stronger association, and `.txt` is plain text,
// so letters named *.txt need this. It reads at most the first 8 KB and touches nothing else.
import * as vscode from 'vscode';
import { DETECT_PREFIX_CHARS, looksLikeLetter } from '../../../core/light';
import { LANGUAGE_ID } from '../../shared/convert';
import { Debouncer } from '../../shared/debounce';
import { LanguageChoices, microtask } from './choice';

/** About the first `limit` characters of a document (lines joined with \n), read line by line. */
export function documentPrefix(doc: vscode.TextDocument, limit = DETECT_PREFIX_CHARS): string {
  const parts: string[] = [];
  let remaining = limit;
  for (let i = 0; i < doc.lineCount && remaining > 0; i++) {
    const text = doc.lineAt(i).text;
    parts.push(text.length > remaining ? text.slice(0, remaining) : text);
    remaining -= text.length + 1;
  }
  return parts.join('\n');
}

export class LetterDetector implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly choices = new LanguageChoices();
  /** New untitled documents are empty when they open: look again once a paste settles. */
  private readonly untitledChecks = new Debouncer(300);

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.consider(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        const doc = e.document;
        if (doc.uri.scheme === 'untitled' && doc.languageId === 'plaintext' && e.contentChanges.length > 0) {
          this.untitledChecks.schedule(doc.uri.toString(), () => void this.consider(doc));
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('imrReview.autoDetect')) void this.scanOpenDocuments();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId === LANGUAGE_ID) this.choices.closed(doc.uri.toString(), microtask);
      }),
    );
  }

  /** Checks the documents already open when the extension activates. */
  async scanOpenDocuments(): Promise<number> {
    const results = await Promise.all(vscode.workspace.textDocuments.map((doc) => this.consider(doc)));
    return results.filter(Boolean).length;
  }

  /** True when the document was switched to `imr`. */
  async consider(doc: vscode.TextDocument): Promise<boolean> {
    if (doc.isClosed || doc.languageId !== 'plaintext' || doc.uri.scheme === 'output') return false;
    if (!this.choices.mayDetect(doc.uri.toString())) return false;
    if (!vscode.workspace.getConfiguration('imrReview', doc.uri).get<boolean>('autoDetect', true)) return false;
    if (!looksLikeLetter(documentPrefix(doc))) return false;
    try {
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
      this.log.debug(`Recognised an IMR letter (${doc.uri.scheme}), switched its language to ${LANGUAGE_ID}`);
      return true;
    } catch (err) {
      // The document may have closed meanwhile.
      this.log.debug(`Could not switch the language: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  dispose(): void {
    this.untitledChecks.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
