// Reads one letter defensively: every way a file can be unusable becomes a one-line reason.
import * as fs from 'fs';
import { looksLikeLetter } from '../core';

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; skip: true; reason: string }
  | { ok: false; skip: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function readLetter(abs: string, maxBytes: number): ReadResult {
  let size: number;
  try {
    size = fs.statSync(abs).size;
  } catch (e) {
    return { ok: false, skip: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  // Refuse before reading: a huge file must cost nothing.
  if (size > maxBytes) {
    return { ok: false, skip: false, reason: `${(size / 1048576).toFixed(1)} MB is over the ${(maxBytes / 1048576).toFixed(0)} MB limit (raise it with --max-size)` };
  }
  if (size === 0) return { ok: false, skip: false, reason: 'empty file' };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(abs);
  } catch (e) {
    return { ok: false, skip: false, reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, skip: false, reason: 'binary file, not text' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, skip: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, skip: false, reason: 'empty file' };
  if (!looksLikeLetter(text)) return { ok: false, skip: true, reason: 'not an IMR determination letter' };
  return { ok: true, text };
}
