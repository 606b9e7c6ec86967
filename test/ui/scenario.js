// The UI scenario: VS Code (web) driven by Playwright as a reviewer would use it, on the example
// letters. Each step asserts what is on screen (locators with timeouts, no sleeps) and saves a
// screenshot: `npm run test:ui` refreshes the README's images in docs/images/; elsewhere (npm test)
// they go to .vscode-test/screenshots/ so test runs leave the tree clean (IMR_SCREENSHOT_DIR).
//
// Run: npx mocha --no-config test/ui/scenario.js after `npm run compile` (npm run test:ui builds first).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { describe, it, before, beforeEach, after, afterEach } = require('mocha');
const C = require('../../scripts/vscode/constants');
const { provision } = require('../../scripts/vscode/provision');
const { startServer } = require('../../scripts/vscode/server');
const { launchBrowser, openPage } = require('../../scripts/vscode/browser');
const { installExtension } = require('../../scripts/vscode/install-extension');
const { createRun, copyTree, onCleanup, runCleanups, installSignalHandlers, saveLogs, clearLogs } = require('../../scripts/vscode/session');
const W = require('./workbench');
const budget = require('../../out/test/budget');

const IMAGES = path.resolve(C.ROOT, process.env.IMR_SCREENSHOT_DIR || path.join('.vscode-test', 'screenshots'));
const LETTER = '2014-05-okafor-cervical.txt';
/** A letter with a cover page whose Final Determination disagrees with an item (IMR015). */
const COVER_LETTER = '2017-04-quintero-cover-determination.txt';
/** An example letter published as a PDF: rendered in the last step (a word processor's justified runs). */
const PDF_SOURCE = '2015-06-lindqvist-topicals.txt';
const PDF_LETTER = '2015-06-lindqvist-topicals.pdf';
/** The contradictory item of LETTER (Overturned, concluded "not medically necessary"). */
const CONTRADICTION = 'Cervical traction pillow';

