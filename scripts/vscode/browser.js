// Chromium (Debian's, driven by playwright-core) for the VS Code web workbench: no sandbox (we run
// as root in CI), no GPU, and none of Chromium's own network traffic (this machine is offline).
const fs = require('fs');
const { chromium } = require('playwright-core');
const { CHROMIUM } = require('./constants');

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

async function launchBrowser({ headless = true } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set IMR_CHROMIUM)`);
  return chromium.launch({ executablePath: CHROMIUM, headless, args: ARGS });
}

/**
 * Opens `url` in a fresh context. Console messages of the page go to `onConsole` (the runner logs
 * them to a file: they help when the workbench fails to start). `expose` maps names to functions
 * the page can call as window[name] (defined before the page loads).
 */
async function openPage(browser, url, { viewport = { width: 1400, height: 900 }, onConsole, expose = {} } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  for (const [name, fn] of Object.entries(expose)) await page.exposeFunction(name, fn);
  if (onConsole) {
    page.on('console', (m) => onConsole(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => onConsole(`[pageerror] ${e.message}`));
  }
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

module.exports = { launchBrowser, openPage };
