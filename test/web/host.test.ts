// The suite proves the web extension only if it runs where vscode.dev runs it: the web worker
// extension host. VS Code runs the tests in the host of the extension under test, so these hold
// for both; on the Node extension host every one of them fails.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from '../suite/editorHelpers';

describe('Web worker extension host', () => {
  it('runs the extension in a web worker, from its browser bundle', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded in this extension host`);
    // UI: the host beside the workbench (the browser); a Node host on the server reports Workspace.
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.UI, 'the extension runs in the local (web worker) host');
    assert.strictEqual(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no Node `process` in a web worker');
    assert.strictEqual(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function', 'a worker global scope');
    assert.ok(globalThis instanceof (globalThis as unknown as { WorkerGlobalScope: new () => object }).WorkerGlobalScope, 'the tests run inside a worker');
    const pkg = ext.packageJSON as { main?: string; browser?: string };
    assert.strictEqual(pkg.main, undefined, 'the copy under test has no Node entry point');
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
    const api = await activateExtension();
    assert.strictEqual(typeof api.activationMs, 'number');
  });
});
