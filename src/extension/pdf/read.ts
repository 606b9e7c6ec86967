// Reads PDF letters: the size limit before anything is read, the text extracted off the main thread
// (extractor.ts), then the letter test every `.txt` passes (core looksLikeLetter). Extracted texts
// are kept per (file, modification time, size, limits), so the document, the Outline, Problems,
// the tree, Ctrl+T and the exports of one PDF extract it once.
import * as vscode from 'vscode';
import { DEFAULT_MAX_SIZE_MB, looksLikeLetter, sizeProblem, type LetterRead } from '../../core/light';
import type { PdfExtractor, Priority } from './extractor';

export const PDF_SIZE_HINT = 'raise it with the setting imrReview.maxFileSizeMB';

/** A PDF's text (any PDF's: the letter test comes after), or why there is none. */
export type PdfRead = { ok: true; text: string; mtime: number; size: number } | { ok: false; reason: string };

interface Entry {
  mtime: number;
  size: number;
  limits: string;
  read: Promise<PdfRead>;
  chars: number;
  priority: Priority;
}

/** What the cache keeps at most: texts of about this many characters in all, and this many files. */
const CACHE_CHARS = 64 * 1048576;
const CACHE_FILES = 5000;

function fsReason(err: unknown): string {
  if (err instanceof vscode.FileSystemError) return `cannot read: ${err.code || err.message}`;
  return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
}

/** imrReview.maxFileSizeMB of the PDF's folder, in bytes: the PDF itself and its text are held to it. */
export function maxBytesFor(file: vscode.Uri): number {
  const mb = vscode.workspace.getConfiguration('imrReview', file).get<number>('maxFileSizeMB', DEFAULT_MAX_SIZE_MB);
  return Math.max(0, Number.isFinite(mb) ? mb : DEFAULT_MAX_SIZE_MB) * 1048576;
}

export class PdfLetterReader implements vscode.Disposable {
  /** By file URI, least recently used first. */
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  constructor(private readonly extractor: PdfExtractor) {}

  /**
   * The PDF's text: refused over the size or page limit, or when it cannot be read. `urgent`: a
   * user waits for it (opening it), so it goes before the PDFs the workspace features queued.
   */
  async readText(file: vscode.Uri, maxPages: number, urgent = false): Promise<PdfRead> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(file);
    } catch (err) {
      return { ok: false, reason: fsReason(err) };
    }
    if (!(stat.type & vscode.FileType.File)) return { ok: false, reason: 'not a regular file' };
    const maxBytes = maxBytesFor(file);
    const refused = sizeProblem(stat.size, maxBytes, PDF_SIZE_HINT);
    if (refused) return { ok: false, reason: refused };
    const key = file.toString();
    const limits = `${maxPages}:${maxBytes}`;
    const cached = this.entries.get(key);
    if (cached && cached.mtime === stat.mtime && cached.size === stat.size && cached.limits === limits) {
      this.entries.delete(key); // most recently used: to the end
      this.entries.set(key, cached);
      if (urgent) cached.priority.urgent = true; // still queued: moves ahead
      return cached.read;
    }
    this.forget(key);
    const priority: Priority = { urgent };
    const entry: Entry = { mtime: stat.mtime, size: stat.size, limits, read: this.extract(file, stat, maxPages, maxBytes, priority), chars: 0, priority };
    this.entries.set(key, entry);
    void entry.read.then((r) => {
      if (this.entries.get(key) !== entry) return;
      if (!r.ok && r.reason.startsWith('cannot read:')) return this.forget(key); // a passing fault: read again next time
      entry.chars = r.ok ? r.text.length : 0;
      this.chars += entry.chars;
      this.trim();
    });
    return entry.read;
  }

  /** The PDF as a letter, by the rules of a `.txt` letter (core decodeLetter): a PDF that is not one is skipped. */
  async readLetter(file: vscode.Uri, maxPages: number, urgent = false): Promise<LetterRead> {
    const r = await this.readText(file, maxPages, urgent);
    if (!r.ok) return { ok: false, skip: false, reason: r.reason };
    if (!looksLikeLetter(r.text)) return { ok: false, skip: true, reason: 'not an IMR determination letter' };
    return { ok: true, text: r.text };
  }

  private async extract(file: vscode.Uri, stat: vscode.FileStat, maxPages: number, maxBytes: number, priority: Priority): Promise<PdfRead> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (err) {
      return { ok: false, reason: fsReason(err) };
    }
    const result = await this.extractor.extract(bytes, maxPages, maxBytes, priority);
    return result.ok ? { ok: true, text: result.text, mtime: stat.mtime, size: stat.size } : { ok: false, reason: result.reason };
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.chars -= entry.chars;
    this.entries.delete(key);
  }

  private trim(): void {
    for (const key of this.entries.keys()) {
      if (this.chars <= CACHE_CHARS && this.entries.size <= CACHE_FILES) return;
      this.forget(key);
    }
  }

  dispose(): void {
    this.entries.clear();
    this.chars = 0;
    this.extractor.dispose();
  }
}
