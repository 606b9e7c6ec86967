// The `imr-pdf` file system: each PDF's extracted text as a read-only file at the PDF's own path.
// A FileSystemProvider, not a TextDocumentContentProvider: VS Code then opens a real read-only
// text document (every language feature of a `.txt` letter applies, edits are refused), its
// stat() and watch() come from the PDF (a PDF saved again reloads its document), and the tab
// carries the file's name. A custom editor would have no text document, hence no Outline,
// Problems, hovers or Ctrl+T.
import * as vscode from 'vscode';
import type { PdfLetterReader } from './read';
import { isPdfPath, pdfFileOf, PDF_SCHEME } from './uri';

type TextSource = Pick<PdfLetterReader, 'readText'>;

export class PdfLetterFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  /** Watchers of the PDFs behind open letter documents, by document URI. */
  private readonly open = new Map<string, vscode.Disposable>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly reader: TextSource,
    private readonly maxPages: (file: vscode.Uri) => number,
  ) {
    // VS Code asks watch() only for the files of visible editors outside the workspace: a letter in
    // a hidden tab would keep its old text. Every open letter's PDF is watched here too.
    const opened = (doc: vscode.TextDocument) => {
      const key = doc.uri.toString();
      if (doc.uri.scheme === PDF_SCHEME && !this.open.has(key)) this.open.set(key, this.watch(doc.uri));
    };
    this.subscriptions = [
      vscode.workspace.onDidOpenTextDocument(opened),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.open.get(doc.uri.toString())?.dispose();
        this.open.delete(doc.uri.toString());
      }),
    ];
    vscode.workspace.textDocuments.forEach(opened);
  }

  private fileOf(uri: vscode.Uri): vscode.Uri {
    // Only PDFs: a lookup of anything else on this scheme (a config file beside the letter) finds nothing.
    const file = pdfFileOf(uri);
    if (!file || !isPdfPath(file.path)) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const s = await vscode.workspace.fs.stat(this.fileOf(uri));
    return { type: s.type, ctime: s.ctime, mtime: s.mtime, size: s.size, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const file = this.fileOf(uri);
    const r = await this.reader.readText(file, this.maxPages(file), true); // an editor waits for it
    // The editor shows this message in place of the text (the command checks before it opens).
    if (!r.ok) throw vscode.FileSystemError.Unavailable(`${file.path.slice(file.path.lastIndexOf('/') + 1)}: ${r.reason}`);
    return new TextEncoder().encode(r.text);
  }

  /** Changes of the PDF, as changes of its letter document. */
  watch(uri: vscode.Uri): vscode.Disposable {
    const file = this.fileOf(uri);
    const slash = file.path.lastIndexOf('/');
    const folder = file.with({ path: file.path.slice(0, slash) || '/' });
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, file.path.slice(slash + 1)));
    const fire = (type: vscode.FileChangeType) => () => this.changed.fire([{ type, uri }]);
    const subs = [watcher, watcher.onDidChange(fire(vscode.FileChangeType.Changed)), watcher.onDidCreate(fire(vscode.FileChangeType.Changed)), watcher.onDidDelete(fire(vscode.FileChangeType.Deleted))];
    return new vscode.Disposable(() => subs.forEach((s) => s.dispose()));
  }

  readDirectory(): never {
    throw vscode.FileSystemError.NoPermissions('PDF letters are read-only');
  }
  createDirectory(): never {
    throw vscode.FileSystemError.NoPermissions('PDF letters are read-only');
  }
  writeFile(): never {
    throw vscode.FileSystemError.NoPermissions('PDF letters are read-only');
  }
  delete(): never {
    throw vscode.FileSystemError.NoPermissions('PDF letters are read-only');
  }
  rename(): never {
    throw vscode.FileSystemError.NoPermissions('PDF letters are read-only');
  }

  dispose(): void {
    for (const d of [...this.subscriptions, ...this.open.values()]) d.dispose();
    this.open.clear();
    this.changed.dispose();
  }
}
