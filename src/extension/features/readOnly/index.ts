// Letters open read-only: the state, its status bar lock and the toggle command, made together.
import * as vscode from 'vscode';
import { ReadOnlyLetters } from './readOnlyLetters';
import { ReadOnlyStatus } from './readOnlyStatus';

export { ReadOnlyLetters, type LetterAccess } from './readOnlyLetters';

export interface ReadOnlyFeature extends vscode.Disposable {
  readonly letters: ReadOnlyLetters;
  /** What the status bar's lock shows now ('' when hidden), for the tests. */
  statusText(): string;
}

export function registerReadOnlyLetters(): ReadOnlyFeature {
  const letters = new ReadOnlyLetters();
  const status = new ReadOnlyStatus(letters);
  const command = vscode.commands.registerCommand('imrReview.toggleLetterReadOnly', (uri?: unknown) => letters.toggle(uri));
  return {
    letters,
    statusText: () => status.shownText,
    dispose: () => vscode.Disposable.from(command, status, letters).dispose(),
  };
}
