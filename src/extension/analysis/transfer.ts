// An Analysis sent from the worker thread in parts. Receiving a message deserialises it on the
// extension host's main thread: a 4 MB letter's whole model at once blocks it for ~0.3 s (20 MB:
// ~1.5 s). In parts of a few hundred items, pulled one at a time, each costs a few ms and the host
// answers other requests in between. No `vscode` and no Node here: unit-tested as plain data.
import type { Analysis, Finding, Item, Letter, RunOptions } from '../../core/light';

/** Items per part: ~3 KB of model each, so a part deserialises in about 5-10 ms. */
const ITEMS_PER_PART = 200;
/** Findings are smaller than items. */
const FINDINGS_PER_PART = 1000;

export type AnalysisPart =
  | { kind: 'head'; letter: Letter; items: number; findings: number; ignored?: number }
  | { kind: 'items'; items: Item[] }
  | { kind: 'findings'; findings: Finding[] };

/** What the extension host sends the worker: a text to analyse, then one `next` per part it took. */
/** `document` names an open document: the worker then reuses what its previous analysis of it built. */
export type ToWorker = { type: 'analyze'; text: string; options: Pick<RunOptions, 'config' | 'file'>; document?: string } | { type: 'next' };
/**
 * What the worker answers: the head part after the analysis, then one part per `next`. An error's
 * `message` is one line for the log; its `stack` is logged at debug level only.
 */
export type FromWorker = { type: 'part'; part: AnalysisPart } | { type: 'error'; message: string; stack?: string };

/** The parts of an analysis, in the order they are sent: the letter without its items first. */
export function splitAnalysis(analysis: Analysis, itemsPerPart = ITEMS_PER_PART, findingsPerPart = FINDINGS_PER_PART): AnalysisPart[] {
  const { items, ...rest } = analysis.letter;
  const head: AnalysisPart = { kind: 'head', letter: { ...rest, items: [] }, items: items.length, findings: analysis.findings.length };
  if (analysis.ignored !== undefined) head.ignored = analysis.ignored;
  const parts: AnalysisPart[] = [head];
  for (let i = 0; i < items.length; i += itemsPerPart) parts.push({ kind: 'items', items: items.slice(i, i + itemsPerPart) });
  for (let i = 0; i < analysis.findings.length; i += findingsPerPart) parts.push({ kind: 'findings', findings: analysis.findings.slice(i, i + findingsPerPart) });
  return parts;
}

/** Rebuilds an analysis from its parts; `add` returns it once the last part arrived. */
export class AnalysisAssembler {
  private letter: Letter | undefined;
  private expectedItems = 0;
  private expectedFindings = 0;
  private ignored: number | undefined;
  private readonly findings: Finding[] = [];

  add(part: AnalysisPart): Analysis | undefined {
    if (part.kind === 'head') {
      if (this.letter) throw new Error('analysis transfer: a second head part');
      this.letter = part.letter;
      this.expectedItems = part.items;
      this.expectedFindings = part.findings;
      this.ignored = part.ignored;
    } else if (!this.letter) {
      throw new Error(`analysis transfer: ${part.kind} before the head`);
    } else if (part.kind === 'items') {
      for (const item of part.items) this.letter.items.push(item);
    } else {
      for (const finding of part.findings) this.findings.push(finding);
    }
    return this.complete();
  }

  private complete(): Analysis | undefined {
    const letter = this.letter;
    if (!letter || letter.items.length < this.expectedItems || this.findings.length < this.expectedFindings) return undefined;
    if (letter.items.length > this.expectedItems || this.findings.length > this.expectedFindings) throw new Error('analysis transfer: more parts than announced');
    return this.ignored === undefined ? { letter, findings: this.findings } : { letter, findings: this.findings, ignored: this.ignored };
  }
}
