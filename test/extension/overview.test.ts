// Issue 16, point 9: the decisions overview leads to its items. Its HTML (each row and count a
// button with the row's table and key, letter text escaped, one nonce'd script) and the pure step
// from a webview message to the row's items (the message checked against the rows shown).
import * as assert from 'assert';
import { summarizeDecisions, type LetterReport } from '../../src/core/index';
import { renderOverviewHtml } from '../../src/extension/workspace/overview/overview';
import { itemPickText, overviewLettersOf, readRowMessage, rowItems, rowItemsTitle, rowOf } from '../../src/extension/workspace/overview/rowItems';

type Decision = 'Upheld' | 'Overturned' | null;

const item = (index: number, title: string, decision: Decision, sources: string[], page: number | null = null) => ({
  index, title, decision, page,
  range: { start: { line: 10 * index + 3, character: 0 }, end: { line: 10 * index + 3, character: title.length } },
  guidelines: { maximus: sources.length ? { citation: { sources } } : null, claimsAdministrator: null },
});
const report = (file: string, items: ReturnType<typeof item>[]) =>
  ({ file, documentKey: `file:///ws/${file}`, findings: [], letter: { items } }) as unknown as LetterReport & { documentKey: string };

/** Its first word is its treatment (not in the lexicon), so a row's key: markup and quotes in both. */
const HOSTILE = '"\'><script>alert(1)</script><img/src=x/onerror=alert(2)>&amp; pill $(trash)';
const reports = [
  report('a.txt', [item(0, 'Tramadol 50mg #120', 'Upheld', ['MTUS']), item(1, 'Ultram ER 100mg', 'Overturned', ['MTUS', 'ODG'])]),
  report('pdf/b.pdf', [item(0, 'Physical therapy x8', null, [], 1), item(1, '1 Prescription of tramadol, 50mg', 'Upheld', ['other'], 2)]),
  report('c.txt', [item(0, HOSTILE, 'Overturned', [])]),
];
const data = summarizeDecisions(reports);
const letters = overviewLettersOf(reports);
const html = renderOverviewHtml(data, 'n0nce');

