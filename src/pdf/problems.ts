// pdf.js errors as one line naming the problem. Messages are pdf.js's own words (with object
// numbers at most), never text from the letter; still, only a short plain cause is kept.
import type { PdfProblem } from './extract';

export interface Refusal {
  problem: PdfProblem;
  reason: string;
}

const PLAIN = /^[A-Za-z0-9 .,:;()'_/-]{1,80}$/;

function messageOf(err: unknown): string {
  const raw = typeof err === 'object' && err !== null ? (err as { message?: unknown }).message : undefined;
  return typeof raw === 'string' ? raw.trim().replace(/\.$/, '') : '';
}

/** A short cause from the error, when it is plain words; empty otherwise. */
function cause(err: unknown): string {
  const message = messageOf(err);
  if (err instanceof RangeError || /call stack/i.test(message)) return ' (nested too deeply)';
  return PLAIN.test(message) ? ` (${message})` : '';
}

export function problemOf(err: unknown): Refusal {
  const name = typeof err === 'object' && err !== null ? (err as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return { problem: 'encrypted', reason: 'encrypted PDF: cannot read' };
  return { problem: 'damaged', reason: `damaged PDF: cannot read${cause(err)}` };
}
