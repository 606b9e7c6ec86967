// Opening a letter at an item's heading, as the IMR Decisions tree and the decisions overview do:
// the document users see (a PDF letter's `imr-pdf` document, where the items' ranges are), with
// the heading selected.
import * as vscode from 'vscode';
import type { Range } from '../../core/light';
import { toRange } from './convert';

/** The command that opens `document` with `range` selected (a tree item's click). */
export function revealItemCommand(document: vscode.Uri, range: Range): vscode.Command {
  const options: vscode.TextDocumentShowOptions = { selection: toRange(range), preserveFocus: false };
  return { command: 'vscode.open', title: 'Reveal item', arguments: [document, options] };
}

/** Opens `document` with `range` selected. */
export async function revealItem(document: vscode.Uri, range: Range): Promise<void> {
  const { command, arguments: args = [] } = revealItemCommand(document, range);
  await vscode.commands.executeCommand(command, ...args);
}
