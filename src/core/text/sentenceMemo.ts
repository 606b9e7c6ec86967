// A rationale's sentences and quoted spans, split once per analysis and shared by the conclusion
// reader (parse) and the rules (IMR008, IMR014). Not kept in the model: held with every item, they
// would grow the model's memory, which is near its target (docs/benchmarks.md).
import { quotedSpans, splitSentences, type Sentence, type Span } from './sentences';

/** A model text: a rationale, a guideline. Its object is the key, so it is split once however often asked. */
export interface TextHolder {
  readonly text: string;
}

interface Entry {
  sentences?: readonly Sentence[];
  quotes?: readonly Span[];
}

/**
 * One per analysis (parseLetter and runRules make one when not given it): what it holds goes with
 * it. Keyed weakly by the holder object, so an item the parse reuses keeps no stale entry.
 */
export class SentenceMemo {
  private readonly entries = new WeakMap<TextHolder, Entry>();

  private entry(holder: TextHolder): Entry {
    let e = this.entries.get(holder);
    if (!e) this.entries.set(holder, (e = {}));
    return e;
  }

  /** splitSentences(holder.text), once. */
  sentences(holder: TextHolder): readonly Sentence[] {
    const e = this.entry(holder);
    return (e.sentences ??= splitSentences(holder.text));
  }

  /** quotedSpans(holder.text), once; it reuses the sentences when it needs them. */
  quotes(holder: TextHolder): readonly Span[] {
    const e = this.entry(holder);
    return (e.quotes ??= quotedSpans(holder.text, () => this.sentences(holder)));
  }
}
