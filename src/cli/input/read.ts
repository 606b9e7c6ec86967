// Reads one letter defensively: every way a file can be unusable becomes a one-line reason. The
// decision itself (size, binary, UTF-8, letter or not) is the core's, shared with the editor; a PDF
// is held to the same size limit before anything of it is read, then its text is extracted
// (pdf.ts) and passes the same letter test as a `.txt`.
import * as fs from 'fs';
import { decodeLetter, looksLikeLetter, sizeProblem, type LetterRead } from '../../core';
import { isPdfFileName } from './files';
import { extractText } from './pdf';

/** The limits a file is read under: --max-size (in bytes) and --max-pages. */
export interface ReadLimits {
  maxBytes: number;
  maxPages: number;
}

/** A file's text, or why there is none (one line). */
export type TextRead = { ok: true; text: string } | { ok: false; reason: string };

const SIZE_HINT = 'raise it with --max-size';

function cannotRead(e: unknown): string {
  return `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
}

/** The file's bytes, refused before they are read when it is not a regular file or over the size limit. */
export function readBytes(abs: string, maxBytes: number): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  }
  // Never open a FIFO (the read would block forever) or a device (/dev/zero never ends): its size is 0, not its length.
  if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
  // Refuse before reading: a huge file must cost nothing.
  const refused = sizeProblem(stat.size, maxBytes, SIZE_HINT);
  if (refused) return { ok: false, reason: refused };
  try {
    return { ok: true, bytes: fs.readFileSync(abs) };
  } catch (e) {
    return { ok: false, reason: cannotRead(e) };
  }
}

/** A PDF's extracted text, whether or not it is a letter (`imr-review text`, and the letter test after). */
export async function readPdfText(abs: string, limits: ReadLimits): Promise<TextRead> {
  const read = readBytes(abs, limits.maxBytes);
  if (!read.ok) return read;
  // The extracted text is held to the size limit too: a small file can inflate to much more text.
  return extractText(read.bytes, limits.maxPages, limits.maxBytes);
}

/** The letter in a `.txt` or `.pdf` file, or why there is none; `skip`: readable, but not a letter. */
export async function readLetter(abs: string, limits: ReadLimits): Promise<LetterRead> {
  if (isPdfFileName(abs)) {
    const r = await readPdfText(abs, limits);
    if (!r.ok) return { ok: false, skip: false, reason: r.reason };
    if (!looksLikeLetter(r.text)) return { ok: false, skip: true, reason: 'not an IMR determination letter' };
    return { ok: true, text: r.text };
  }
  const read = readBytes(abs, limits.maxBytes);
  if (!read.ok) return { ok: false, skip: false, reason: read.reason };
  return decodeLetter(read.bytes);
}
