// Shared helpers of the integration suite: the test workspace on disk and edits; the helpers that
// need only the `vscode` API (the extension, diagnostics, waits) are in editorHelpers.ts, re-exported here.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openAs } from './editorHelpers';

export {
  activateExtension,
  baseName,
  codeOf,
  EXTENSION_ID,
  type ImrApi,
  imrDiagnostics,
  LANGUAGE_ID,
  lineOf,
  openAs,
  openDocumentFor,
  openPdfLetter,
  requireCommand,
  sameUri,
  SOURCE,
  treeLabel,
  waitFor,
  waitForDiagnostics,
  waitUntil,
} from './editorHelpers';

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (the runner opens a copy of test/suite/fixtures)');
  return folder.uri.fsPath;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), ...segments));
}

export function openLetter(...segments: string[]): Promise<vscode.TextDocument> {
  return openAs(workspaceUri(...segments), LANGUAGE_ID);
}

/** Reads a file of the test workspace (undefined when it does not exist). */
export function readWorkspaceFile(...segments: string[]): string | undefined {
  const p = path.join(workspaceRoot(), ...segments);
  return fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
}

/** Replaces the first occurrence of `from` by `to` in an open document (not saved). */
export async function replaceInDocument(doc: vscode.TextDocument, from: string, to: string): Promise<void> {
  const offset = doc.getText().indexOf(from);
  assert.ok(offset >= 0, `"${from}" not found in ${path.basename(doc.uri.fsPath)}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + from.length)), to);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
}

/** A line in the suite's output (the runner's log file, or the console under test-electron). */
export function note(message: string): void {
  const log = process.env.IMR_SUITE_LOG;
  if (log) fs.appendFileSync(log, `${message}\n`);
  else console.log(message);
}

/** The code actions VS Code offers for a diagnostic (the answer mixes CodeActions and bare Commands, whose `command` is the id string). */
export async function codeActions(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, d.range);
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}
