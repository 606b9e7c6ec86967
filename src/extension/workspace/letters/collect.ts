// Reading the discovered letters of the workspace (letterFiles.ts) for the workspace check, the
// decisions tree, the workspace export and the overview. Open letters are analysed from their
// buffer (what the user sees), the others from disk, read by the CLI's rules, with the same merged
// configuration as open documents (ConfigService.optionsFor); large ones are analysed in the worker.
// A PDF letter is its extracted text (read.ts), shown as its `imr-pdf` document (pdfLetters.ts).
import * as vscode from 'vscode';
import { compareLetterPaths, type Analysis, type LetterReport } from '../../../core/light';
import type { AnalysisCache } from '../../analysis/cache';
import type { ConfigService } from '../../config/configService';
import { isLetterDocument, openDocument } from '../../shared/convert';
import { findLetterFiles, forEachLimited, relativeFile } from './letterFiles';
import { documentUriOf } from './pdfLetters';
import { readCandidate, SIZE_HINT } from './read';
import { emptyTally, type ReadTally } from './readProblems';

/** Files read at once: enough to hide file-system latency, few enough to bound memory. */
const WIDTH = 8;

export interface WorkspaceReport extends LetterReport {
  /** The file on disk. */
  uri: vscode.Uri;
  /** The URI as a string: the key of the letter in the tree. */
  key: string;
  /** The document users see, where its problems, items and ranges are: a PDF's `imr-pdf` document, else the file. */
  documentUri: vscode.Uri;
  /** Findings silenced by suppressions (Analysis.ignored), for the tree's "1 ignored". */
  ignored?: number;
}

export type LetterOutcome =
  | { kind: 'letter'; report: WorkspaceReport; analysis: Analysis }
  | { kind: 'skipped'; uri: vscode.Uri; file: string; reason: string }
  | { kind: 'unreadable'; uri: vscode.Uri; file: string; reason: string };

export interface Pass {
  /** Candidate files found. */
  total: number;
  /** Files read before the end or the cancellation. */
  done: number;
  cancelled: boolean;
  tally: ReadTally;
}

/** One reading of every letter (the tree's, or "Check all letters"): cancellation, progress, and each outcome. */
export interface ReadRun {
  token?: vscode.CancellationToken;
  progress?: (done: number, total: number) => void;
  onOutcome?: (o: LetterOutcome) => void;
}

function addToTally(tally: ReadTally, o: LetterOutcome): void {
  if (o.kind === 'skipped') tally.skipped++;
  else if (o.kind === 'unreadable') tally.unreadable.push({ file: o.file, reason: o.reason });
}

export class WorkspaceLetters {
  constructor(
    private readonly config: ConfigService,
    private readonly cache: AnalysisCache,
  ) {}

  /** One file: its open buffer when open as a letter, else the file on disk (large ones in the worker). */
  async analyse(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<LetterOutcome> {
    const file = relativeFile(uri);
    const documentUri = documentUriOf(uri);
    const doc = openDocument(documentUri);
    let analysis: Analysis | undefined;
    try {
      if (doc && isLetterDocument(doc)) {
        analysis = await this.cache.analysisFor(doc);
        if (!analysis) return { kind: 'unreadable', uri, file, reason: `not analysed: over the imrReview.maxFileSizeMB limit (${SIZE_HINT})` };
      } else {
        const read = await readCandidate(uri, this.config.maxChars(uri));
        if (!read.ok) return { kind: read.skip ? 'skipped' : 'unreadable', uri, file, reason: read.reason };
        analysis = await this.cache.analyzeText(read.text, await this.config.optionsFor(uri), token);
        if (!analysis) return { kind: 'unreadable', uri, file, reason: 'not analysed: cancelled' };
      }
    } catch (e) {
      // The core is total by design; should it ever throw, report the file and carry on (as the CLI does).
      return { kind: 'unreadable', uri, file, reason: `internal error while analysing: ${e instanceof Error ? e.message : String(e)}` };
    }
    return { kind: 'letter', analysis, report: { uri, key: uri.toString(), documentUri, file, letter: analysis.letter, findings: analysis.findings, ignored: analysis.ignored } };
  }

  /**
   * Every discovered file, one outcome at a time and nothing kept: a workspace of any size costs
   * the memory of WIDTH letters. Stops early on cancellation.
   */
  async forEach(token: vscode.CancellationToken | undefined, onOutcome: (o: LetterOutcome) => void, progress?: (done: number, total: number) => void): Promise<Pass> {
    const uris = await findLetterFiles(token);
    const pass: Pass = { total: uris.length, done: 0, cancelled: false, tally: emptyTally() };
    await forEachLimited(uris, WIDTH, token, async (uri) => {
      const o = await this.analyse(uri, token);
      addToTally(pass.tally, o);
      onOutcome(o);
      progress?.(++pass.done, uris.length);
    });
    pass.cancelled = !!token?.isCancellationRequested;
    return pass;
  }

  /** Every letter of the workspace in the CLI's order, with what was left out. */
  async collect(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<{ reports: WorkspaceReport[]; pass: Pass }> {
    const reports: WorkspaceReport[] = [];
    const pass = await this.forEach(token, (o) => {
      if (o.kind === 'letter') reports.push(o.report);
    }, progress);
    pass.tally.unreadable.sort((a, b) => compareLetterPaths(a.file, b.file));
    return { reports: reports.sort((a, b) => compareLetterPaths(a.file, b.file)), pass };
  }
}
