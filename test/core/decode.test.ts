// Issue 12: letters saved as UTF-16 with a byte order mark (what text extractors on Windows write)
// are decoded as VS Code decodes them, by the one rule the CLI and the workspace features share.
import * as assert from 'assert';
import { decodeLetter } from '../../src/core/index';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES } from './helpers';

const letter = fs.readFileSync(path.join(FIXTURES, 'letters', 'fd-single-spaced-header.txt'), 'utf8');

/** `text` as UTF-16 little- or big-endian bytes, with its byte order mark. */
function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

/** Compares without printing the letter on failure (a diff of the whole text says nothing). */
function assertReads(bytes: Uint8Array, text: string, what: string): void {
  const read = decodeLetter(bytes);
  assert.ok(read.ok, `${what}: ${read.ok ? '' : read.reason}`);
  assert.ok(read.text === text, `${what}: the text differs from the UTF-8 copy`);
}

describe('decodeLetter: UTF-16 with a byte order mark', () => {
  it('reads a UTF-16LE and a UTF-16BE letter as the same text as its UTF-8 copy, without the BOM', () => {
    for (const endian of ['le', 'be'] as const) assertReads(utf16(letter, endian), letter, endian);
  });

  it('reads text beyond the Basic Multilingual Plane (surrogate pairs) and CRLF line ends', () => {
    const text = `${letter.replace(/\n/g, '\r\n')}\r\nSigned 🖋\r\n`;
    for (const endian of ['le', 'be'] as const) assertReads(utf16(text, endian), text, endian);
  });

  it('refuses an odd byte count or an unpaired surrogate as not valid UTF-16 text', () => {
    const odd = utf16(letter, 'le').subarray(0, 101);
    assert.deepStrictEqual(decodeLetter(odd), { ok: false, skip: false, reason: 'not valid UTF-16 text' });
    const lone = utf16(letter, 'be');
    lone.writeUInt16BE(0xd800, 40);
    assert.deepStrictEqual(decodeLetter(lone), { ok: false, skip: false, reason: 'not valid UTF-16 text' });
  });

  it('keeps the other reasons: a NUL character is binary, a BOM alone is empty, a note is skipped', () => {
    const withNul = utf16(letter, 'le');
    withNul.writeUInt16LE(0, 20);
    assert.deepStrictEqual(decodeLetter(withNul), { ok: false, skip: false, reason: 'binary file, not text' });
    assert.deepStrictEqual(decodeLetter(utf16('', 'be')), { ok: false, skip: false, reason: 'empty file' });
    assert.deepStrictEqual(decodeLetter(utf16('Shopping list\n- milk\n', 'le')), { ok: false, skip: true, reason: 'not an IMR determination letter' });
  });

  it('still refuses UTF-16 without a BOM as binary (its NUL bytes), like before', () => {
    assert.deepStrictEqual(decodeLetter(utf16(letter, 'le').subarray(2)), { ok: false, skip: false, reason: 'binary file, not text' });
  });
});
