import type { Finding, Letter } from './model';
import { parseLetter } from './parse/letter';
import { runRules, type RunOptions } from './engine';

export interface Analysis {
  letter: Letter;
  findings: Finding[];
}

/** Parse, then check: the one call the adapters need. */
export function analyze(text: string, options: RunOptions = {}): Analysis {
  const letter = parseLetter(text);
  return { letter, findings: runRules(letter, options) };
}
