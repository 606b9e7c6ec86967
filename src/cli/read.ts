// Reads one letter defensively: every way a file can be unusable becomes a one-line reason. The
// decision itself (size, binary, UTF-8, letter or not) is the core's, shared with the editor.
import * as fs from 'fs';
import { decodeLetter, sizeProblem, type LetterRead } from '../core';

const cannotRead = (e: unknown): LetterRead => ({ ok: false, skip: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });

export function readLetter(abs: string, maxBytes: number): LetterRead {
  let size: number;
  try {
    size = fs.statSync(abs).size;
  } catch (e) {
    return cannotRead(e);
  }
  // Refuse before reading: a huge file must cost nothing.
  const refused = sizeProblem(size, maxBytes, 'raise it with --max-size');
  if (refused) return { ok: false, skip: false, reason: refused };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (e) {
    return cannotRead(e);
  }
  return decodeLetter(bytes);
}
