// Reads one letter defensively: every way a file can be unusable becomes a one-line reason. The
// decision itself (size, binary, UTF-8, letter or not) is the core's, shared with the editor.
import * as fs from 'fs';
import { decodeLetter, sizeProblem, type LetterRead } from '../../core';

const cannotRead = (e: unknown): LetterRead => ({ ok: false, skip: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });

export function readLetter(abs: string, maxBytes: number): LetterRead {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (e) {
    return cannotRead(e);
  }
  // Never open a FIFO (the read would block forever) or a device (/dev/zero never ends): its size is 0, not its length.
  if (!stat.isFile()) return { ok: false, skip: false, reason: 'not a regular file' };
  const size = stat.size;
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
