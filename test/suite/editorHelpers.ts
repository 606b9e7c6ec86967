// The integration suite's editor helpers that need only the `vscode` API (no fs, no path): the
// extension and its API, diagnostics, and waits on editor events (never sleeps): each wait
// subscribes first, then checks the current state, and fails with a description of what it waited
// for when its time is up. The Node suite (through helpers.ts) and the web suite (test/web, in the
// web worker extension host) share them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { claim } from '../budget';

/** The file name of a URI of any scheme (the web host has no path module). */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export const EXTENSION_ID = 'imr-review.imr-review';
export const LANGUAGE_ID = 'imr';
export const SOURCE = 'imr-review';

/** What the tests use of the API returned by activate(); later features add members. */
export interface ImrApi {
  analysisOf(uri: vscode.Uri): unknown;
  [member: string]: unknown;
}

export async function activateExtension(): Promise<ImrApi> {
  const ext = vscode.extensions.getExtension<ImrApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in the extension host`);
  const api = await ext.activate();
  assert.ok(api && typeof api.analysisOf === 'function', 'activate() must return an API with analysisOf(uri)');
  return api;
}

export function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

/** Resolves with the first event that satisfies the predicate. */
export function waitFor<T>(event: vscode.Event<T>, predicate: (e: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  claim(timeoutMs, what);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const sub = event((e) => {
      let ok: boolean;
      try {
        ok = predicate(e);
      } catch (err) {
        clearTimeout(timer);
        sub.dispose();
        reject(err);
        return;
      }
      if (ok) {
        clearTimeout(timer);
        sub.dispose();
        resolve(e);
      }
    });
  });
}

/**
 * Resolves once `condition()` holds, re-checking whenever one of `events` fires. Checks at once
 * too, so a state reached before the call is seen. `pollMs` re-checks on a timer as well, for
 * state that changes without any event (the status bar item): a bounded wait, not a sleep.
 */
export async function waitUntil<T>(condition: () => T | undefined | false, events: vscode.Event<unknown>[], timeoutMs: number, what: string | (() => string), pollMs?: number): Promise<T> {
  claim(timeoutMs, what);
  const now = condition();
  if (now) return now;
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let poll: ReturnType<typeof setInterval> | undefined;
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      for (const s of subs) s.dispose();
      fn();
    };
    const describe = () => (typeof what === 'function' ? what() : what);
    const timer = setTimeout(() => finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`))), timeoutMs);
    const check = () => {
      try {
        const v = condition();
        if (v) finish(() => resolve(v));
      } catch (err) {
        finish(() => reject(err));
      }
    };
    for (const e of events) subs.push(e(check));
    if (pollMs) poll = setInterval(check, pollMs);
    check();
  });
}

export function imrDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (!rule || codeOf(d) === rule));
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  if (typeof c === 'object') return String(c.value);
  return String(c);
}

/** Waits until the document's imr-review diagnostics satisfy `predicate`, and returns them. */
export function waitForDiagnostics(uri: vscode.Uri, predicate: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15000): Promise<vscode.Diagnostic[]> {
  return waitUntil(
    () => {
      const ds = imrDiagnostics(uri);
      return predicate(ds) ? ds : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
    `${what} (${baseName(uri)})`,
  );
}

export function openDocumentFor(uri: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => sameUri(d.uri, uri) && !d.isClosed);
}

/**
 * Opens a file and waits until it has the language `languageId`: a letter saved as .txt opens as
 * plaintext and the extension switches it (which closes and reopens the document).
 */
export async function openAs(uri: vscode.Uri, languageId: string, timeoutMs = 15000): Promise<vscode.TextDocument> {
  const reopened = waitUntil(
    () => {
      const d = openDocumentFor(uri);
      return d && d.languageId === languageId ? d : undefined;
    },
    [vscode.workspace.onDidOpenTextDocument],
    timeoutMs,
    `${baseName(uri)} to open as ${languageId}`,
  );
  await vscode.workspace.openTextDocument(uri);
  return reopened;
}

/**
 * Fails, with the feature named, when a command the test needs is not registered: tests of later
 * features must not pass (or hang) because the feature is missing.
 */
export async function requireCommand(id: string, feature: string): Promise<void> {
  const all = await vscode.commands.getCommands(true);
  assert.ok(all.includes(id), `command ${id} is not registered: ${feature} is missing from the extension`);
}

/** The 0-based line of the first line containing `needle`. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.includes(needle)) return i;
  throw new Error(`"${needle}" not found in ${baseName(doc.uri)}`);
}

/**
 * Runs Open as IMR Letter (the Explorer's context menu command) on a PDF file and waits until its
 * read-only `imr-pdf` document is the active editor, as an `imr` document.
 */
export async function openPdfLetter(pdf: vscode.Uri, timeoutMs = 20000): Promise<vscode.TextDocument> {
  await vscode.commands.executeCommand('imrReview.openAsLetter', pdf);
  return waitUntil(
    () => {
      const d = vscode.window.activeTextEditor?.document;
      return d && d.uri.scheme === 'imr-pdf' && d.uri.path === pdf.path && d.languageId === LANGUAGE_ID ? d : undefined;
    },
    [vscode.window.onDidChangeActiveTextEditor, vscode.workspace.onDidOpenTextDocument],
    timeoutMs,
    'the PDF letter to open as an imr document',
  );
}

/** A tree item's label as text (a TreeItemLabel's `label`). */
export function treeLabel(item: vscode.TreeItem): string {
  const l = item.label;
  return typeof l === 'string' ? l : (l?.label ?? '');
}
