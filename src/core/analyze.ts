import type { Finding, Letter } from './model';
import { parseLetter } from './parse/letter';
import { runRules, type RunOptions } from './engine';
import { SentenceMemo } from './text/sentences';

export interface Analysis {
  letter: Letter;
  findings: Finding[];
}

/** Parse, then check: the one call the adapters need. */
export function analyze(text: string, options: RunOptions = {}): Analysis {
  // One SentenceMemo for the parse and the rules: each rationale is split once.
  const sentences = options.sentences ?? new SentenceMemo();
  const letter = parseLetter(text, { sentences });
  return { letter, findings: runRules(letter, { ...options, sentences }) };
}
