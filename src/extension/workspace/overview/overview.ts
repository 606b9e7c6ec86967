// The decisions overview's HTML: the counts of summarizeDecisions (core) as tables with bars, for
// a webview. No `vscode` here: unit-tested directly.
import type { DecisionsOverview, OverviewRow } from '../../../core/light';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function pct(n: number, of: number): string {
  return of ? ((n / of) * 100).toFixed(1) : '0';
}

function table(caption: string, first: string, rows: readonly OverviewRow[]): string {
  // A loop, not Math.max(...rows): a spread of 100,000 rows overflows the stack.
  let max = 1;
  for (const r of rows) max = Math.max(max, r.total);
  const body = rows.map((r) => {
    // The bar's width is the row's share of the largest row; its parts are the decisions.
    const bar = `<div class="bar" style="width:${pct(r.total, max)}%" role="img" aria-label="${r.upheld} upheld, ${r.overturned} overturned, ${r.undecided} undecided">`
      + `<span class="upheld" style="width:${pct(r.upheld, r.total)}%"></span>`
      + `<span class="overturned" style="width:${pct(r.overturned, r.total)}%"></span>`
      + `<span class="undecided" style="width:${pct(r.undecided, r.total)}%"></span></div>`;
    return `<tr><th scope="row">${escapeHtml(r.key)}</th><td>${r.upheld}</td><td>${r.overturned}</td><td>${r.undecided}</td><td>${r.total}</td><td class="barcell">${bar}</td></tr>`;
  }).join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">${escapeHtml(first)}</th><th scope="col">Upheld</th><th scope="col">Overturned</th><th scope="col">Undecided</th><th scope="col">Items</th><th scope="col"><span class="sr">Share</span></th></tr></thead>
<tbody>
${body || '<tr><td colspan="6">No items.</td></tr>'}
</tbody></table>`;
}

/**
 * The webview's whole document. Strict CSP: no scripts at all, styles only from the nonce'd
 * <style> element (the bars' inline widths are style attributes, allowed by 'unsafe-inline'
 * for style-src-attr only), no remote resources. Colours come from the theme's CSS variables.
 */
export function renderOverviewHtml(data: DecisionsOverview, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; style-src-attr 'unsafe-inline'; img-src 'none'; script-src 'none'`;
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
</style></head>
<body>
<h1>IMR decisions overview</h1>
<div class="totals">
<div><strong>${data.letters}</strong>letters</div>
<div><strong>${data.items}</strong>items</div>
<div><strong>${data.upheld}</strong>upheld</div>
<div><strong>${data.overturned}</strong>overturned</div>
<div><strong>${data.undecided}</strong>undecided</div>
</div>
<p class="legend"><span class="upheld"></span>Upheld (denial stands)<span class="overturned"></span>Overturned (medically necessary)<span class="undecided"></span>No decision</p>
${table('By treatment category', 'Category', data.byCategory)}
${table('By treatment', 'Treatment', data.byTreatment)}
<p class="note">Treatments and categories come from the names in the item titles: brand and generic names of a drug count as one.</p>
${table('By guideline source (MAXIMUS guideline)', 'Source', data.bySource)}
<p class="note">An item citing several sources counts once under each.</p>
</body></html>
`;
}
