// The letter's closing after the determination: `Sincerely,`, a signature and `cc:` lines. It
// belongs to no section: left in the last one, it ran on from the last item's rationale.
import type { Line } from './lines';

const CLOSING = /^(?:Sincerely(?: yours)?|Respectfully(?: submitted| yours)?|(?:Very )?Truly yours|(?:Best |Kind )?Regards|Yours (?:truly|sincerely)),?$/i;
const CC = /^c\.?c\.? ?:/i;

/** The index of the closing's first line in [from, to), or `to` when there is none. */
export function closingStart(lines: readonly Line[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (l.kind === 'content' && (CLOSING.test(l.text) || CC.test(l.text))) return i;
  }
  return to;
}
