// PDF letters in the editor: the read-only `imr-pdf` file system, "Open as IMR Letter" and its
// offer, and readPdfLetter for the workspace features. The reader (its worker and cache) is made
// on first use, so activation loads nothing of the PDF reader, and shared by all of them so a PDF
// is extracted once.
import * as vscode from 'vscode';
import type { LetterRead } from '../../core/light';
import { createPdfExtractor } from './extractor';
import { PdfLetterFileSystem } from './fileSystem';
import { OPEN_AS_LETTER, OpenAsLetter } from './openAsLetter';
import { pdfSettings } from './settings';
import { PdfLetterReader, type PdfRead } from './read';
import { PDF_SCHEME } from './uri';

export { isPdfPath, letterFileOf, letterUriForPdf, pdfFileOf, PDF_SCHEME } from './uri';
export { OPEN_AS_LETTER };

let shared: PdfLetterReader | undefined;

function reader(): PdfLetterReader {
  shared ??= new PdfLetterReader(createPdfExtractor());
  return shared;
}

/** A PDF as a letter, by the rules of a `.txt`: `{ok:false, skip:true}` for a PDF that is not a letter; a reason naming the problem for a bad one. */
export function readPdfLetter(file: vscode.Uri, maxPages: number): Promise<LetterRead> {
  return reader().readLetter(file, maxPages);
}

/** A PDF's extracted text, whether a letter or not (what its `imr-pdf` document shows). */
export function readPdfText(file: vscode.Uri, maxPages: number): Promise<PdfRead> {
  return reader().readText(file, maxPages);
}

export function registerPdfLetters(log: vscode.LogOutputChannel): vscode.Disposable {
  const fileSystem = new PdfLetterFileSystem({ readText: (file, maxPages, urgent) => reader().readText(file, maxPages, urgent) }, (file) => pdfSettings(file).maxPages);
  const command = new OpenAsLetter({ readLetter: (file, maxPages, urgent) => reader().readLetter(file, maxPages, urgent) }, log);
  return vscode.Disposable.from(
    fileSystem,
    vscode.workspace.registerFileSystemProvider(PDF_SCHEME, fileSystem, { isReadonly: true, isCaseSensitive: true }),
    command,
    vscode.commands.registerCommand('imrReview.openAsLetter', (uri?: unknown) => command.run(uri)),
    {
      dispose: () => {
        shared?.dispose();
        shared = undefined;
      },
    },
  );
}
