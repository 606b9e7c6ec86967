// One page's text layer as the core's TextPage (mapping documented in src/core/pdf/textLayer.ts),
// read as a stream so an oversized page stops at the character budget instead of being held whole.
import type { TextPage, TextRun } from '../core/pdf/pdfLines';
import type { PdfPage } from './pdfjs';


/** What pdf.js streams: text items carry `str`; marked-content items do not and are dropped. */
interface StreamedItem {
  str?: unknown;
  transform?: unknown;
  width?: unknown;
  hasEOL?: unknown;
}

export interface PageText {
  page: TextPage;
  /** Characters in the page's runs, counted against the budget. */
  chars: number;
}

function run(item: StreamedItem): TextRun | undefined {
  const t = item.transform;
  if (typeof item.str !== 'string' || !Array.isArray(t) || t.length < 6) return undefined;
  const [, b, c, d, x, y] = t as number[];
  const fontSize = Math.hypot(c, d);
  const rotated = Math.abs(b) > 1e-3 * fontSize || Math.abs(c) > 1e-3 * fontSize;
  return { text: item.str, x, y, width: typeof item.width === 'number' ? item.width : 0, fontSize, hasEOL: item.hasEOL === true, rotated };
}

/**
 * The page's runs, or undefined as soon as they hold more than `budget` characters: the stream is
 * cancelled then, which stops pdf.js reading the rest of the page's content.
 */
export async function readPage(page: PdfPage, budget: number): Promise<PageText | undefined> {
  const { width, height } = page.getViewport({ scale: 1 });
  const runs: TextRun[] = [];
  let chars = 0;
  const reader = (page.streamTextContent() as ReadableStream<{ items: StreamedItem[] }>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const item of value.items) {
        const r = run(item);
        if (!r) continue;
        chars += r.text.length;
        if (chars > budget) {
          await reader.cancel(new Error('over the size limit'));
          return undefined;
        }
        runs.push(r);
      }
    }
  } finally {
    reader.releaseLock();
  }
  return { page: { width, height, runs }, chars };
}
