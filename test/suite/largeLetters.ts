// Large synthetic letters for the suite, written at run time from the fixture letter
// letters/consistent-knee.txt: its header and sections, then its two items repeated with distinct
// quantities (so they are not duplicates) up to the size asked for. One item can be made to
// contradict its rationale, so that the letter has a diagnostic to wait for.
import * as fs from 'fs';
import * as path from 'path';
import { workspaceRoot } from './helpers';

const FIRST_ITEM = 'Tramadol 50mg #120:  Upheld';

/**
 * A letter whose analysis in the worker lasts most of a second: long enough for a command, an
 * editor switch or a second edit to land while it runs. (It was 4 MB until the core got twice as
 * fast; then a superseded analysis could end before the edit meant to supersede it.)
 */
export const SLOW_LETTER_BYTES = 12_000_000;

/** The heading of copy `n` of the Tramadol item (its rationale concludes "not medically necessary"). */
export function tramadolHeading(n: number, decision: 'Upheld' | 'Overturned' = 'Upheld'): string {
  return `Tramadol 50mg #${1000 + n}:  ${decision}`;
}

/** The fixture letter cut before its first item: the header and sections, and the items (from the first heading on). */
function kneeLetter(): { head: string; items: string } {
  const letter = fs.readFileSync(path.join(workspaceRoot(), 'letters', 'consistent-knee.txt'), 'utf8');
  const split = letter.indexOf(FIRST_ITEM);
  return { head: letter.slice(0, split), items: letter.slice(split) };
}

/**
 * Writes a letter of at least `bytes` bytes (many items) and returns how many copies of the items
 * it holds. `contradictCopy`: the copy whose Tramadol item says Overturned (an IMR001 finding).
 */
export function writeLargeLetter(file: string, bytes: number, contradictCopy?: number): number {
  const { head, items: withHeading } = kneeLetter();
  const items = withHeading.slice(FIRST_ITEM.length);
  const chunks: string[] = [head];
  let size = chunks[0].length;
  let copies = 0;
  while (size < bytes) {
    const decision = copies === contradictCopy ? 'Overturned' : 'Upheld';
    const copy = `${tramadolHeading(copies, decision)}${items.replace('Physical therapy 8 sessions', `Physical therapy ${copies + 1} sessions`)}\n`;
    chunks.push(copy);
    size += copy.length;
    copies++;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, chunks.join(''));
  fs.renameSync(tmp, file);
  return copies;
}

/**
 * Writes exactly `bytes` bytes quickly (the 50 MB letter): the items repeated verbatim in large
 * chunks, then spaces. Never analysed (over the limit), so duplicates do not matter.
 */
export function writeHugeLetter(file: string, bytes: number): void {
  const { head, items } = kneeLetter();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    let written = fs.writeSync(fd, head);
    const chunk = Buffer.from(`${items}\n`.repeat(200));
    while (written + chunk.length <= bytes) written += fs.writeSync(fd, chunk);
    const filler = Buffer.alloc(bytes - written, ' ');
    filler[filler.length - 1] = 0x0a;
    fs.writeSync(fd, filler);
  } finally {
    fs.closeSync(fd);
  }
}
