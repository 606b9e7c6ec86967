// Rule documentation pages, generated from the rule metadata and served as virtual Markdown
// documents under `imr-review-rule:/IMR001.md`. That URI is each diagnostic's `code.target`: the
// Problems panel opens it like any document (a `command:` URI is not honoured there in every
// VS Code version), and this module then swaps the Markdown source for its rendered preview.
import * as vscode from 'vscode';
import { engine } from '../analysis/engine';
import { ruleMarkdown } from './ruleDocsContent';
import { RULE_DOCS_SCHEME, ruleDocsUriString, ruleIdFromDocsPath } from '../shared/ruleDocsUri';
import { openMarkdownPreview } from '../shared/markdownPreview';

export function ruleDocsUri(ruleId: string): vscode.Uri {
  return vscode.Uri.parse(ruleDocsUriString(ruleId));
}

class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = ruleIdFromDocsPath(uri.path);
    const rule = id ? engine().findRule(id) : undefined;
    if (!rule) return `# Unknown rule\n\nNo IMR Review rule is documented at \`${uri.path}\`. Known rules: ${engine().rules.map((r) => r.id).join(', ')}.\n`;
    return ruleMarkdown(rule);
  }
}

export class RuleDocs implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, new RuleDocsProvider()),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.scheme === RULE_DOCS_SCHEME) void this.replaceWithPreview(editor.document.uri);
      }),
    );
  }

  /** `imrReview.showRuleDocumentation`: arg is a rule ID or name; asks when missing. */
  async show(idOrName?: unknown): Promise<vscode.Uri | undefined> {
    let rule = typeof idOrName === 'string' ? engine().findRule(idOrName) : undefined;
    if (!rule) {
      const picked = await vscode.window.showQuickPick(
        engine().rules.map((r) => ({ label: r.id, description: r.name, detail: r.description })),
        { title: 'IMR Review: rule documentation', placeHolder: 'Pick a rule' },
      );
      rule = picked ? engine().findRule(picked.label) : undefined;
      if (!rule) return undefined;
    }
    const uri = ruleDocsUri(rule.id);
    await openMarkdownPreview(uri, this.log, true);
    return uri;
  }

  /** The Problems panel opened the Markdown source: show the rendered page in its place. */
  private async replaceWithPreview(uri: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString());
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      return; // no Markdown extension: the source stays, which is readable
    }
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs, true);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
