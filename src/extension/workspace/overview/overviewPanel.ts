// `imrReview.showDecisionsOverview`: a webview with the workspace's decisions by treatment and by
// guideline source. The HTML is built by overview.ts; this file owns the panel and what a click on a
// row does: a quick pick of the row's items (rowItems.ts), the chosen one opened at its heading.
import * as vscode from 'vscode';
import type { WorkspaceLetters } from '../letters/collect';
import type { DecisionsOverview } from '../../../core/light';
import { engine } from '../../analysis/engine';
import { revealItem } from '../../shared/revealItem';
import { renderOverviewHtml } from './overview';
import { problemLines } from '../letters/readProblems';
import { itemPickText, overviewLettersOf, readRowMessage, rowItems, rowItemsTitle, rowOf, type OverviewItem, type OverviewLetters } from './rowItems';

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

type ItemPick = vscode.QuickPickItem & { item: OverviewItem };

/** The quick pick of a row's items, once shown: its title and entries. */
export interface RowItemsShown {
  title: string;
  items: { label: string; description: string; detail: string }[];
}

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The counts shown and what their rows' item references point to (no letter models kept). */
  private shown: { data: DecisionsOverview; letters: OverviewLetters } | undefined;

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
    this.shown = { data, letters: overviewLettersOf(reports.map((r) => ({ ...r, documentKey: r.documentUri.toString() }))) };
    if (!this.panel) {
      // The page's one script is nonce'd (CSP); no local resources: everything is in the HTML string.
      this.panel = vscode.window.createWebviewPanel('imrReview.decisionsOverview', 'IMR Decisions Overview', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.shown = undefined;
      });
      this.panel.webview.onDidReceiveMessage((m: unknown) => void this.showRowItems(m));
    } else {
      this.panel.reveal();
    }
    this.panel.webview.html = renderOverviewHtml(data, nonce());
    return data;
  }

  /**
   * What a click on a row posts (`{ type: 'showItems', table, key, decision? }`): a quick pick of
   * the row's items, filterable; the one chosen opens at its heading. Anything but a row shown is
   * ignored (undefined). Resolves once the pick shows its items; the choice is handled after.
   */
  async showRowItems(message: unknown): Promise<RowItemsShown | undefined> {
    const shown = this.shown;
    const choice = shown && readRowMessage(message, shown.data);
    const row = choice && rowOf(shown.data, choice.table, choice.key);
    if (!shown || !choice || !row) return undefined;
    const picks: ItemPick[] = rowItems(shown.data, shown.letters, choice).map((item) => ({ ...itemPickText(item), item }));
    const pick = vscode.window.createQuickPick<ItemPick>();
    pick.title = rowItemsTitle(choice, row);
    pick.placeholder = 'Type to filter by treatment, decision or file; choose an item to open its letter at its heading';
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = picks;
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
      if (chosen) void revealItem(vscode.Uri.parse(chosen.item.documentKey), chosen.item.range);
    });
    // Shown once VS Code made an entry active (or closed it at once).
    const ready = new Promise<void>((resolve) => {
      const subs = [pick.onDidChangeActive(() => done()), pick.onDidHide(() => done())];
      const done = () => {
        for (const s of subs) s.dispose();
        resolve();
      };
    });
    pick.onDidHide(() => pick.dispose());
    pick.show();
    if (picks.length) await ready;
    return { title: pick.title, items: picks.map((p) => itemPickText(p.item)) };
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
