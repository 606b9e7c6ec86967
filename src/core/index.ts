// The core's facade: everything the adapters (extension, CLI) and the tests may use.
// Pure TypeScript: no `vscode`, no Node built-ins. Two halves: light.ts, what the extension loads at
// activation, and engineApi.ts, the parser, rules and lexicon, loaded on its first analysis.
export * from './light';
export * from './engineApi';
// All the summaries, whatever light.ts leaves out.
export * from './summary/index';
