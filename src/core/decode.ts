// The one rule for turning a file's bytes into letter text, shared by the CLI and the editor's
// workspace features: both accept and refuse the same files, with the same one-line reasons.
import { looksLikeLetter } from './parse/structure/detect';

export type LetterRead =
  | { ok: true; text: string }
  /** `skip`: readable text that is not a letter (counted, not an error); otherwise unreadable. */
  | { ok: false; skip: boolean; reason: string };

/** NUL bytes in the first 8 KB mark a binary file (the heuristic git and grep use). */
const BINARY_SNIFF_BYTES = 8192;

/** Letters above this many MB (2^20 bytes) are not analysed unless the user raises the limit: the CLI's --max-size and the editor's imrReview.maxFileSizeMB default. */
export const DEFAULT_MAX_SIZE_MB = 20;

const MB = 1048576;

/** A size in MB of 2^20 (bytes, or characters for the editor's documents) as the messages write it: "47.7", "20". */
export function megabytes(size: number): string {
  const mb = size / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/**
 * Why a file of `size` bytes is refused before it is read (undefined when it may be read).
 * `raiseHint` tells how to raise the limit: "raise it with --max-size" in the CLI.
 */
export function sizeProblem(size: number, maxBytes: number, raiseHint: string): string | undefined {
  if (size > maxBytes) return `${(size / MB).toFixed(1)} MB is over the ${megabytes(maxBytes)} MB limit (${raiseHint})`;
  if (size === 0) return 'empty file';
  return undefined;
}

/** The UTF-16 encoding a byte order mark at the start of `bytes` announces (what Windows extractors write), if any. */
function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The letter in `bytes`, or why there is none: binary, not UTF-8 (or not UTF-16 after a UTF-16
 * byte order mark, which VS Code honours too), empty, or not a letter.
 */
export function decodeLetter(bytes: Uint8Array): LetterRead {
  // FF FE and FE FF never begin UTF-8 text, so a UTF-16 BOM is unambiguous. Its NUL high (or low)
  // bytes would fail the sniff below: in UTF-16 it is a NUL character that marks a binary file.
  const utf16 = utf16Bom(bytes);
  if (!utf16 && bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, skip: false, reason: 'binary file, not text' };
  let text: string;
  try {
    // A decoder per call: `fatal` decoders are cheap, and sharing one across async callers is not worth the risk.
    // `fatal` refuses an odd byte count or an unpaired surrogate in UTF-16 as it refuses bad UTF-8; the BOM is dropped.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, skip: false, reason: utf16 ? 'not valid UTF-16 text' : 'not valid UTF-8 text' };
  }
  if (utf16 && text.slice(0, BINARY_SNIFF_BYTES / 2).includes('\0')) return { ok: false, skip: false, reason: 'binary file, not text' };
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) return { ok: false, skip: false, reason: 'empty file' };
  if (!looksLikeLetter(text)) return { ok: false, skip: true, reason: 'not an IMR determination letter' };
  return { ok: true, text };
}
