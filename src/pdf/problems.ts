// pdf.js errors as one line naming the problem. Messages are pdf.js's own words (with object
// numbers at most), never text from the letter; still, only a short plain cause is kept.
import type { PdfProblem } from './extract';

export interface Refusal {
  problem: PdfProblem;
  reason: string;
}

const PLAIN = /^[A-Za-z0-9 .,:;()'_/-]{1,80}$/;

/** A short cause from the error, when it is plain words; empty otherwise. */
function cause(err: unknown): string {
  if (!(err instanceof Error) && !(typeof err === 'object' && err !== null)) return '';
  const raw = (err as { message?: unknown }).message;
  const message = typeof raw === 'string' ? raw.trim().replace(/\.$/, '') : '';
  if (err instanceof RangeError || /call stack/i.test(message)) return ' (nested too deeply)';
  return PLAIN.test(message) ? ` (${message})` : '';
}

export function problemOf(err: unknown): Refusal {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return { problem: 'encrypted', reason: 'encrypted PDF: cannot read' };
  return { problem: 'damaged', reason: `damaged PDF: cannot read${cause(err)}` };
}
