// The decisions overview's HTML: the counts of summarizeDecisions (core) as tables with bars, for
// a webview; each row and count a button that lists its items (rowItems.ts). No `vscode` here:
// unit-tested directly.
import { decisionCounts, NO_DECISION_TERM, plural, type DecisionsOverview, type OverviewRow } from '../../../core/light';
import { countOf, DECISION_CHOICES, decisionItems, OVERVIEW_TABLES, type DecisionChoice, type OverviewTable } from './rowItems';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function pct(n: number, of: number): string {
  return of ? ((n / of) * 100).toFixed(1) : '0';
}

/** A count that lists its items when clicked; a zero is plain text (nothing to list). */
function countCell(table: OverviewTable, r: OverviewRow, decision: DecisionChoice): string {
  const n = countOf(r, decision);
  if (n === 0) return '<td>0</td>';
  return `<td><button type="button" class="count" data-table="${table}" data-key="${escapeHtml(r.key)}" data-decision="${decision}" aria-label="${escapeHtml(`${r.key}: list the ${decisionItems(n, decision)}`)}">${n}</button></td>`;
}

function table(tableName: OverviewTable, first: string, rows: readonly OverviewRow[]): string {
  // A loop, not Math.max(...rows): a spread of 100,000 rows overflows the stack.
  let max = 1;
  for (const r of rows) max = Math.max(max, r.total);
  const body = rows.map((r) => {
    const key = escapeHtml(r.key);
    // The bar's width is the row's share of the largest row; its parts are the decisions.
    const bar = `<div class="bar" style="width:${pct(r.total, max)}%" role="img" aria-label="${escapeHtml(decisionCounts(r))}">`
      + `<span class="upheld" style="width:${pct(r.upheld, r.total)}%"></span>`
      + `<span class="overturned" style="width:${pct(r.overturned, r.total)}%"></span>`
      + `<span class="undecided" style="width:${pct(r.undecided, r.total)}%"></span></div>`;
    // The row and its name list all its items; a count, those of its decision.
    const name = `<button type="button" class="row" data-table="${tableName}" data-key="${key}" aria-label="${escapeHtml(`${r.key}: list the ${plural(r.total, 'item')} (${decisionCounts(r)})`)}">${key}</button>`;
    return `<tr data-table="${tableName}" data-key="${key}"><th scope="row">${name}</th>`
      + DECISION_CHOICES.map((d) => countCell(tableName, r, d)).join('')
      + `<td>${r.total}</td><td class="barcell">${bar}</td></tr>`;
  }).join('\n');
  return `<table><caption>${escapeHtml(OVERVIEW_TABLES[tableName].caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(first)}</th><th scope="col">Upheld</th><th scope="col">Overturned</th><th scope="col">No decision</th><th scope="col">Items</th><th scope="col"><span class="sr">Share</span></th></tr></thead>
<tbody>
${body || '<tr><td colspan="6">No items.</td></tr>'}
</tbody></table>`;
}

/**
 * The page's one script: a click on a row, or on its name or a count (Enter and Space on a focused
 * button are clicks), posts the row's table and key and the count's decision. Nothing else is read
 * from the page, and the extension checks the message against the rows it rendered.
 */
const SCRIPT = `const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-key]') : null;
  if (!target) return;
  const { table, key, decision } = target.dataset;
  vscode.postMessage(decision ? { type: 'showItems', table, key, decision } : { type: 'showItems', table, key });
});`;

/**
 * The webview's whole document. Strict CSP: the nonce'd script only (no inline handlers), styles
 * only from the nonce'd <style> element (the bars' inline widths are style attributes, allowed by
 * 'unsafe-inline' for style-src-attr only), no remote resources. Letter text (titles, treatment
 * names) is escaped wherever it appears. Colours come from the theme's CSS variables.
 */
export function renderOverviewHtml(data: DecisionsOverview, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; style-src-attr 'unsafe-inline'; img-src 'none'; script-src 'nonce-${nonce}'`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IMR decisions overview</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.5em 2em; }
h1 { font-size: 1.4em; font-weight: 600; }
.totals { display: flex; gap: 2em; margin: 1em 0 2em; }
.totals div { font-size: 0.9em; color: var(--vscode-descriptionForeground); }
.totals strong { display: block; font-size: 1.8em; color: var(--vscode-foreground); }
table { border-collapse: collapse; margin-bottom: 2.5em; min-width: 60%; }
caption { text-align: left; font-weight: 600; font-size: 1.1em; padding-bottom: 0.5em; }
th, td { padding: 0.25em 0.8em; border-bottom: 1px solid var(--vscode-panel-border, rgba(128,128,128,0.3)); text-align: right; }
th[scope="row"], thead th:first-child { text-align: left; font-weight: normal; }
thead th { color: var(--vscode-descriptionForeground); font-weight: 600; }
.barcell { width: 40%; }
.bar { display: flex; height: 0.9em; min-width: 2px; }
.bar span { display: block; height: 100%; }
.upheld { background: var(--vscode-charts-red, #c33); }
.overturned { background: var(--vscode-charts-green, #3a3); }
.undecided { background: var(--vscode-charts-yellow, #cc3); }
.legend span { display: inline-block; width: 0.8em; height: 0.8em; margin: 0 0.3em 0 1em; vertical-align: middle; }
.note { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
.sr { position: absolute; left: -10000px; }
tbody tr[data-key] { cursor: pointer; }
tbody tr[data-key]:hover { background: var(--vscode-list-hoverBackground); }
button.row, button.count { font: inherit; color: var(--vscode-textLink-foreground); background: none; border: none; padding: 0; cursor: pointer; text-align: inherit; }
button.row:hover, button.count:hover { text-decoration: underline; }
button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
</style></head>
<body>
<h1>IMR decisions overview</h1>
<div class="totals">
<div><strong>${data.letters}</strong>letters</div>
<div><strong>${data.items}</strong>items</div>
<div><strong>${data.upheld}</strong>upheld</div>
<div><strong>${data.overturned}</strong>overturned</div>
<div><strong>${data.undecided}</strong>${NO_DECISION_TERM}</div>
</div>
<p class="legend"><span class="upheld"></span>Upheld (denial stands)<span class="overturned"></span>Overturned (medically necessary)<span class="undecided"></span>No decision</p>
<p class="note">Select a row to list its items, or a count to list the items of that decision; choose an item to open its letter at its heading.</p>
${table('category', 'Category', data.byCategory)}
${table('treatment', 'Treatment', data.byTreatment)}
<p class="note">Treatments and categories come from the names in the item titles: brand and generic names of a drug count as one.</p>
${table('source', 'Source', data.bySource)}
<p class="note">An item citing several sources counts once under each.</p>
<script nonce="${nonce}">
${SCRIPT}
</script>
</body></html>
`;
}
