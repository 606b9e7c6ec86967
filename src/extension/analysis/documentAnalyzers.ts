// One LetterAnalyzer per document, so that re-analysing an edited letter reuses its unchanged
// items. The extension host keeps one per open document; a worker keeps the few it served last.
import type { LetterAnalyzer } from '../../core/engineApi';
import { engine } from './engine';

export class DocumentAnalyzers {
  private readonly byKey = new Map<string, LetterAnalyzer>();

  /** `max`: how many documents' analyzers to keep; the least recently used goes first. */
  constructor(private readonly max = Infinity) {}

  for(key: string): LetterAnalyzer {
    let analyzer = this.byKey.get(key);
    if (analyzer) this.byKey.delete(key);
    else analyzer = new (engine().LetterAnalyzer)();
    this.byKey.set(key, analyzer);
    for (const oldest of this.byKey.keys()) {
      if (this.byKey.size <= this.max) break;
      this.byKey.delete(oldest);
    }
    return analyzer;
  }

  delete(key: string): void {
    this.byKey.delete(key);
  }

  get size(): number {
    return this.byKey.size;
  }

  clear(): void {
    this.byKey.clear();
  }
}
