// The status bar's lock beside the letter's counts: "Read-only" or "Editable" for the active
// letter, and a click toggles it (a PDF letter's lock has nothing to toggle).
import * as vscode from 'vscode';
import { TOGGLE_READ_ONLY, type LetterAccess, type ReadOnlyLetters } from './readOnlyLetters';

const SHOWN: Record<LetterAccess, { text: string; tooltip: string }> = {
  'read-only': {
    text: '$(lock) Read-only',
    tooltip: 'This letter is open read-only, so nothing (typing, a quick fix, auto save) changes it. Click to allow editing in this session.',
  },
  editable: {
    text: '$(unlock) Editable',
    tooltip: 'This letter can be edited, and quick fixes may change its text. Click to make it read-only again.',
  },
  pdf: {
    text: '$(lock) Read-only (PDF)',
    tooltip: 'A PDF letter is shown as the text read from the PDF; it cannot be edited.',
  },
};

export class ReadOnlyStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('imrReview.readOnly', vscode.StatusBarAlignment.Left, 49);
  private readonly disposables: vscode.Disposable[];
  /** What the item shows now ('' when hidden), for the tests. */
  shownText = '';

  constructor(private readonly letters: ReadOnlyLetters) {
    this.item.name = 'IMR Review: letter read-only';
    this.disposables = [
      this.item,
      letters.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
    ];
    this.refresh();
  }

  private refresh(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const access = doc && !doc.isClosed && doc.uri.scheme !== 'untitled' ? this.letters.accessOf(doc) : undefined;
    if (!access) {
      this.shownText = '';
      this.item.hide();
      return;
    }
    const shown = SHOWN[access];
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.command = access === 'pdf' ? undefined : { title: 'Toggle read-only', command: TOGGLE_READ_ONLY };
    this.item.accessibilityInformation = { label: `Letter ${access === 'editable' ? 'editable' : 'read-only'}` };
    this.shownText = shown.text;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
