// Finding and analysing the letters of the workspace for the decisions tree, the workspace export
// and the overview. Globs come from `imrReview.workspace.include` / `.exclude`; `files.exclude`
// still applies. Open letters are analysed from their buffer (what the user sees), the others from
// disk with the same merged configuration as open documents (ConfigService.optionsFor).
import * as vscode from 'vscode';
import { analyze, type Analysis, type LetterReport } from '../../core/index';
import type { AnalysisCache } from '../analysisCache';
import type { ConfigService } from '../config';
import { isLetterDocument } from '../convert';
import { forEachLimited, MAX_LETTER_FILES, readLetter } from '../letterFiles';
import { compareCliPaths } from './order';

export const DEFAULT_INCLUDE = '**/*.txt';

export interface WorkspaceReport extends LetterReport {
  uri: vscode.Uri;
  /** The URI as a string: the key of the letter in the tree. */
  key: string;
}

export function includeGlob(): string {
  return vscode.workspace.getConfiguration('imrReview.workspace').get<string>('include')?.trim() || DEFAULT_INCLUDE;
}

/**
 * The exclude glob for findFiles. `undefined` lets findFiles apply `files.exclude` itself; with a
 * user exclude, passing a string would drop `files.exclude`, so both are combined into one glob.
 */
export function excludeGlob(): string | undefined {
  const user = vscode.workspace.getConfiguration('imrReview.workspace').get<string>('exclude')?.trim();
  if (!user) return undefined;
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude') ?? {};
  const globs = [user, ...Object.entries(filesExclude).filter(([, on]) => on === true).map(([g]) => g)];
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}

/** Workspace-relative path with forward slashes; multi-root paths start with the folder's name. */
export function relativeFile(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1).replace(/\\/g, '/');
}

export function findLetterCandidates(token?: vscode.CancellationToken): Thenable<vscode.Uri[]> {
  return vscode.workspace.findFiles(includeGlob(), excludeGlob(), MAX_LETTER_FILES, token);
}

export class WorkspaceLetters {
  constructor(
    private readonly config: ConfigService,
    private readonly cache: AnalysisCache,
  ) {}

  /** The analysis of one file: its open buffer when open, else the file on disk; undefined when not a letter. */
  async analyse(uri: vscode.Uri): Promise<WorkspaceReport | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    let analysis: Analysis | undefined;
    if (doc && isLetterDocument(doc)) analysis = await this.cache.analysisFor(doc);
    else if (!doc || doc.languageId === 'plaintext') {
      const text = await readLetter(uri, this.config.maxChars(uri));
      if (text !== undefined) analysis = analyze(text, await this.config.optionsFor(uri));
    }
    return analysis && { uri, key: uri.toString(), file: relativeFile(uri), letter: analysis.letter, findings: analysis.findings };
  }

  /** Every letter of the workspace in the CLI's order; stops early (returning what it has) on cancellation. */
  async collect(token?: vscode.CancellationToken, progress?: (done: number, total: number) => void): Promise<WorkspaceReport[]> {
    const uris = await findLetterCandidates(token);
    const out: WorkspaceReport[] = [];
    let done = 0;
    await forEachLimited(uris, 8, token, async (uri) => {
      const r = await this.analyse(uri);
      if (r) out.push(r);
      progress?.(++done, uris.length);
    });
    return out.sort((a, b) => compareCliPaths(a.file, b.file));
  }
}
