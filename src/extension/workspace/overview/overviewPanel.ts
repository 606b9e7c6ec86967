// `imrReview.showDecisionsOverview`: a webview with the workspace's decisions by treatment and by
// guideline source. The HTML is built by overview.ts; this file only owns the panel.
import * as vscode from 'vscode';
import type { WorkspaceLetters } from '../letters/collect';
import type { DecisionsOverview } from '../../../core/light';
import { engine } from '../../analysis/engine';
import { renderOverviewHtml } from './overview';
import { problemLines } from '../letters/readProblems';

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly source: WorkspaceLetters,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async show(): Promise<DecisionsOverview | undefined> {
    const reports = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'IMR Review: reading the letters of the workspace', cancellable: true },
      async (_progress, token) => {
        const { reports, pass } = await this.source.collect(token);
        for (const line of problemLines(pass.tally)) this.log.warn(`Decisions overview: ${line}`);
        return pass.cancelled ? undefined : reports;
      },
    );
    if (!reports) return undefined;
    const data = engine().summarizeDecisions(reports);
    if (!this.panel) {
      // No scripts, no local resources: everything is in the HTML string.
      this.panel = vscode.window.createWebviewPanel('imrReview.decisionsOverview', 'IMR Decisions Overview', vscode.ViewColumn.Active, { enableScripts: false, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal();
    }
    this.panel.webview.html = renderOverviewHtml(data, nonce());
    return data;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
