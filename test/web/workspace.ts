// The test workspace seen from the web worker extension host: its folder is a `vscode-remote:`
// URI, read and written through vscode.workspace.fs (no fs, no path there).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { LANGUAGE_ID, openAs } from '../suite/editorHelpers';

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the web suite needs a workspace folder (the runner opens a copy of test/suite/fixtures)');
  return folder.uri;
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...segments);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export function openLetter(...segments: string[]): Promise<vscode.TextDocument> {
  return openAs(workspaceUri(...segments), LANGUAGE_ID);
}
