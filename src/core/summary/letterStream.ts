// The shape of every export stream: begin(), a letter at a time, end(). A letter is rendered on
// its own by render() (a pure function of the letter: the CLI runs it where the letter was
// analysed, in a worker thread, and sends on only text and counts), then put in place by
// addRendered() (separators, running totals); add() does both.
import { addCounts, countReport, zeroCounts, type Counts, type LetterReport } from './report';

export abstract class LetterStream {
  /** Letters added so far. */
  protected letters = 0;
  /** Their counts, summed. */
  protected total: Counts = zeroCounts();

  abstract begin(): string;

  /** The letter's own text, the same wherever it sits in the export. */
  abstract render(r: LetterReport): string;

  /** `text` (from render) as it goes in the export after `this.letters` letters. */
  protected abstract frame(text: string): string;

  abstract end(): string;

  add(r: LetterReport): string {
    return this.addRendered(this.render(r), countReport(r));
  }

  /** A letter rendered elsewhere, with its countReport. Letters in output order. */
  addRendered(text: string, counts: Counts): string {
    const framed = this.frame(text);
    this.letters++;
    this.total = addCounts(this.total, counts);
    return framed;
  }
}
