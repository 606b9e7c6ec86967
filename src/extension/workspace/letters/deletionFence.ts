// Reads of letters from disk are asynchronous: a file's deletion can be seen while it is being read,
// and the read then finishes with the contents of a file that is gone. Every deletion the
// LetterWatcher reports is recorded here while reads are under way, so a read that finishes can
// ask whether its file was deleted after it began, and drop its result. No `vscode` here: unit-tested.
import { isAtOrUnder } from '../../shared/paths';

export class DeletionFence {
  private clock = 0;
  private reading = 0;
  /** [when, the deleted file or folder as a URI string], kept only while reads are under way. */
  private deletions: [number, string][] = [];

  /** A read begins: returns its ticket. Every begin() is paired with one end(). */
  begin(): number {
    this.reading++;
    return ++this.clock;
  }

  end(): void {
    this.reading = Math.max(0, this.reading - 1);
    if (this.reading === 0) this.deletions = [];
  }

  /** A file or folder (URI string) was deleted. */
  deleted(uri: string): void {
    if (this.reading > 0) this.deletions.push([++this.clock, uri]);
  }

  /** True when `key` (a URI string), or a folder above it, was deleted after the read with `ticket` began. */
  deletedSince(ticket: number, key: string): boolean {
    return this.deletions.some(([at, uri]) => at > ticket && isAtOrUnder(key, uri));
  }

  /** Runs `read` between begin() and end(); it gets its ticket. */
  async around<T>(read: (ticket: number) => Promise<T>): Promise<T> {
    const ticket = this.begin();
    try {
      return await read(ticket);
    } finally {
      this.end();
    }
  }
}
