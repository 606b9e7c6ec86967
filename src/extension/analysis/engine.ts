// The analysis engine (parser, rules, treatment lexicon: src/core/engineApi.ts), loaded on first
// use rather than at activation: it is most of the core's weight. In the desktop extension and its
// analysis worker the require below is of dist/engine.js, one bundle both share (esbuild.js); the
// web bundle holds the engine inline, evaluated on the first call; under tsc's out/ it is a plain require.
import type * as EngineApi from '../../core/engineApi';

export type Engine = typeof EngineApi;

let loaded: Engine | undefined;

/** The engine, loaded by the first call; code that runs at activation never calls it. */
export function engine(): Engine {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous, lazy load (import() would be neither)
  loaded ??= require('../../core/engineApi') as Engine;
  return loaded;
}

/** Whether the engine was loaded (what activation must not do when no letter is open). */
export function engineLoaded(): boolean {
  return loaded !== undefined;
}
