// Issue 15, the vscode-free parts of PDF letters in the workspace features: which files the
// discovery takes (the PDFs beside the include's text letters, none when PDF letters are off), the
// PDF settings as read, their declaration in package.json, and the tree opening a PDF letter's
// `imr-pdf` document while keying it by its file.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../src/core/index';
import { DEFAULT_PDF_MAX_PAGES, pdfSettingsOf } from '../../src/extension/config/model';
import { excludeGlobs, includeGlobs, isDiscoveredPath, isPdfPath, pdfIncludeOf } from '../../src/extension/workspace/letters/globs';
import { buildLetterNode } from '../../src/extension/workspace/tree/treeModel';
import { fixture } from '../cli/harness';

const REPO = path.resolve(__dirname, '../../..');

describe('Workspace PDF letters: discovery', () => {
  const excludes = excludeGlobs({ '**/drafts': true }, 'old/**');

  it('takes .pdf in any case, as .txt', () => {
    for (const p of ['a.pdf', 'x/B.PDF', 'c.Pdf']) assert.ok(isPdfPath(p), p);
    for (const p of ['a.pdf.txt', 'a.pdfx', 'pdf', 'a_pdf']) assert.ok(!isPdfPath(p), p);
  });

  it('looks for PDFs with the include\'s glob, its .txt ending swapped', () => {
    assert.strictEqual(pdfIncludeOf('**/*.txt'), '**/*.pdf');
    assert.strictEqual(pdfIncludeOf('letters/{2014,2015}/**/*.txt'), 'letters/{2014,2015}/**/*.pdf');
    assert.strictEqual(pdfIncludeOf('**/*.TXT'), '**/*.PDF');
    // An include that names no .txt ending says itself which files it takes.
    assert.strictEqual(pdfIncludeOf('**/*'), undefined);
    assert.strictEqual(pdfIncludeOf('**/*.{txt,md}'), undefined);
    assert.deepStrictEqual(includeGlobs('**/*.txt', true), ['**/*.txt', '**/*.pdf']);
    assert.deepStrictEqual(includeGlobs('**/*.txt', false), ['**/*.txt']);
    assert.deepStrictEqual(includeGlobs('**/*', true), ['**/*']);
  });

  it('takes PDF letters beside text letters when on, under the same excludes and skipped folders', () => {
    const on = (p: string, include = '**/*.txt') => isDiscoveredPath(p, include, excludes, true);
    assert.ok(on('a.pdf') && on('deep/er/b.pdf') && on('a.txt'));
    assert.ok(!on('drafts/a.pdf'), 'files.exclude');
    assert.ok(!on('old/x/a.pdf'), 'imrReview.workspace.exclude');
    for (const f of ['node_modules', '.git', '.vscode-test', '.hg', '.svn']) assert.ok(!on(`a/${f}/b.pdf`), f);
    assert.ok(on('letters/a.pdf', 'letters/**/*.txt') && !on('other/a.pdf', 'letters/**/*.txt'), 'the include\'s folders');
    assert.ok(on('a.pdf', '**/*') && on('a.md', '**/*'), 'an include of every file takes PDFs itself');
    assert.ok(!on('a.pdf', '**/*.md'), 'an include of other files takes no PDF');
  });

  it('takes no PDF when off, whatever the include, and the same text letters', () => {
    const off = (p: string, include = '**/*.txt') => isDiscoveredPath(p, include, excludes, false);
    assert.ok(!off('a.pdf') && !off('x/B.PDF'));
    assert.ok(!off('a.pdf', '**/*'), 'not even through an include of every file: it would be reported as binary');
    assert.ok(off('a.txt') && off('a.md', '**/*'));
    assert.strictEqual(isDiscoveredPath('a.pdf', '**/*', excludes), false, 'off unless said');
  });
});

describe('Workspace PDF letters: settings', () => {
  it('reads imrReview.pdf.enabled (on unless false) and a page limit of at least one whole page', () => {
    assert.deepStrictEqual(pdfSettingsOf(undefined, undefined), { enabled: true, maxPages: DEFAULT_PDF_MAX_PAGES });
    assert.strictEqual(pdfSettingsOf(false, 5).enabled, false);
    assert.strictEqual(pdfSettingsOf('no', 5).enabled, true, 'a wrong type keeps the default');
    const pages = (v: unknown) => pdfSettingsOf(true, v).maxPages;
    assert.strictEqual(pages(12), 12);
    assert.strictEqual(pages(2.7), 2);
    assert.strictEqual(pages(0), 1);
    assert.strictEqual(pages(-4), 1);
    for (const bad of [NaN, Infinity, '50', null]) assert.strictEqual(pages(bad), DEFAULT_PDF_MAX_PAGES, String(bad));
  });

  it('declares both settings in package.json, with the defaults the code uses, worded for the reader', () => {
    const props = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).contributes.configuration.properties;
    const enabled = props['imrReview.pdf.enabled'];
    const maxPages = props['imrReview.pdf.maxPages'];
    assert.ok(enabled && maxPages, 'both settings are declared');
    assert.strictEqual(enabled.type, 'boolean');
    assert.strictEqual(enabled.default, true);
    assert.strictEqual(maxPages.type, 'integer');
    assert.strictEqual(maxPages.default, DEFAULT_PDF_MAX_PAGES);
    assert.strictEqual(maxPages.minimum, 1);
    for (const s of [enabled, maxPages]) {
      assert.strictEqual(s.scope, 'resource');
      assert.ok(!/\b(?:glob|boolean|integer|regex|worker|pdf\.js)\b/i.test(s.markdownDescription), s.markdownDescription);
    }
    assert.match(enabled.markdownDescription, /Check all letters in workspace/);
    assert.match(enabled.markdownDescription, /scanned/);
  });
});

describe('Workspace PDF letters: the tree', () => {
  const text = fixture('rules/IMR001/positive-upheld-necessary-single.txt');
  const report = { key: 'file:///ws/a.pdf', file: 'a.pdf', ...analyze(text, { file: 'a.pdf' }) };

  it('keys a PDF letter by its file and opens its imr-pdf document, at each item', () => {
    const node = buildLetterNode({ ...report, documentKey: 'imr-pdf:/ws/a.pdf' });
    assert.strictEqual(node.key, 'file:///ws/a.pdf');
    assert.strictEqual(node.name, 'a.pdf');
    assert.strictEqual(node.documentKey, 'imr-pdf:/ws/a.pdf');
    assert.ok(node.items.length > 0);
    for (const i of node.items) {
      assert.strictEqual(i.letterKey, 'file:///ws/a.pdf');
      assert.strictEqual(i.documentKey, 'imr-pdf:/ws/a.pdf');
    }
  });

  it('opens a text letter\'s own file', () => {
    const node = buildLetterNode({ ...report, key: 'file:///ws/a.txt', file: 'a.txt' });
    assert.strictEqual(node.documentKey, 'file:///ws/a.txt');
    assert.ok(node.items.every((i) => i.documentKey === 'file:///ws/a.txt'));
  });
});
