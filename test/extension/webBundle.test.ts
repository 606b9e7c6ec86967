// The web extension (vscode.dev) runs in a worker: no Node built-ins, no `process`, no `Buffer`.
// Evaluates the built browser bundle in a bare context with only worker globals and a stub of the
// `vscode` module, and checks that it loads and exports activate().
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const BUNDLE = path.resolve(__dirname, '../../../dist/web/extension.js');

/** Any property, call or construction yields another stub. */
function deepStub(): unknown {
  return new Proxy(function () {}, {
    get: (_t, key) => (key === 'then' ? undefined : deepStub()),
    apply: () => deepStub(),
    construct: () => deepStub() as object,
  });
}

describe('web bundle', () => {
  it('loads with worker globals only (no Node built-ins)', function () {
    if (!fs.existsSync(BUNDLE)) {
      console.log('      (skipped: dist/web/extension.js is not built; run `npm run build` first)');
      this.skip();
    }
    const code = fs.readFileSync(BUNDLE, 'utf8');
    // The bundle copies the module's own names (esbuild's __toESM), so list the ones it uses.
    const vscode: Record<string, unknown> = {};
    for (const m of code.matchAll(/\bvscode\d*\.(\w+)/g)) vscode[m[1]] = deepStub();
    const required: string[] = [];
    const mod = { exports: {} as Record<string, unknown> };
    const context = {
      module: mod,
      exports: mod.exports,
      require: (name: string) => {
        required.push(name);
        if (name === 'vscode') return vscode;
        throw new Error(`the web bundle requires "${name}"`);
      },
      TextDecoder,
      TextEncoder,
      performance,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      console,
    };
    vm.runInNewContext(code, context, { filename: BUNDLE });
    assert.strictEqual(typeof mod.exports.activate, 'function');
    assert.deepStrictEqual([...new Set(required)], ['vscode']);
  });
});
