// PDFs for the CLI's tests, made in memory: a letter drawn one text run per line (pdf-lib), and an
// encrypted file written by hand (pdf-lib cannot encrypt). The fuller renderings (word runs,
// justified lines, running headers) are the round-trip test's (test/pdf).
import { PDFDocument, StandardFonts } from 'pdf-lib';

const LEADING = 14;
const TOP = 740;

/**
 * `text` on US Letter pages, `linesPerPage` lines a page (a form feed starts a page too), each
 * non-blank line one drawText at the left margin; a blank line is a line's gap.
 */
export async function letterPdf(text: string, linesPerPage = 45): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  let page = doc.addPage([612, 792]);
  let row = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.startsWith('\f') || row === linesPerPage) {
      page = doc.addPage([612, 792]);
      row = 0;
    }
    const shown = line.replace(/\f/g, '').trimEnd();
    if (shown.trim()) page.drawText(shown, { x: 54, y: TOP - row * LEADING, size: 9, font });
    row++;
  }
  return doc.save();
}

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/** A one-page PDF whose Standard security handler wants a password (its /U fits no empty password). */
export function encryptedPdf(): Buffer {
  const hex = (n: number, k: number) => Array.from({ length: n }, (_, i) => ((i * 29 + k * 7) & 0xff).toString(16).padStart(2, '0')).join('');
  const content = 'BT /F1 12 Tf 72 700 Td (Locked) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32, 1)}> /U <${hex(32, 2)}> >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}
