// Issue 16 point 6: the files the "IMR Decisions" view leaves out are named (log, quick pick), and
// only files that could not be read earn a banner.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { notListedBanner, notListedDetail, notListedLogLine, sortNotListed } from '../../src/extension/workspace/tree/notListed';

const note = { file: 'notes/memo.txt', reason: 'not an IMR determination letter', unreadable: false };
const scan = { file: 'batch/scan.txt', reason: 'binary file, not text', unreadable: true };
const pdf = { file: 'a/fax.pdf', reason: 'encrypted PDF', unreadable: true };

describe('files not listed in IMR Decisions', () => {
  it('has no banner for ordinary non-letters', () => {
    assert.strictEqual(notListedBanner([note, { ...note, file: 'notes/other.txt' }]), undefined);
    assert.strictEqual(notListedBanner([]), undefined);
  });

  it('has a short banner with the count of files that could not be read', () => {
    assert.strictEqual(notListedBanner([note, scan]), '1 file could not be read: "Show files not listed" (⚠ above) names it.');
    assert.strictEqual(notListedBanner([scan, pdf, note]), '2 files could not be read: "Show files not listed" (⚠ above) names them.');
  });

  it('lists unreadable files first, each group in path order', () => {
    assert.deepStrictEqual(sortNotListed([note, scan, pdf]).map((f) => f.file), ['a/fax.pdf', 'batch/scan.txt', 'notes/memo.txt']);
  });

  it('names each file in the log and the quick pick by its path and why', () => {
    assert.strictEqual(notListedLogLine(note), 'IMR Decisions: not listed: notes/memo.txt: not a letter (not an IMR determination letter)');
    assert.strictEqual(notListedLogLine(scan), 'IMR Decisions: not listed: batch/scan.txt: binary file, not text');
    assert.strictEqual(notListedDetail(scan), 'could not be read: binary file, not text');
    assert.strictEqual(notListedDetail(note), 'not a letter: not an IMR determination letter');
  });

  it('offers "Show files not listed" from the view\'s menu, and as ⚠ in its title when files could not be read', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
      contributes: { commands: { command: string; title: string }[]; menus: Record<string, { command: string; when?: string; group?: string }[]> };
    };
    assert.strictEqual(pkg.contributes.commands.find((c) => c.command === 'imrReview.showFilesNotListed')?.title, 'Show files not listed');
    const entries = pkg.contributes.menus['view/title'].filter((e) => e.command === 'imrReview.showFilesNotListed');
    assert.ok(entries.some((e) => e.when === 'view == imrReview.decisions' && e.group?.startsWith('overflow')), 'in the view\'s ... menu');
    assert.ok(entries.some((e) => e.when === 'view == imrReview.decisions && imrReview.unreadableFiles' && e.group?.startsWith('navigation')), 'as an icon when files could not be read');
  });
});