describe('UI scenario: reviewing a letter in VS Code', function () {
  // Covers the longest step's waits (two token inspections: 12 waits of W.STEP_TIMEOUT); each
  // wait claims its time from the test (W.budgetWaits), and one that could outlast it fails at once.
  this.timeout(420000);
  let run;
  let page;

  async function shot(name) {
    fs.mkdirSync(IMAGES, { recursive: true });
    await page.screenshot({ path: path.join(IMAGES, `${name}.png`) });
  }

  before(async function () {
    this.timeout(600000); // the first run provisions VS Code
    budget.enter(this.runnable());
    installSignalHandlers();
    for (const f of ['dist/extension.js']) {
      assert.ok(fs.existsSync(path.join(C.ROOT, f)), `${f} is missing: run npm run build first`);
    }
    await provision();
    clearLogs(C.ROOT, 'ui');
    run = createRun('ui', {
      settings: {
        'outline.collapseItems': 'alwaysExpand',
        'editor.minimap.enabled': false,
        'workbench.editor.enablePreview': false,
        'problems.sortOrder': 'position',
      },
    });
    copyTree(path.join(C.ROOT, 'examples'), run.workspace, (src) => !/(README\.md|\.gitattributes)$/.test(src));
    // Installed as its .vsix would be (what ships), before the server scans its extensions folder.
    installExtension(run.extensionsDir);
    const server = await startServer({ userDataDir: run.userDataDir, extensionsDir: run.extensionsDir, logFile: run.serverLog });
    onCleanup(() => server.stop());
    const browser = await launchBrowser();
    onCleanup(() => browser.close());
    page = await openPage(browser, server.url({ folder: run.workspace }), {
      viewport: { width: 1440, height: 900 },
      onConsole: (m) => fs.appendFileSync(run.browserLog, `${m}\n`),
    });
    W.budgetWaits(page);
    await W.waitForWorkbench(page, LETTER);
  });

  beforeEach(function () {
    budget.enter(this.currentTest);
  });

  afterEach(async function () {
    if (this.currentTest && this.currentTest.state === 'failed' && page) {
      const logs = saveLogs(run, 'ui', C.ROOT);
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: path.join(logs, `failure-${name}.png`) }).catch(() => {});
      console.error(`      screenshot and logs of the failure: ${path.relative(C.ROOT, logs)}`);
      // Close whatever the failed step left open (palette, dialog) so the next step starts clean.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }
  });

  after(async () => {
    await runCleanups();
  });

  it('opens a letter from the Explorer', async () => {
    await W.explorerRow(page, LETTER).click();
    await W.editorTab(page, LETTER).waitFor({ timeout: W.STEP_TIMEOUT });
    await page.locator('.monaco-editor .view-line', { hasText: 'IMR ISSUES, DECISIONS AND RATIONALES' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await shot('01-open-letter');
  });

  it('shows "IMR Determination" as the language in the status bar, and the letter\'s counts', async () => {
    await page.locator('[id="status.editor.mode"]', { hasText: 'IMR Determination' }).waitFor({ timeout: W.STEP_TIMEOUT });
    await page.locator('.statusbar-item', { hasText: /IMR: .*upheld/ }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await shot('02-status-bar');
  });

  it('lists the items with their decisions in the Outline', async () => {
    // The Outline gets the whole side bar: the file list is collapsed.
    await W.collapsePane(page, 'workspace');
    await W.widenSideBar(page, 180);
    const pane = await W.expandPane(page, 'Outline');
    const row = (text) => pane.locator('.monaco-list-row', { hasText: text }).first();
    await row('IMR ISSUES, DECISIONS AND RATIONALES').waitFor({ timeout: W.STEP_TIMEOUT });
    const ultram = row('Precription of Ultram 50mg #120');
    await ultram.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await ultram.innerText(), /Upheld/);
    const pillow = row(CONTRADICTION);
    await pillow.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await pillow.innerText(), /Overturned/);
    // The header is one row that does not open (no children), so the first item is the sixth row
    // (header, section, reviewer, section, section), open; icons that read as a letter's parts.
    const header = row('Header');
    assert.match(await header.innerText(), /Case Number CM14-\d+ · 7 fields/);
    assert.strictEqual(await header.getAttribute('aria-expanded'), null, 'the header row has no children to open');
    assert.strictEqual(await ultram.getAttribute('data-index'), '5', 'the first item is the sixth row of the Outline');
    assert.strictEqual(await ultram.getAttribute('aria-expanded'), 'true', 'the item is open: its guidelines and rationale show');
    const icon = async (r) => (await r.locator('.outline-element-icon').getAttribute('class')) || '';
    assert.match(await icon(header), /codicon-symbol-file\b/);
    assert.match(await icon(row('IMR ISSUES, DECISIONS AND RATIONALES')), /codicon-symbol-string\b/);
    assert.match(await icon(ultram), /codicon-symbol-enum-member\b/);
    assert.match(await icon(pillow), /codicon-symbol-event\b/);
    await shot('03-outline');
  });

  it('shows the contradiction in the Problems panel', async () => {
    await W.runCommand(page, 'View: Focus Problems');
    // Problems lists every letter of the workspace (imrReview.problems.scope): this letter's row.
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'IMR001' }).filter({ hasText: CONTRADICTION }).first();
    await problem.waitFor({ timeout: W.STEP_TIMEOUT });
    // Plain words quoting the letter, no internal terms.
    assert.match(await problem.innerText(), new RegExp(`"${CONTRADICTION}" is Overturned, but the rationale ends: "Therefore, the request`));
    // Going to the problem shows the contradictory item in the editor.
    await problem.click();
    await page.locator('.monaco-editor .view-line', { hasText: `${CONTRADICTION}:` }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await shot('04-problems');
  });

  it('runs "Export decision summary" from the command palette and opens the summary', async () => {
    const target = path.join(run.workspace, LETTER.replace(/\.txt$/, '.summary.md'));
    await W.editorTab(page, LETTER).click();
    await W.runCommand(page, 'Export decision summary');
    await W.pickQuickItem(page, 'Markdown');
    // The save dialog (files.simpleDialog.enable): a path input that first shows the folder
    // above, then, once it has listed the letter's folder, the proposed <letter>.summary.md.
    const input = await W.waitForQuickInputValue(page, /\/2014-05-okafor-cervical\.summary\.md$/, 'the save dialog proposes <letter>.summary.md beside the letter');
    await shot('05-export-save-dialog');
    await input.press('Enter');
    // The summary opens as its rendered Markdown preview (a webview holding the document's iframe).
    await W.editorTab(page, `Preview ${path.basename(target)}`).waitFor({ timeout: W.STEP_TIMEOUT });
    const preview = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await preview.locator('h2', { hasText: CONTRADICTION }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    assert.ok(fs.existsSync(target), 'the summary was written beside the letter');
    assert.match(fs.readFileSync(target, 'utf8'), new RegExp(CONTRADICTION));
    // The picture: the whole editor for the preview, scrolled to its table of decisions.
    await W.runCommand(page, 'View: Hide Panel');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
    await preview.locator('h2', { hasText: 'Decisions' }).first().evaluate((h) => h.scrollIntoView());
    await shot('06-summary');
  });

  it('colours decisions with the imr grammar (Inspect Editor Tokens and Scopes)', async () => {
    await W.editorTab(page, LETTER).click();
    const lines = fs.readFileSync(path.join(run.workspace, LETTER), 'utf8').split(/\r?\n/);
    /** Opens the inspector on `word` of the first line starting with `heading`; returns its text. */
    const inspect = async (heading, word, screenshot) => {
      const line = lines.findIndex((l) => l.startsWith(heading));
      assert.ok(line >= 0, `heading "${heading}" found`);
      await W.goToLine(page, line + 1, lines[line].lastIndexOf(word) + 2);
      await W.runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.locator('text=textmate scopes').waitFor({ timeout: W.STEP_TIMEOUT });
      const text = await widget.innerText();
      if (screenshot) await shot(screenshot);
      await page.keyboard.press('Escape');
      await widget.waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
      assert.match(text, new RegExp(word), `the widget inspects "${word}"`);
      assert.match(text, /text\.imr/, 'the root scope is text.imr: the grammar VS Code loaded for imr');
      return { text, foreground: (/foreground\s+(#[0-9A-Fa-f]{6,8})/.exec(text) || [])[1] };
    };
    const overturned = await inspect(`${CONTRADICTION}:`, 'Overturned', '07-token-scopes');
    assert.match(overturned.text, /markup\.inserted[\w.-]*\.imr/, `Overturned scopes: ${overturned.text}`);
    const upheld = await inspect('1 Precription of Ultram', 'Upheld');
    assert.match(upheld.text, /markup\.deleted[\w.-]*\.imr/, `Upheld scopes: ${upheld.text}`);
    assert.ok(upheld.foreground && overturned.foreground, 'the theme gives both decisions a colour');
    assert.notStrictEqual(upheld.foreground, overturned.foreground, 'the default theme colours Upheld and Overturned differently');
  });

  it('lists the letters and their decisions in the "IMR Decisions" view', async () => {
    await W.collapsePane(page, 'Outline');
    let pane;
    try {
      pane = await W.expandPane(page, 'IMR Decisions');
    } catch {
      throw new Error('the "IMR Decisions" view (issue 7) is not in the Explorer');
    }
    await pane.locator('.monaco-list-row', { hasText: LETTER.replace(/\.txt$/, '') }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    // Move the pointer off the header so its tooltip does not cover the first letter.
    await page.mouse.move(20, 500);
    await page.locator('.workbench-hover-container').waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
    await shot('08-decisions-view');
  });

  it('shows the decisions overview by treatment category and guideline source', async () => {
    await W.runCommand(page, 'Show decisions overview');
    await W.editorTab(page, 'IMR Decisions Overview').waitFor({ timeout: W.STEP_TIMEOUT });
    // A webview is an iframe holding the document's own iframe.
    const doc = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await doc.locator('caption', { hasText: 'By treatment category' }).waitFor({ timeout: W.STEP_TIMEOUT });
    const opioids = doc.locator('tr', { has: doc.locator('th', { hasText: /^opioids$/ }) });
    await opioids.waitFor({ timeout: W.STEP_TIMEOUT });
    await doc.locator('caption', { hasText: 'By guideline source' }).waitFor({ timeout: W.STEP_TIMEOUT });
    // The whole editor area for the picture: the panel hidden, the progress notification gone.
    if (await page.locator('.part.panel').isVisible()) await W.runCommand(page, 'View: Hide Panel');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
    await page.locator('.notification-toast', { hasText: 'reading the letters' }).waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
    await shot('09-overview');
    // A row leads to its items: a click lists them in a quick pick, and the one chosen opens at its heading.
    await doc.locator('button.row[data-table="category"][data-key="opioids"]').click();
    const pick = page.locator('.quick-input-widget');
    await pick.locator('.quick-input-title', { hasText: /^opioids \(.*\): \d+ items?/ }).waitFor({ timeout: W.STEP_TIMEOUT });
    const entry = pick.locator('.quick-input-list .monaco-list-row', { hasText: 'Hydrocodone/APAP 10/325mg #120' }).first();
    await entry.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await entry.innerText(), /Upheld|Overturned|no decision/);
    await shot('12-overview-items');
    await pick.locator('.quick-input-box input').fill('Hydrocodone');
    await page.keyboard.press('Enter');
    await W.editorTab(page, '2014-03-hollis-lumbar.txt').waitFor({ timeout: W.STEP_TIMEOUT });
    await page.locator('.monaco-editor .view-line', { hasText: 'Hydrocodone/APAP 10/325mg #120' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
  });

  it('reads a cover page: its Final Determination in the Outline, and where it disagrees with an item', async () => {
    await W.runCommand(page, 'Go to File...');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ timeout: W.STEP_TIMEOUT });
    await input.fill(COVER_LETTER);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: COVER_LETTER }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await input.press('Enter');
    await W.editorTab(page, COVER_LETTER).waitFor({ timeout: W.STEP_TIMEOUT });
    await W.collapsePane(page, 'IMR Decisions');
    const outline = await W.expandPane(page, 'Outline');
    const cover = outline.locator('.monaco-list-row', { hasText: 'Cover page' }).first();
    await cover.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await cover.innerText(), /UPHOLD/);
    // One row with no children: its fields stay in the letter, the items follow within a few rows.
    assert.strictEqual(await cover.getAttribute('aria-expanded'), null, 'the cover page row has no children to open');
    const oxycodone = outline.locator('.monaco-list-row', { hasText: 'Oxycodone 10mg #60' }).first();
    await oxycodone.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.strictEqual(await oxycodone.getAttribute('data-index'), '5', 'the first item is the sixth row of the Outline');
    await W.runCommand(page, 'View: Focus Problems');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'IMR015' }).first();
    await problem.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await problem.innerText(), /Final Determination: UPHOLD/);
    await problem.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Final Determination: UPHOLD' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await shot('10-cover-page');
  });

  it('opens a PDF letter from the Explorer\'s context menu: its text, Outline and Problems', async () => {
    // The PDF appears while VS Code runs, as a downloaded letter would; the Explorer's watcher lists it.
    const { renderLetter } = require('../../out/test/pdf/render');
    const text = fs.readFileSync(path.join(run.workspace, PDF_SOURCE), 'utf8');
    const pdf = await renderLetter(text, { rendering: 'word-processor', seed: 7 });
    fs.writeFileSync(path.join(run.workspace, PDF_LETTER), pdf.bytes);
    await W.expandPane(page, 'workspace');
    const row = W.explorerRow(page, PDF_LETTER);
    await row.waitFor({ timeout: W.STEP_TIMEOUT });
    await row.click({ button: 'right' });
    const entry = page.locator('.context-view .action-item', { hasText: 'Open as IMR Letter' }).first();
    await entry.waitFor({ timeout: W.STEP_TIMEOUT });
    // As a keyboard user would: the menu item under the pointer takes Enter (a click can land
    // before the menu accepts one).
    await entry.hover();
    await page.keyboard.press('Enter');
    await W.editorTab(page, PDF_LETTER).waitFor({ timeout: W.STEP_TIMEOUT });
    await page.locator('.monaco-editor .view-line', { hasText: 'Baclofen 2% cream 120g' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await page.locator('[id="status.editor.mode"]', { hasText: 'IMR Determination' }).waitFor({ timeout: W.STEP_TIMEOUT });
    await W.collapsePane(page, 'workspace');
    const outline = await W.expandPane(page, 'Outline');
    await outline.locator('.monaco-list-row', { hasText: 'Baclofen 2% cream 120g' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await W.runCommand(page, 'View: Focus Problems');
    // Problems lists every letter of the workspace (imrReview.problems.scope): the PDF letter's, by its name.
    await page.getByPlaceholder('Filter (e.g. text, **/*.ts, !**/node_modules/**)').fill(PDF_LETTER);
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'IMR008' }).first();
    await problem.waitFor({ timeout: W.STEP_TIMEOUT });
    await problem.click();
    await page.locator('.monaco-editor .view-line', { hasText: 'Baclofen 2% cream 120g' }).first().waitFor({ timeout: W.STEP_TIMEOUT });
    await shot('11-pdf-letter');
  });

  it('offers each check as a setting with a drop-down, described for the reader', async () => {
    await W.runCommand(page, 'View: Hide Panel');
    await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: W.STEP_TIMEOUT });
    await W.runCommand(page, 'Preferences: Open Settings (UI)');
    const editor = page.locator('.settings-editor');
    await editor.waitFor({ timeout: W.STEP_TIMEOUT });
    // The search box has the focus when the editor opens (a click would land on its cursor layer).
    const search = editor.locator('.settings-header .suggest-input-container .monaco-editor');
    await search.waitFor({ timeout: W.STEP_TIMEOUT });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('imrReview.check');
    await editor.locator('.settings-count-widget', { hasText: '17 Settings Found' }).waitFor({ timeout: W.STEP_TIMEOUT });
    const first = editor.locator('.setting-item-contents', { has: page.locator('.setting-item-title', { hasText: 'Decision Contradicts Rationale' }) }).first();
    await first.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await first.locator('.setting-item-description').innerText(), /IMR001/);
    // A drop-down, showing the rule's default severity.
    const select = first.locator('select.monaco-select-box');
    await select.waitFor({ timeout: W.STEP_TIMEOUT });
    assert.match(await select.evaluate((e) => e.options[e.selectedIndex].text), /^Error$/i);
    await shot('13-settings');
  });
});
