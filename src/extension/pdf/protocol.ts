// Messages between the extension host and the PDF worker thread (pdfWorker.ts).
import type { PdfText } from '../../pdf/extract';

export interface ToPdfWorker {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
  maxChars: number;
}

export type FromPdfWorker = { id: number; result: PdfText } | { id: number; error: string };
