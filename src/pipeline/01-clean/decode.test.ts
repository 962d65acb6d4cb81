import { describe, it, expect } from 'vitest';
import { decodeInput, firstInvalidUtf8, prepareText } from './decode.js';
import { InputError } from './errors.js';
import { codeOf } from './test/error-code.js';


function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    return err as InputError;
  }
  throw new Error('expected an InputError');
}

describe('decodeInput', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(codeOf(() => decodeInput(Buffer.alloc(0)))).toBe('empty');
    expect(codeOf(() => decodeInput(Buffer.from(' \n\t\r\n  ')))).toBe('empty');
    expect(codeOf(() => decodeInput(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a])))).toBe('empty');
  });

  it('refuses binary bytes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(codeOf(() => decodeInput(png))).toBe('binary');
    const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(codeOf(() => decodeInput(controls))).toBe('binary');
  });

  it('hints at UTF-16 when a BOM-less UTF-16 file looks binary', () => {
    const err = errorOf(() => decodeInput(Buffer.from('Iraqi troops fled Mosul on Tuesday.', 'utf16le')));
    expect(err.code).toBe('binary');
    expect(err.message).toMatch(/UTF-16/);
  });

  it('keeps text with a few stray control characters', () => {
    expect(decodeInput(Buffer.from('Mosul fell\x0c on Tuesday.\x07'))).toBe('Mosul fell\x0c on Tuesday.\x07');
  });

  it('refuses input over the limit, naming size and limit', () => {
    const err = errorOf(() => decodeInput(Buffer.alloc(11 * 1024 * 1024, 0x61)));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain(String(11 * 1024 * 1024));
    expect(err.message).toContain(String(10 * 1024 * 1024));
    expect(codeOf(() => decodeInput(Buffer.from('hello world'), { maxBytes: 5 }))).toBe('too-large');
  });

  it('refuses Latin-1 bytes with the offset and an iconv hint', () => {
    const err = errorOf(() => decodeInput(Buffer.from([0x63, 0x61, 0x66, 0xe9])));
    expect(err.code).toBe('encoding');
    expect(err.message).toContain('offset 3');
    expect(err.message).toContain('0xE9');
    expect(err.message).toMatch(/Latin-1|Windows-1252/);
    expect(err.message).toContain('iconv -f WINDOWS-1252 -t UTF-8');
  });

  it('refuses a UTF-8 sequence cut off at the end', () => {
    const cut = Buffer.concat([Buffer.from('Mosul '), Buffer.from('€').subarray(0, 2)]);
    expect(errorOf(() => decodeInput(cut)).message).toContain('offset 6');
  });

  it('decodes UTF-8, stripping a BOM', () => {
    const text = 'Mosul – Nīnawā café ✓ 😀';
    expect(decodeInput(Buffer.from(text))).toBe(text);
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it('decodes UTF-16 with a BOM, little- and big-endian', () => {
    const text = 'Iraqi troops fled Mosul – café\nsecond line';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeInput(le)).toBe(text);
    const be = Buffer.from(le);
    be.swap16();
    expect(be[0]).toBe(0xfe);
    expect(decodeInput(be)).toBe(text);
  });

  it('normalises CRLF and CR to LF', () => {
    expect(decodeInput(Buffer.from('one\r\ntwo\rthree\n\r\nfour'))).toBe('one\ntwo\nthree\n\nfour');
  });
});

describe('prepareText', () => {
  it('checks strings the way decodeInput checks bytes', () => {
    expect(codeOf(() => prepareText('   \n '))).toBe('empty');
    expect(codeOf(() => prepareText('a\0b'))).toBe('binary');
    expect(codeOf(() => prepareText('é'.repeat(10), { maxBytes: 15 }))).toBe('too-large');
    expect(prepareText('\ufeffline\r\nnext')).toBe('line\nnext');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds the first bad byte', () => {
    expect(firstInvalidUtf8(Buffer.from('valid ✓'))).toBe(Buffer.byteLength('valid ✓'));
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0x80]))).toBe(2); // stray continuation
  });
});
