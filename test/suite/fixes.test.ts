// Issue 5 end to end: a quick fix that edits the letter where an edit is right (IMR011; issue 16:
// only once the letter is made editable, it opens read-only), and a
// suppression that silences a finding without touching the letter (written to .imr-review.json,
// which the CLI reads too).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, codeActions, codeOf, openLetter, readWorkspaceFile, replaceInDocument, requireCommand, waitForDiagnostics, workspaceRoot } from './helpers';

const CONFIG_FILE = '.imr-review.json';

describe('Quick fixes and suppressions', () => {
  before(async () => {
    await activateExtension();
  });

  it('offers no edit of a read-only letter (the default); once editable, "Edit the letter: change ..." fixes the heading with a WorkspaceEdit (IMR011)', async () => {
    await requireCommand('imrReview.toggleLetterReadOnly', 'read-only letters (issue 16)');
    const doc = await openLetter('letters', 'misspelled-wrist.txt');
    await vscode.window.showTextDocument(doc, { preview: false });
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR011'), 'IMR011 on the misspelled heading')).filter((x) => codeOf(x) === 'IMR011');
    assert.match(d.message, /Prescription/, 'the spelling suggestion is in the message');
    const offered = await codeActions(doc, d);
    assert.deepStrictEqual(offered.filter((a) => a.edit).map((a) => a.title), [], 'no fix edits a read-only letter');

    assert.strictEqual(await vscode.commands.executeCommand('imrReview.toggleLetterReadOnly'), false, 'the letter made editable');
    try {
      const actions = await codeActions(doc, d);
      const fix = actions.find((a) => a.edit);
      assert.ok(fix, `no edit among: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
      assert.strictEqual(fix.title, "Edit the letter: change 'Precription' to 'Prescription'");
      assert.ok(fix.kind && vscode.CodeActionKind.QuickFix.contains(fix.kind), 'the fix is a quick fix');
      assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)), 'the edit was not applied');
      assert.match(doc.getText(), /1 Prescription of a right wrist splint:/);
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR011'), 'IMR011 gone after the fix');
      // Back as committed, by an edit and a save rather than a revert: auto save (on in the web
      // workbench) may already have written the fix to disk, and a revert would then keep it.
      await replaceInDocument(doc, '1 Prescription of a right wrist splint:', '1 Precription of a right wrist splint:');
      if (doc.isDirty) assert.ok(await doc.save(), 'the letter saved as committed');
      assert.match(readWorkspaceFile('letters', 'misspelled-wrist.txt') ?? '', /1 Precription of a right wrist splint:/);
    } finally {
      await vscode.window.showTextDocument(doc);
      assert.strictEqual(await vscode.commands.executeCommand('imrReview.toggleLetterReadOnly'), true, 'the letter read-only again');
    }
  });

  it('offers "Show rule documentation" for a finding', async () => {
    const doc = await openLetter('letters', 'contradictory-shoulder.txt');
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001')).filter((x) => codeOf(x) === 'IMR001');
    const actions = await codeActions(doc, d);
    const docs = actions.find((a) => a.command?.command === 'imrReview.showRuleDocumentation');
    assert.ok(docs, `no "Show rule documentation" action among: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
    assert.deepStrictEqual(docs.command?.arguments?.[0], 'IMR001');
  });

  describe('suppression', () => {
    const configPath = () => path.join(workspaceRoot(), CONFIG_FILE);
    let before: string | undefined;
    beforeEach(() => {
      before = fs.existsSync(configPath()) ? fs.readFileSync(configPath(), 'utf8') : undefined;
    });
    // Restored through the editor, then waited for: the next suites must see the letter's IMR001
    // again, not a configuration the extension still holds.
    afterEach(async () => {
      const uri = vscode.Uri.file(configPath());
      if (before === undefined) {
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(uri, { ignoreIfNotExists: true });
        assert.ok(await vscode.workspace.applyEdit(edit), `${CONFIG_FILE} could not be removed`);
      } else {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
      }
      const doc = await openLetter('letters', 'contradictory-shoulder.txt');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 back once the suppression is gone');
    });

    it('"Ignore IMR001 for this item" writes .imr-review.json and silences the finding, the letter untouched; "Manage suppressions" removes it', async () => {
      await requireCommand('imrReview.ignoreForItem', 'the suppression command (issue 5)');
      const doc = await openLetter('letters', 'contradictory-shoulder.txt');
      const original = doc.getText();
      const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 before suppressing')).filter((x) => codeOf(x) === 'IMR001');
      const actions = await codeActions(doc, d);
      const ignore = actions.find((a) => /ignore/i.test(a.title) && /IMR001/.test(a.title));
      assert.ok(ignore, `no "Ignore IMR001 for this item" action among: ${actions.map((a) => a.title).join(' | ') || '(none)'}`);
      if (ignore.edit) assert.ok(await vscode.workspace.applyEdit(ignore.edit), 'the suppression edit was not applied');
      if (ignore.command) await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      await vscode.workspace.saveAll(false);

      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 silenced by the suppression');
      assert.strictEqual(doc.getText(), original, 'the letter must not be edited to silence a finding');
      assert.ok(fs.existsSync(configPath()), `${CONFIG_FILE} was not written to the workspace folder`);
      const config = JSON.parse(fs.readFileSync(configPath(), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { ignore?: { rule: string; file?: string; item?: string }[] };
      const entry = config.ignore?.find((e) => e.rule === 'IMR001');
      assert.ok(entry, `no IMR001 entry in ${CONFIG_FILE}`);
      assert.strictEqual(entry.item, 'Tramadol ER 100mg #30', 'keyed by the item title, not a line number');
      assert.match(entry.file ?? '', /contradictory-shoulder\.txt$/);

      // "Manage suppressions" lists it and removes it (the quick pick's choice given as the argument).
      const removed = await vscode.commands.executeCommand<number>('imrReview.manageSuppressions', { remove: [{ rule: 'IMR001', file: entry.file, item: entry.item }] });
      assert.strictEqual(removed, 1, 'one suppression removed');
      await vscode.workspace.saveAll(false);
      const left = JSON.parse(fs.readFileSync(configPath(), 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { ignore?: { rule: string }[] };
      assert.deepStrictEqual((left.ignore ?? []).filter((e) => e.rule === 'IMR001'), [], 'the entry is gone from the file');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 back after removing the suppression');
    });

    it('five quick "Ignore" actions in a row keep all five, written through a symlinked .imr-review.json (issue 12)', async () => {
      await requireCommand('imrReview.ignoreForItem', 'the suppression command (issue 5)');
      const doc = await openLetter('letters', 'contradictory-shoulder.txt');
      await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 before suppressing');
      // The workspace's config is a link to a file kept elsewhere (a team's shared settings).
      const shared = path.join(workspaceRoot(), 'shared-settings');
      const real = path.join(shared, 'team-config.json');
      fs.mkdirSync(shared, { recursive: true });
      fs.writeFileSync(real, before ?? '{}\n');
      fs.rmSync(configPath(), { force: true });
      fs.symlinkSync(path.join('shared-settings', 'team-config.json'), configPath());
      try {
        const rules = ['IMR001', 'IMR005', 'IMR006', 'IMR009', 'IMR011'];
        const written = await Promise.all(
          rules.map((rule) => vscode.commands.executeCommand<vscode.Uri | undefined>('imrReview.ignoreForItem', { uri: doc.uri.toString(), rule, item: 'Tramadol ER 100mg #30' })),
        );
        assert.ok(written.every((u) => u?.fsPath === configPath()), `every action names ${CONFIG_FILE}`);
        assert.ok(fs.lstatSync(configPath()).isSymbolicLink(), 'the link stays a link');
        const config = JSON.parse(fs.readFileSync(real, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as { ignore?: { rule: string; item?: string }[] };
        const kept = (config.ignore ?? []).filter((e) => e.item === 'Tramadol ER 100mg #30').map((e) => e.rule).sort();
        assert.deepStrictEqual(kept, rules, 'all five suppressions are in the file the link leads to');
        await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => codeOf(x) === 'IMR001'), 'IMR001 silenced');

        // With the config open with unsaved changes the entries go into its buffer, in turn too.
        const configDoc = await vscode.workspace.openTextDocument(vscode.Uri.file(configPath()));
        const editor = await vscode.window.showTextDocument(configDoc);
        await editor.edit((e) => e.insert(configDoc.lineAt(configDoc.lineCount - 1).range.end, '\n'));
        assert.ok(configDoc.isDirty);
        const other = 'Subacromial corticosteroid injection of the right shoulder';
        await Promise.all(rules.map((rule) => vscode.commands.executeCommand('imrReview.ignoreForItem', { uri: doc.uri.toString(), rule, item: other })));
        const buffered = JSON.parse(configDoc.getText().replace(/^\s*\/\/.*$/gm, '')) as { ignore?: { rule: string; item?: string }[] };
        assert.deepStrictEqual((buffered.ignore ?? []).filter((e) => e.item === other).map((e) => e.rule).sort(), rules, 'all five in the unsaved buffer');
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      } finally {
        // The link goes through the editor (afterEach restores the file as it was); its target by hand.
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(vscode.Uri.file(configPath()), { ignoreIfNotExists: true });
        await vscode.workspace.applyEdit(edit);
        fs.rmSync(shared, { recursive: true, force: true });
      }
    });
  });
});
