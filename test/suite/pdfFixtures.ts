// A letter's text as a PDF, for the PDF tests: one text run a line (as report writers write them),
// Helvetica on US Letter, a page per form feed and a "Page N of M" footer on each page. No
// vscode here: the unit tests use it too.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export async function letterPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = text.split('\f');
  pages.forEach((pageText, index) => {
    const page = doc.addPage([612, 792]);
    pageText
      .replace(/^\n/, '')
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (line.trim() !== '') page.drawText(line, { x: 54, y: 740 - i * 12, size: 9, font });
      });
    page.drawText(`Page ${index + 1} of ${pages.length}`, { x: 280, y: 36, size: 8, font });
  });
  return doc.save({ useObjectStreams: false });
}
