// Mocha's browser build (the web worker has no Node, so not the `mocha` package's main), set up
// before the test files are evaluated: index.ts imports this first, then the tests, whose
// describe() and it() are the globals mocha.setup defines.
// Defines the globals `mocha` and `Mocha` (esbuild.js hides the bundle's `module` from it: see
// mochaBrowserBuild there).
import 'mocha/mocha.js';

mocha.setup({
  ui: 'bdd',
  reporter: 'spec',
  color: false,
  // As in the Node suite: enough for a test's usual waits; test/budget.ts fails a test at once
  // whose waits could outlast it. No retries: one window, one workspace, no hidden ordering bugs.
  timeout: 120000,
  retries: 0,
});
