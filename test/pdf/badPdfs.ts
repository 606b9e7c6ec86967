// Hostile and broken PDFs, built in memory: hand-written objects with a correct cross-reference
// table (so pdf.js reads exactly what is written, without repairing it), or pdf-lib documents.
import * as zlib from 'zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** A stream object's body: the dictionary with its /Length, then the bytes. */
export function stream(dict: string, bytes: Uint8Array): Uint8Array {
  return concat([latin1(`<< ${dict} /Length ${bytes.length} >>\nstream\n`), bytes, latin1('\nendstream')]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A PDF of the given objects, numbered from 1 (object 1 is the catalog), with a cross-reference
 * table at their true offsets. `trailer` adds to the trailer dictionary.
 */
export function pdfFile(objects: readonly (string | Uint8Array)[], trailer = ''): Uint8Array {
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let at = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(at);
    const obj = concat([latin1(`${i + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    parts.push(obj);
    at += obj.length;
  });
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(latin1(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${at}\n%%EOF\n`));
  return concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

export interface PageParts {
  /** The page's /Resources (default: Helvetica as /F1, object 5). */
  resources?: string;
  /** More entries of the page dictionary. */
  pageExtra?: string;
  /** Objects after the font, numbered from 6. */
  extra?: readonly (string | Uint8Array)[];
  trailer?: string;
}

/** Catalog, one page tree, one page drawing `content` (object 4) with Helvetica (object 5). */
export function onePage(content: Uint8Array, parts: PageParts = {}): Uint8Array {
  const resources = parts.resources ?? '<< /Font << /F1 5 0 R >> >>';
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources ${resources} ${parts.pageExtra ?? ''} >>`,
    content,
    FONT,
    ...(parts.extra ?? []),
  ], parts.trailer);
}

const hex = (n: number, seed: number): string => Array.from({ length: n }, (_, i) => ((i * 37 + seed * 11) & 0xff).toString(16).padStart(2, '0')).join('');

/** A Standard security handler whose /U does not match the empty user password: a password is needed. */
export function encryptedPdf(): Uint8Array {
  const content = stream('', latin1('BT /F1 12 Tf 72 700 Td (Secret) Tj ET'));
  return onePage(content, {
    extra: [`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(32, 1)}> /U <${hex(32, 2)}> >>`],
    trailer: `/Encrypt 6 0 R /ID [<${hex(16, 3)}> <${hex(16, 3)}>]`,
  });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([latin1(type), data]);
  const head = new DataView(new ArrayBuffer(4));
  head.setUint32(0, data.length);
  const tail = new DataView(new ArrayBuffer(4));
  tail.setUint32(0, crc32(body));
  return concat([new Uint8Array(head.buffer), body, new Uint8Array(tail.buffer)]);
}

/** A grey PNG: a "scan" with no text in it. */
export function greyPng(width: number, height: number): Uint8Array {
  const ihdr = new DataView(new ArrayBuffer(13));
  ihdr.setUint32(0, width);
  ihdr.setUint32(4, height);
  ihdr.setUint8(8, 8); // bit depth
  ihdr.setUint8(9, 0); // greyscale
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = (x * 7 + y * 13) & 0xff;
  return concat([Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), pngChunk('IHDR', new Uint8Array(ihdr.buffer)),
    pngChunk('IDAT', zlib.deflateSync(rows)), pngChunk('IEND', new Uint8Array(0))]);
}

/** Two pages holding only an embedded PNG each, as a scanner writes them. */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(greyPng(64, 80));
  for (let i = 0; i < 2; i++) doc.addPage([612, 792]).drawImage(png, { x: 0, y: 0, width: 612, height: 792 });
  return doc.save();
}

/** A document of `count` pages with a line of text each. */
export async function pagesPdf(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([612, 792]).drawText(`Page ${i}`, { x: 72, y: 720, size: 11, font });
  return doc.save();
}

/** Adler-32 of a block: its byte sum and position-weighted sum, to apply it many times over cheaply. */
function adlerParts(bytes: Uint8Array): { sum: number; weighted: number } {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return { sum: (a - 1 + 65521) % 65521, weighted: (b - (bytes.length % 65521) + 65521) % 65521 };
}

/**
 * A zlib stream inflating to `unit` repeated to `megabytes` MB, a thousand times smaller: one
 * deflated megabyte (a full flush makes it a self-contained run of blocks) written over and over.
 */
export function flateBomb(unit: string, megabytes: number): Uint8Array {
  const mb = latin1(unit.repeat(Math.ceil(1048576 / unit.length)).slice(0, 1048576));
  const blocks = zlib.deflateRawSync(mb, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const { sum, weighted } = adlerParts(mb);
  let [a, b] = [1, 0];
  for (let i = 0; i < megabytes; i++) [a, b] = [(a + sum) % 65521, (b + ((mb.length % 65521) * a) % 65521 + weighted) % 65521];
  const check = new DataView(new ArrayBuffer(4));
  check.setUint32(0, ((b << 16) | a) >>> 0);
  return concat([Uint8Array.of(0x78, 0xda), ...Array.from({ length: megabytes }, () => blocks), zlib.deflateRawSync(Buffer.alloc(0)), new Uint8Array(check.buffer)]);
}

/** One page whose content stream is a flate bomb of `unit`. */
export function flateBombPdf(unit: string, megabytes: number, filters = '/FlateDecode'): Uint8Array {
  return onePage(stream(`/Filter ${filters}`, flateBomb(unit, megabytes)));
}

/** A page whose dictionary holds arrays nested `depth` deep (the parser recurses on each). */
export function nestedArraysPdf(depth: number): Uint8Array {
  const content = stream('', latin1('BT /F1 12 Tf 72 700 Td (Nested) Tj ET'));
  return onePage(content, { pageExtra: `/Junk ${'['.repeat(depth)}${']'.repeat(depth)}` });
}

/** A page tree whose second node lists the root as its kid: walking it never ends. */
export function pageTreeCyclePdf(): Uint8Array {
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 2 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 2 >>',
  ]);
}

/** A form XObject that draws itself: its content recurses without end. */
export function selfDrawingFormPdf(): Uint8Array {
  const page = stream('', latin1('BT /F1 12 Tf 72 700 Td (Outside) Tj ET /X1 Do'));
  const form = stream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X1 6 0 R >> /Font << /F1 5 0 R >> >>',
    latin1('BT /F1 12 Tf 72 600 Td (Inside) Tj ET /X1 Do'));
  return onePage(page, { resources: '<< /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >>', extra: [form] });
}

/** A file whose cross-reference section names itself as the previous one (/Prev): an xref loop. */
export function xrefLoopPdf(): Uint8Array {
  const good = onePage(stream('', latin1('BT /F1 12 Tf 72 700 Td (Loop) Tj ET')));
  const text = new TextDecoder('latin1').decode(good);
  const xref = text.lastIndexOf('xref\n');
  return latin1(text.replace('/Root 1 0 R', `/Root 1 0 R /Prev ${xref}`).replace(/startxref\n\d+/, `startxref\n${xref}`));
}
