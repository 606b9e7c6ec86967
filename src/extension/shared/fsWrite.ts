// Whole-file writes. On a Node extension host (desktop, remote), `file:` URIs go through the safe
// writer the CLI uses (src/node/safeWrite.ts): a temporary sibling renamed over the target, a
// symlink written through (it stays a link), the replaced file's permissions kept, a FIFO or a
// device written directly. Other schemes and the web extension use vscode.workspace.fs (virtual
// workspaces): a temporary sibling, then a rename; file systems without rename get a direct write.
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

type SafeWrite = typeof import('../../node/safeWrite');

/** The Node safe writer for `target`, when it is a local file on a Node host; undefined elsewhere. */
function nodeWriter(target: vscode.Uri): SafeWrite | undefined {
  // esbuild defines process.env.IMR_WEB in the web bundle, which drops this branch and its require.
  if (process.env.IMR_WEB !== '1' && target.scheme === 'file') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node hosts only, never in the web bundle
    return require('../../node/safeWrite') as SafeWrite;
  }
  return undefined;
}

async function writeThroughWorkspaceFs(target: vscode.Uri, text: string): Promise<void> {
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

export async function writeFileAtomic(target: vscode.Uri, text: string): Promise<void> {
  const node = nodeWriter(target);
  if (node) await node.writeFileSafely(target.fsPath, text);
  else await writeThroughWorkspaceFs(target, text);
}

/** A file written a chunk at a time: commit() puts it in place, abort() leaves the target as it was. */
export interface ChunkedWrite {
  write(text: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Streams to a local file through the safe writer (nothing of the whole is held); on other schemes
 * the chunks are gathered and written whole at commit(), the way those file systems take writes.
 * The caller has made sure the target may be replaced.
 */
export async function openChunkedWrite(target: vscode.Uri): Promise<ChunkedWrite> {
  const node = nodeWriter(target);
  if (node) {
    const opened = await node.openSafeOutput(target.fsPath, { replace: true });
    if (!opened.ok) throw opened.error;
    const out = opened.output;
    return { write: (text) => out.write(text), commit: () => out.commit(), abort: () => out.abort() };
  }
  const chunks: string[] = [];
  return {
    write: async (text) => {
      chunks.push(text);
    },
    commit: () => writeThroughWorkspaceFs(target, chunks.join('')),
    abort: async () => {
      chunks.length = 0;
    },
  };
}
