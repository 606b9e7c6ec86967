// Page-level helpers for driving the VS Code web workbench with Playwright like a person: the
// command palette, views, the editor. Every wait is a locator with a timeout, claimed from the
// running test's timeout (test/budget.ts, compiled to out/): a test's timeout covers all its waits.
const budget = require('../../out/test/budget');

const STEP_TIMEOUT = 30000;

/**
 * Makes every `locator.waitFor` of this page claim its timeout from the running test, so that a
 * test whose waits could outlast its timeout fails at once with a message saying so.
 */
function budgetWaits(page) {
  const proto = Object.getPrototypeOf(page.locator('body'));
  if (proto.waitFor.budgeted) return;
  const waitFor = proto.waitFor;
  proto.waitFor = function (options = {}) {
    budget.claim(options.timeout ?? STEP_TIMEOUT, () => `${this} (${options.state ?? 'visible'})`);
    return waitFor.call(this, options);
  };
  proto.waitFor.budgeted = true;
}
/** The quick input's text field (the command palette, quick picks, the simple save dialog). */
const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/** Waits until the workbench has restored (the Explorer lists `fileName`). */
async function waitForWorkbench(page, fileName) {
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 60000 });
}

/** Runs a command from the palette by its title, as typed by a user. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(`>${title}`);
  const entry = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first();
  await entry.waitFor({ timeout: STEP_TIMEOUT });
  await input.press('Enter');
  return entry;
}

/** Picks an entry of an open quick pick (format picker, ...). */
async function pickQuickItem(page, label) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: STEP_TIMEOUT });
  await row.click();
}

/**
 * Waits until the quick input's text matches `pattern` (dialogs fill it in asynchronously) and
 * returns the input; fails with what it held instead.
 */
async function waitForQuickInputValue(page, pattern, what) {
  const selector = QUICK_INPUT;
  const input = page.locator(selector);
  await input.waitFor({ timeout: STEP_TIMEOUT });
  budget.claim(STEP_TIMEOUT, what);
  try {
    await page.waitForFunction(
      ([sel, source, flags]) => {
        const el = globalThis.document.querySelector(sel); // runs in the page
        return !!el && new RegExp(source, flags).test(el.value);
      },
      [selector, pattern.source, pattern.flags],
      { timeout: STEP_TIMEOUT },
    );
  } catch {
    throw new Error(`${what}: the input shows ${JSON.stringify(await input.inputValue())}, expected ${pattern}`);
  }
  return input;
}

function explorerRow(page, name) {
  return page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
}

function editorTab(page, name) {
  return page.locator('.tabs-container .tab', { hasText: name }).first();
}

/** A side bar pane's header, by its title (the header also holds a description and actions). */
function paneHeader(page, title) {
  return page.locator('.pane-header', { has: page.locator('.title', { hasText: new RegExp(`^${title}$`, 'i') }) }).first();
}

/** Expands a view pane of the side bar (Outline, Timeline ...) if it is collapsed. */
async function expandPane(page, title) {
  const header = paneHeader(page, title);
  await header.waitFor({ timeout: STEP_TIMEOUT });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  return header.locator('xpath=..');
}

/** Collapses a view pane of the side bar, to give the others room. */
async function collapsePane(page, title) {
  const header = paneHeader(page, title);
  await header.waitFor({ timeout: STEP_TIMEOUT });
  if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** Widens the side bar by dragging its sash, so Outline details are readable. */
async function widenSideBar(page, by) {
  const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
  if (!sidebar) throw new Error('no side bar');
  const x = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}

/** Puts the cursor at a 1-based line and column with "Go to Line/Column". */
async function goToLine(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ timeout: STEP_TIMEOUT });
  await input.fill(`:${line}:${column}`);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP_TIMEOUT });
}

module.exports = { STEP_TIMEOUT, budgetWaits, waitForWorkbench, runCommand, pickQuickItem, waitForQuickInputValue, explorerRow, editorTab, expandPane, collapsePane, widenSideBar, goToLine };
