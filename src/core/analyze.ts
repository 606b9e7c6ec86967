import type { Finding, Letter } from './model';
import { parseLetter } from './parse/letter';
import { checkLetter, type RunOptions } from './engine';
import { SentenceMemo } from './text/sentences';

export interface Analysis {
  letter: Letter;
  findings: Finding[];
  /** Findings silenced by the configuration's suppressions; absent when none were (older outputs unchanged). */
  ignored?: number;
}

/** The analysis object: `ignored` only when a suppression silenced something. */
export function analysisOf(letter: Letter, checked: { findings: Finding[]; ignored: number }): Analysis {
  return checked.ignored > 0 ? { letter, findings: checked.findings, ignored: checked.ignored } : { letter, findings: checked.findings };
}

/** Parse, then check: the one call the adapters need. */
export function analyze(text: string, options: RunOptions = {}): Analysis {
  // One SentenceMemo for the parse and the rules: each rationale is split once.
  const sentences = options.sentences ?? new SentenceMemo();
  const letter = parseLetter(text, { sentences });
  return analysisOf(letter, checkLetter(letter, { ...options, sentences }));
}
