// A letter is evidence: letters open read-only (VS Code's read-only-in-session), so no quick fix,
// stray keystroke or auto save changes the file. `imrReview.letters.readOnly` turns this off; the
// toggle command (the status bar's lock) makes one letter editable for the session, or read-only
// again. VS Code sets that state only on the active editor and tells extensions nothing about it,
// so it is set when a letter becomes active and this class remembers what it set (a toggle through
// VS Code's own command is not seen). A PDF letter is always read-only (its file system is); an
// untitled letter has no file to protect and stays editable.
import * as vscode from 'vscode';
import { isLetterDocument } from '../../shared/convert';
import { PDF_SCHEME } from '../../pdf/index';

export const READ_ONLY_SETTING = 'letters.readOnly';
export const TOGGLE_READ_ONLY = 'imrReview.toggleLetterReadOnly';
const SET_READ_ONLY = 'workbench.action.files.setActiveEditorReadonlyInSession';
const SET_WRITEABLE = 'workbench.action.files.setActiveEditorWriteableInSession';

/** How a letter may be changed: 'pdf' is read-only for good, the others follow the setting and the toggle. */
export type LetterAccess = 'read-only' | 'editable' | 'pdf';

export class ReadOnlyLetters implements vscode.Disposable {
  /** The state set on each letter in this session (by URI); absent: never set, so VS Code's default (editable). */
  private readonly applied = new Map<string, boolean>();
  /** The command that set each letter's state, resolving to that state (what the tests wait for). */
  private readonly setting = new Map<string, Promise<boolean>>();
  /** A letter the user toggled keeps its own state until the setting changes. */
  private readonly chosen = new Map<string, boolean>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.apply(editor)),
      // A .txt recognised as a letter reopens with the `imr` language while its editor is active.
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (vscode.window.activeTextEditor?.document === doc) void this.apply(vscode.window.activeTextEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration(`imrReview.${READ_ONLY_SETTING}`)) return;
        this.chosen.clear();
        this.changed.fire();
        void this.apply(vscode.window.activeTextEditor);
      }),
    );
    void this.apply(vscode.window.activeTextEditor);
  }

  /** The letter's access, or undefined for a document that is not a letter. */
  accessOf(doc: vscode.TextDocument): LetterAccess | undefined {
    if (!isLetterDocument(doc)) return undefined;
    if (doc.uri.scheme === PDF_SCHEME) return 'pdf';
    return this.wantsReadOnly(doc) ? 'read-only' : 'editable';
  }

  /** True when nothing may edit the letter's text (a quick fix included). */
  isReadOnly(doc: vscode.TextDocument): boolean {
    const access = this.accessOf(doc);
    return access === 'read-only' || access === 'pdf';
  }

  /** The toggle command: flips the active letter (or `uri`'s) between read-only and editable; returns whether it is now read-only. */
  async toggle(uri?: unknown): Promise<boolean | undefined> {
    const editor = vscode.window.activeTextEditor;
    const doc = uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : editor?.document;
    const access = doc && this.accessOf(doc);
    if (!doc || !access) return undefined;
    if (access === 'pdf' || doc.uri.scheme === 'untitled') {
      void vscode.window.showInformationMessage(access === 'pdf' ? 'A PDF letter is always read-only: its text is what the PDF says.' : 'This letter has no file yet, so it stays editable.');
      return access === 'pdf';
    }
    this.chosen.set(doc.uri.toString(), access !== 'read-only');
    this.changed.fire();
    if (editor?.document === doc) await this.apply(editor);
    return this.isReadOnly(doc);
  }

  private wantsReadOnly(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme === 'untitled') return false;
    return this.chosen.get(doc.uri.toString()) ?? vscode.workspace.getConfiguration('imrReview', doc.uri).get<boolean>(READ_ONLY_SETTING, true);
  }

  /** Brings the active letter's editor to the state it should have (VS Code's command acts on the active editor only). */
  private async apply(editor: vscode.TextEditor | undefined): Promise<void> {
    const doc = editor?.document;
    if (!doc || !isLetterDocument(doc) || doc.uri.scheme === PDF_SCHEME || doc.uri.scheme === 'untitled') return;
    const key = doc.uri.toString();
    const want = this.wantsReadOnly(doc);
    const had = this.applied.get(key);
    if (had === want || (had === undefined && !want)) return;
    // Another editor may be active by now: the command would set that one.
    if (vscode.window.activeTextEditor?.document !== doc) return;
    this.applied.set(key, want);
    const done = Promise.resolve(vscode.commands.executeCommand(want ? SET_READ_ONLY : SET_WRITEABLE)).then(() => want);
    this.setting.set(key, done);
    await done;
  }

  /** The state last set on the letter's editor in this session, once VS Code has it; undefined if none was set. */
  appliedTo(uri: vscode.Uri): Promise<boolean> | undefined {
    return this.setting.get(uri.toString());
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
