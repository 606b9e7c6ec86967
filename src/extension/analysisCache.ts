// One parse per document version and configuration: symbols, folding, hovers, diagnostics, code
// actions and the status bar all read the same Analysis.
import * as vscode from 'vscode';
import { analyze, type Analysis } from '../core/index';
import type { ConfigService } from './config';

interface Entry {
  version: number;
  configVersion: number;
  analysis: Promise<Analysis | undefined>;
  /** Set once the promise settles, for synchronous readers (the test API). */
  settled?: Analysis;
}

/** Characters in a document without materialising its text. */
export function documentLength(doc: vscode.TextDocument): number {
  return doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly config: ConfigService,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The analysis of the document as it is now; undefined when it is too large to parse. */
  analysisFor(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const key = doc.uri.toString();
    const existing = this.entries.get(key);
    if (existing && existing.version === doc.version && existing.configVersion === this.config.version) return existing.analysis;
    const entry: Entry = { version: doc.version, configVersion: this.config.version, analysis: Promise.resolve(undefined) };
    entry.analysis = this.compute(doc).then((a) => {
      entry.settled = a;
      return a;
    });
    this.entries.set(key, entry);
    return entry.analysis;
  }

  private async compute(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const version = doc.version;
    const length = documentLength(doc);
    if (length > this.config.maxChars(doc.uri)) {
      this.log.info(`Not analysing a ${Math.round(length / 1024)} KB document: above imrReview.maxFileSizeMB`);
      return undefined;
    }
    const text = doc.getText();
    const options = await this.config.optionsFor(doc.uri);
    const started = Date.now();
    const analysis = analyze(text, options);
    this.log.debug(`Analysed version ${version} (${doc.lineCount} lines) in ${Date.now() - started} ms: ${analysis.letter.items.length} items, ${analysis.findings.length} findings`);
    return analysis;
  }

  /** The last settled analysis of a URI (whatever its version), for the test API. */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.entries.get(uri.toString())?.settled;
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }
}
