// "Export decision summary": renders the active letter (its buffer: unsaved and untitled work
// included) with the same renderers as the CLI, then writes the whole file through
// vscode.workspace.fs and opens it: a Markdown summary as its rendered preview, JSON and CSV as
// text. Never overwrites without confirmation.
import * as vscode from 'vscode';
import { looksLikeLetter, renderCsv, renderJson, renderMarkdown, type LetterReport } from '../../core/light';
import type { AnalysisCache } from '../analysis/cache';
import { isLetterDocument } from '../shared/convert';
import { documentPrefix } from '../features/language/detect';
import { exists, writeFileAtomic } from '../shared/fsWrite';
import { plainMessageText } from '../shared/messageText';
import { dirname } from '../shared/paths';
import { openMarkdownPreview } from '../shared/markdownPreview';
import { isPdfPath, letterFileOf, letterUriForPdf, PDF_SCHEME } from '../pdf/index';
import { defaultSummaryName, extensionOf, formatsInPickOrder, isSummaryFormat, SUMMARY_FORMATS, type SummaryFormat } from './summaryNames';

export interface ExportOptions {
  format?: SummaryFormat;
  /** Where to write; skips the save dialog. */
  target?: vscode.Uri;
  /** Replace an existing `target` (the save dialog asks the user itself). */
  overwrite?: boolean;
  /** Write to the default file (beside the letter, or the PDF of a PDF letter) without the save dialog; refused if it exists unless `overwrite`. */
  toDefault?: boolean;
}

const LAST_FORMAT_KEY = 'imrReview.lastExportFormat';

export function renderSummary(format: SummaryFormat, report: LetterReport): string {
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'json') return renderJson([report]);
  return renderCsv([report]);
}

/** The user's home folder on desktop; undefined in the browser, where there is no `process`. */
function homeFolder(): vscode.Uri | undefined {
  const home = typeof process !== 'undefined' ? (process.env.HOME ?? process.env.USERPROFILE) : undefined;
  return home ? vscode.Uri.file(home) : undefined;
}

export class SummaryExporter {
  constructor(
    private readonly state: vscode.Memento,
    private readonly cache: AnalysisCache,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Where to write: `options.target` (refused if it exists, unless overwrite) or the save dialog. */
  private async chooseTarget(options: ExportOptions, format: SummaryFormat, defaultUri: vscode.Uri | undefined, title: string): Promise<vscode.Uri | undefined> {
    const given = options.target instanceof vscode.Uri ? options.target : options.toDefault === true ? defaultUri : undefined;
    if (given) {
      if (!options.overwrite && (await exists(given))) {
        void vscode.window.showErrorMessage(`IMR Review: ${plainMessageText(vscode.workspace.asRelativePath(given))} already exists; not overwritten.`);
        return undefined;
      }
      return given;
    }
    const f = SUMMARY_FORMATS.find((x) => x.format === format)!;
    // The save dialog itself asks before replacing an existing file.
    return vscode.window.showSaveDialog({ title, saveLabel: 'Export', defaultUri, filters: { [f.label]: [extensionOf(format)] } });
  }

  private async writeAndOpen(target: vscode.Uri, content: string, format: SummaryFormat): Promise<vscode.Uri> {
    await writeFileAtomic(target, content);
    // A Markdown summary is for reading: its rendered preview.
    if (format === 'markdown') await openMarkdownPreview(target, this.log, false);
    else await vscode.window.showTextDocument(target, { preview: false });
    return target;
  }

  private async documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
    if (uri instanceof vscode.Uri) {
      // A PDF (the Explorer's selection) is exported as its letter document.
      const letter = uri.scheme !== PDF_SCHEME && isPdfPath(uri.path) ? letterUriForPdf(uri) : uri;
      return vscode.workspace.textDocuments.find((d) => d.uri.toString() === letter.toString()) ?? (await vscode.workspace.openTextDocument(letter));
    }
    return vscode.window.activeTextEditor?.document;
  }

  private async pickFormat(): Promise<SummaryFormat | undefined> {
    const order = formatsInPickOrder(this.state.get(LAST_FORMAT_KEY));
    const picked = await vscode.window.showQuickPick(
      order.map((format) => {
        const f = SUMMARY_FORMATS.find((x) => x.format === format)!;
        return { label: f.label, description: `.${f.extension}`, detail: f.description, format };
      }),
      { title: 'Export decision summary', placeHolder: 'Format of the summary' },
    );
    return picked?.format;
  }

  /** "<letter>.summary.<ext>" beside the letter; beside the PDF for a PDF letter (its `imr-pdf` document is read-only). */
  private defaultTarget(doc: vscode.TextDocument, format: SummaryFormat): vscode.Uri | undefined {
    const name = defaultSummaryName(doc.uri.path, format);
    const file = letterFileOf(doc.uri);
    if (file.scheme !== 'untitled') return file.with({ path: `${dirname(file.path).replace(/\/$/, '')}/${name}`, query: '', fragment: '' });
    const base = vscode.workspace.workspaceFolders?.[0]?.uri ?? homeFolder();
    return base ? vscode.Uri.joinPath(base, name) : undefined;
  }

  /** `imrReview.exportDecisionSummary(uri?, options?)`: the written file's URI, or undefined. */
  async run(uri?: unknown, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
    const doc = await this.documentFor(uri);
    if (!doc) {
      void vscode.window.showErrorMessage('IMR Review: open an IMR determination letter to export its decision summary.');
      return undefined;
    }
    if (!isLetterDocument(doc) && !looksLikeLetter(documentPrefix(doc))) {
      void vscode.window.showErrorMessage(`IMR Review: ${plainMessageText(vscode.workspace.asRelativePath(doc.uri))} does not look like an IMR determination letter.`);
      return undefined;
    }
    const analysis = await this.cache.analysisFor(doc);
    if (!analysis) {
      void vscode.window.showErrorMessage('IMR Review: this document is larger than imrReview.maxFileSizeMB and was not analysed.');
      return undefined;
    }

    const format = isSummaryFormat(options.format) ? options.format : await this.pickFormat();
    if (!format) return undefined;
    await this.state.update(LAST_FORMAT_KEY, format);

    const target = await this.chooseTarget(options, format, this.defaultTarget(doc, format), 'Export decision summary');
    if (!target) return undefined;

    const file = doc.uri.scheme === 'untitled' ? doc.uri.path : vscode.workspace.asRelativePath(letterFileOf(doc.uri), false);
    const content = renderSummary(format, { file, letter: analysis.letter, findings: analysis.findings });
    this.log.info(`Exported a ${format} decision summary (${analysis.letter.items.length} items)`);
    return this.writeAndOpen(target, content, format);
  }
}