/** The attributes of each element `tag` with a data-key, decoded as the browser's dataset would. */
function buttons(tag: string): Record<string, string>[] {
  const decode = (v: string) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(new RegExp(`<${tag} ([^>]*data-key[^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1], decode(a[2])])));
}

describe('Decisions overview: rows lead to their items', () => {
  it('makes each row a focusable button with its table and key, and each non-zero count one with its decision', () => {
    const expected = [
      ...data.byCategory.map((r) => ['category', r.key]),
      ...data.byTreatment.map((r) => ['treatment', r.key]),
      ...data.bySource.map((r) => ['source', r.key]),
    ];
    assert.deepStrictEqual(buttons('button').filter((b) => !b['data-decision']).map((b) => [b['data-table'], b['data-key']]), expected);
    assert.ok(buttons('button').every((b) => b.type === 'button' && b['aria-label']), 'native buttons (Enter and Space click them) with a label');
    assert.deepStrictEqual(buttons('tr').map((t) => [t['data-table'], t['data-key']]), expected, 'a click anywhere on the row');
    const counts = buttons('button').filter((b) => b['data-decision']);
    const mtus = counts.filter((b) => b['data-table'] === 'source' && b['data-key'] === 'MTUS');
    assert.deepStrictEqual(mtus.map((b) => [b['data-decision'], b['aria-label']]), [
      ['Upheld', 'MTUS: list the 1 upheld item'],
      ['Overturned', 'MTUS: list the 1 overturned item'],
    ], 'no button for a zero count');
    const none = counts.find((b) => b['data-table'] === 'source' && b['data-key'] === 'None cited' && b['data-decision'] === 'none');
    assert.strictEqual(none?.['aria-label'], 'None cited: list the 1 item with no decision');
    assert.match(html, /button:focus-visible \{ outline: 1px solid var\(--vscode-focusBorder\)/, 'a visible focus');
  });

  it('says "no decision", never "undecided", in the headings, the totals and the labels', () => {
    const visible = html.replace(/class="[^"]*"/g, '').replace(/<style[\s\S]*?<\/style>/, '');
    assert.ok(!/undecided/i.test(visible), 'no "undecided"');
    assert.match(html, /<th scope="col">No decision<\/th>/);
    assert.match(html, /<strong>1<\/strong>no decision<\/div>/);
    assert.match(html, /<div class="bar" [^>]*aria-label="0 upheld, 1 overturned, 1 with no decision">/, 'the None cited row\'s bar');
  });

  it('escapes letter text everywhere: text, data-key and aria-label; the one script is nonce\'d and has no handlers inline', () => {
    assert.ok(!html.includes('<img') && !html.includes('<script>alert'), 'no markup from a title');
    const hostile = buttons('button').find((b) => b['data-key'].includes('<script>'));
    assert.ok(hostile, 'the hostile treatment name is a row, its key intact once decoded');
    assert.ok(hostile['data-key'].startsWith('"\'><script>alert(1)</script><img/src=x/onerror=alert(2)>&amp'), hostile['data-key']);
    assert.strictEqual(readRowMessage({ type: 'showItems', table: hostile['data-table'], key: hostile['data-key'] }, data)?.key, hostile['data-key']);
    assert.deepStrictEqual(html.match(/<script[^>]*>/g), ['<script nonce="n0nce">']);
    assert.match(html, /script-src 'nonce-n0nce'/);
    assert.ok(!/\son[a-z]+=/i.test(html.replace(/&quot;|&#39;/g, '')), 'no inline handler');
    assert.match(html, /vscode\.postMessage/);
  });

  it('accepts only a row shown and a known decision from the webview', () => {
    const ok = { type: 'showItems', table: 'treatment', key: 'Tramadol' };
    assert.deepStrictEqual(readRowMessage(ok, data), { table: 'treatment', key: 'Tramadol' });
    assert.deepStrictEqual(readRowMessage({ ...ok, decision: 'Upheld' }, data), { table: 'treatment', key: 'Tramadol', decision: 'Upheld' });
    assert.deepStrictEqual(readRowMessage({ ...ok, decision: 'none' }, data), { table: 'treatment', key: 'Tramadol', decision: 'none' });
    for (const bad of [
      undefined, null, 'showItems', 42, [], {},
      { ...ok, type: 'openFile' },
      { ...ok, table: 'byTreatment' }, { ...ok, table: '__proto__' }, { ...ok, table: 'constructor' }, { ...ok, table: 'toString' },
      { ...ok, key: 'Aspirin' }, { ...ok, key: 'tramadol' }, { ...ok, key: ['Tramadol'] }, { ...ok, key: { toString: () => 'Tramadol' } },
      { ...ok, table: 'source' }, // a key of another table
      { ...ok, decision: 'undecided' }, { ...ok, decision: null }, { ...ok, decision: 'upheld' }, { ...ok, decision: '__proto__' },
    ]) assert.strictEqual(readRowMessage(bad, data), undefined, JSON.stringify(bad));
  });

  it('lists a row\'s items, or those of one decision, in the letters\' order', () => {
    const of = (table: 'category' | 'treatment' | 'source', key: string, decision?: 'Upheld' | 'Overturned' | 'none') =>
      rowItems(data, letters, { table, key, decision }).map((i) => `${i.file}#${i.index}`);
    assert.deepStrictEqual(of('treatment', 'Tramadol'), ['a.txt#0', 'a.txt#1', 'pdf/b.pdf#1']);
    assert.deepStrictEqual(of('treatment', 'Tramadol', 'Upheld'), ['a.txt#0', 'pdf/b.pdf#1']);
    assert.deepStrictEqual(of('treatment', 'Tramadol', 'Overturned'), ['a.txt#1']);
    assert.deepStrictEqual(of('treatment', 'Tramadol', 'none'), []);
    assert.deepStrictEqual(of('source', 'MTUS'), ['a.txt#0', 'a.txt#1']);
    assert.deepStrictEqual(of('source', 'None cited', 'none'), ['pdf/b.pdf#0']);
    assert.deepStrictEqual(of('category', 'opioids'), ['a.txt#0', 'a.txt#1', 'pdf/b.pdf#1']);
    assert.deepStrictEqual(of('treatment', 'Aspirin'), []);
    for (const table of ['category', 'treatment', 'source'] as const) {
      for (const row of data[table === 'category' ? 'byCategory' : table === 'treatment' ? 'byTreatment' : 'bySource']) {
        const items = rowItems(data, letters, { table, key: row.key });
        assert.strictEqual(items.length, row.total, `${table} ${row.key}: a row lists what it counts`);
        assert.strictEqual(rowItems(data, letters, { table, key: row.key, decision: 'Upheld' }).length, row.upheld);
        assert.strictEqual(rowItems(data, letters, { table, key: row.key, decision: 'none' }).length, row.undecided);
      }
    }
    const [opened] = rowItems(data, letters, { table: 'treatment', key: 'Tramadol', decision: 'Overturned' });
    assert.deepStrictEqual([opened.documentKey, opened.range], ['file:///ws/a.txt', reports[0].letter.items[1].range], 'where the item opens: its heading');
  });

  it('titles the pick and its entries: treatment, decision, file, item and page; icons in letter text shown as text', () => {
    const row = rowOf(data, 'treatment', 'Tramadol')!;
    assert.strictEqual(rowItemsTitle({ table: 'treatment', key: 'Tramadol' }, row), 'Tramadol (treatment): 3 items, 2 upheld, 1 overturned');
    assert.strictEqual(rowItemsTitle({ table: 'treatment', key: 'Tramadol', decision: 'Upheld' }, row), 'Tramadol (treatment): 2 upheld items');
    const none = rowOf(data, 'source', 'None cited')!;
    assert.strictEqual(rowItemsTitle({ table: 'source', key: 'None cited', decision: 'none' }, none), 'None cited (guideline source): 1 item with no decision');
    assert.deepStrictEqual(itemPickText(letters[1][1]), { label: '1 Prescription of tramadol, 50mg', description: 'Upheld', detail: 'pdf/b.pdf · item 2 · page 2' });
    assert.deepStrictEqual(itemPickText(letters[1][0]), { label: 'Physical therapy x8', description: 'no decision', detail: 'pdf/b.pdf · item 1 · page 1' });
    assert.deepStrictEqual(itemPickText(letters[0][0]).detail, 'a.txt · item 1', 'no page when the text has none');
    assert.ok(itemPickText(letters[2][0]).label.endsWith('\\$(trash)'));
  });
});
