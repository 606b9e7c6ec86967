// Quick fixes on IMR Review diagnostics: the rule's own text edits (as WorkspaceEdits, never a
// command editing whatever editor is active), offered only on a letter made editable and titled
// as an edit of the letter (a letter is evidence and opens read-only); "Ignore IMRnnn for this
// item" or, for findings tied to no item, "... for this letter" (both write the shared config,
// never the letter) and "Show documentation for IMRnnn".
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysis/cache';
import { fromRange, toRange } from '../shared/convert';
import { DIAGNOSTIC_SOURCE, findingFor } from './diagnostics/data';
import { relativePath } from '../shared/paths';
import { letterFileOf, PDF_SCHEME } from '../pdf/index';
import { editTitle } from './readOnly/editTitle';

/** Whether a letter may be edited now (the read-only setting and toggle). */
export interface LetterAccessCheck {
  isReadOnly(doc: vscode.TextDocument): boolean;
}

export interface IgnoreArgs {
  /** The letter's URI as a string. */
  uri: string;
  rule: string;
  /** The item title; absent to ignore the rule for the whole letter. */
  item?: string;
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

export class LetterCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly cache: AnalysisCache,
    private readonly access: LetterAccessCheck,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext, token: vscode.CancellationToken): Promise<vscode.CodeAction[]> {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (ours.length === 0) return [];
    const analysis = await this.cache.analysisFor(doc);
    if (token.isCancellationRequested) return [];
    // A PDF letter's suppressions name the PDF; its text is read-only, so no fix edits it; nor
    // does one edit a letter open read-only (the default).
    const file = letterFileOf(doc.uri);
    const readOnly = doc.uri.scheme === PDF_SCHEME || this.access.isReadOnly(doc);
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const inFolder = folder !== undefined && relativePath(folder.uri.path, file.path) !== undefined;
    const fixes: vscode.CodeAction[] = [];
    const others: vscode.CodeAction[] = [];
    const seen = new Set<string>();
    for (const d of ours) {
      const rule = ruleOf(d);
      if (!rule) continue;
      const finding = analysis ? findingFor(analysis.findings, rule, fromRange(d.range)) : undefined;
      if (finding?.fix && finding.fix.edits.length > 0 && !readOnly) {
        const action = new vscode.CodeAction(editTitle(doc, finding.fix), vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const e of finding.fix.edits) action.edit.replace(doc.uri, toRange(e.range), e.newText);
        action.diagnostics = [d];
        action.isPreferred = true;
        fixes.push(action);
      }
      const item = finding?.item !== undefined ? analysis?.letter.items[finding.item] : undefined;
      const key = item ? `ignore:${rule}:${item.index}` : `ignore:${rule}:letter`;
      if (finding && (item || finding.item === undefined) && inFolder && !seen.has(key)) {
        seen.add(key);
        const action = new vscode.CodeAction(`Ignore ${rule} for this ${item ? 'item' : 'letter'}`, vscode.CodeActionKind.QuickFix);
        const args: IgnoreArgs = item ? { uri: doc.uri.toString(), rule, item: item.title } : { uri: doc.uri.toString(), rule };
        action.command = { command: 'imrReview.ignoreForItem', title: action.title, arguments: [args] };
        action.diagnostics = [d];
        others.push(action);
      }
      if (!seen.has(`docs:${rule}`)) {
        seen.add(`docs:${rule}`);
        const action = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
        action.command = { command: 'imrReview.showRuleDocumentation', title: action.title, arguments: [rule] };
        action.diagnostics = [d];
        others.push(action);
      }
    }
    return [...fixes, ...others];
  }
}
