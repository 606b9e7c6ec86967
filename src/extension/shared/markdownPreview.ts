// Opening Markdown for reading, as the rule documentation and the exported summary do: the
// rendered preview; the source when the built-in Markdown extension is disabled.
import * as vscode from 'vscode';

export async function openMarkdownPreview(uri: vscode.Uri, log: vscode.LogOutputChannel, sourceInPreviewTab: boolean): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch (err) {
    log.debug(`markdown.showPreview unavailable: ${err instanceof Error ? err.message : String(err)}`);
    await vscode.window.showTextDocument(uri, { preview: sourceInPreviewTab });
  }
}
