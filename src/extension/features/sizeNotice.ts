// The one-time message for a letter over imrReview.maxFileSizeMB (the status bar says it too, for
// as long as the letter is active): once per document and session, so reopening does not nag.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis/cache';
import { openDocument } from '../shared/convert';
import { basename } from '../shared/paths';
import { MAX_SIZE_SETTING, tooLargeMessage } from './statusBar/statusText';
import { plainMessageText } from '../shared/messageText';

const OPEN_SETTINGS = 'Open Settings';

/** Shows the message of a letter over the limit (`uri` is the letter's, as a string), offering the setting. */
export type SizeNotifier = (uri: string, message: string) => void;

export const showSizeNotice: SizeNotifier = (_uri, message) => {
  void vscode.window.showInformationMessage(plainMessageText(message), OPEN_SETTINGS).then((choice) => {
    if (choice === OPEN_SETTINGS) void vscode.commands.executeCommand('workbench.action.openSettings', MAX_SIZE_SETTING);
  });
};

export class SizeLimitNotice implements vscode.Disposable {
  private readonly announced = new Set<string>();
  private readonly disposable: vscode.Disposable;

  constructor(cache: AnalysisCache, notify: SizeNotifier = showSizeNotice) {
    this.disposable = cache.onDidChangeState((uri) => {
      const key = uri.toString();
      if (this.announced.has(key)) return;
      const doc = openDocument(uri);
      const state = doc && cache.stateOf(doc);
      if (state?.kind !== 'too-large') return;
      this.announced.add(key);
      notify(key, tooLargeMessage(basename(uri.path), state.chars, state.limitChars));
    });
  }

  dispose(): void {
    this.disposable.dispose();
  }
}
