// Whole-file writes through vscode.workspace.fs (works in virtual workspaces): write a temporary
// sibling, then rename it over the target, so a reader never sees half a file. File systems without
// rename get a direct write instead.
import * as vscode from 'vscode';
import { basename, dirname } from './paths';

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    throw err;
  }
}

export async function writeFileAtomic(target: vscode.Uri, text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  const suffix = Math.random().toString(36).slice(2, 10);
  const temp = target.with({ path: `${dirname(target.path)}/.${basename(target.path)}.${suffix}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
  } catch {
    // Cannot create a sibling (e.g. a provider that only allows known names): write in place.
    await vscode.workspace.fs.writeFile(target, bytes);
    return;
  }
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    await vscode.workspace.fs.writeFile(target, bytes);
  }
}
