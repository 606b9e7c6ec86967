// The PDF text layer as plain data, so the core rebuilds lines without depending on a PDF library.
//
// Adapter mapping from pdf.js `page.getTextContent()` items (PDF user space, y grows upwards):
//   text = item.str, x = item.transform[4], y = item.transform[5] (the baseline),
//   width = item.width, fontSize = Math.hypot(item.transform[2], item.transform[3]),
//   hasEOL = item.hasEOL, rotated = |transform[1]| or |transform[2]| > 1e-3 * fontSize,
// and width/height from `page.getViewport({ scale: 1 })`. Marked-content items (no `str`) are dropped.

export interface TextRun {
  text: string;
  /** Left end of the run on its baseline. */
  x: number;
  /** Baseline, growing upwards as in PDF user space. */
  y: number;
  width: number;
  fontSize: number;
  /** pdf.js's end-of-line hint; unused: geometry decides, since hints differ between producers. */
  hasEOL?: boolean;
  /** Text not on a horizontal baseline (stamps, margin notes): not part of the letter's lines. */
  rotated?: boolean;
}

export interface TextPage {
  width: number;
  height: number;
  runs: TextRun[];
}

export interface PdfLines {
  /** Lines joined by '\n' (no final newline); a line holding only '\f' separates pages. */
  text: string;
  /** One entry per line of `text`; a form feed line belongs to the page it starts. */
  lines: { page: number }[];
}
