// `imr-review text FILE`: the text a letter is read as (a PDF's, extracted; exactly what the editor
// shows), to standard output or, with -o, through the safe writer as export writes. What a check of
// the file would report is named on stderr: a file that cannot be read (exit 2), or a readable one
// that is not a letter (its text is still written).
import * as fs from 'fs';
import * as path from 'path';
import { decodeLetter, escapeControls, looksLikeLetter } from '../core';
import type { Options } from './args';
import { isPdfFileName, statProblem, toDisplay } from './input/files';
import { readBytes, readPdfText, type TextRead } from './input/read';
import type { Io } from './io';
import { fileSink, stdoutSink, writeWhole, type Sink } from './output';

const NOT_A_LETTER = 'not an IMR determination letter';

/** A `.txt` file's text as check reads it (the core's decoding), a letter or not. */
function readTextFile(abs: string, maxBytes: number): TextRead {
  const read = readBytes(abs, maxBytes);
  if (!read.ok) return read;
  const r = decodeLetter(read.bytes);
  if (r.ok) return r;
  if (!r.skip) return { ok: false, reason: r.reason };
  // Decoded, but not a letter: decodeLetter keeps no text then; it is valid text in the encoding its BOM names.
  const b = read.bytes;
  const encoding = b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
  return { ok: true, text: new TextDecoder(encoding).decode(b) };
}

/**
 * On a terminal, control characters are shown as escapes (`\x1b`, `\f` between a PDF's pages), so
 * a hostile letter sends the terminal nothing but text; lines and tabs stay. Elsewhere the text is
 * written exactly.
 */
function forTerminal(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const cr = line.endsWith('\r');
      return line.slice(0, cr ? -1 : line.length).split('\t').map(escapeControls).join('\t') + (cr ? '\r' : '');
    })
    .join('\n');
}

export async function runText(o: Extract<Options, { command: 'text' }>, io: Io): Promise<number> {
  const given = o.paths[0];
  const display = toDisplay(given);
  const abs = path.resolve(io.cwd, given);
  try {
    fs.statSync(abs);
  } catch (e) {
    io.stderr(`${display}: ${statProblem(abs, e)}\n`);
    return 2;
  }
  // The destination is opened before the file is read, as export does: a refused -o costs no extraction.
  const opened = o.output ? await fileSink(path.resolve(io.cwd, o.output), o.force) : { ok: true as const, sink: stdoutSink(io.stdout, io.drain) };
  if (!opened.ok) {
    io.stderr(`imr-review: ${opened.message}\n`);
    return 2;
  }
  const sink: Sink = opened.sink;
  const maxBytes = o.maxSizeMB * 1048576;
  const read = isPdfFileName(abs) ? await readPdfText(abs, { maxBytes, maxPages: o.maxPages }) : readTextFile(abs, maxBytes);
  if (!read.ok) {
    await sink.abort();
    io.stderr(`${display}: ${read.reason}\n`);
    return 2;
  }
  const written = await writeWhole(sink, () => sink.write(!o.output && io.stdoutIsTTY ? forTerminal(read.text) : read.text), io.stderr);
  if (!written.ok) return 2;
  if (!looksLikeLetter(read.text)) io.stderr(`${display}: ${NOT_A_LETTER} (check and export skip it)\n`);
  if (o.output) io.stderr(`${display}: text written to ${o.output}\n`);
  return 0;
}
