import { InputError } from './errors.js';

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Bytes sampled when deciding whether an input is binary. */
const BINARY_SAMPLE = 64 * 1024;
/** Share of control bytes above which an input is binary rather than text with a few strays. */
const BINARY_CONTROL_SHARE = 0.1;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });

const NEWLINES = /\r\n?/g;
const NON_BLANK = /\S/;
// C0 controls other than tab, LF, VT, FF, CR, plus DEL.
const CONTROL_CHARS = /[\x00-\x08\x0e-\x1f\x7f]/g;

export interface DecodeOptions {
  maxBytes?: number;
}

/** Turns raw input bytes into LF-normalised text, or throws an `InputError` saying why it cannot. */
export function decodeInput(buf: Buffer, { maxBytes = DEFAULT_MAX_BYTES }: DecodeOptions = {}): string {
  checkSize(buf.length, maxBytes);
  if (buf.length === 0) throw new InputError('empty', 'input is empty');

  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    text = utf16le.decode(buf.subarray(2));
  } else if (buf[0] === 0xfe && buf[1] === 0xff) {
    text = utf16le.decode(swapBytes(buf.subarray(2)));
  } else {
    const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
    checkBinaryBytes(body);
    try {
      text = utf8.decode(body);
    } catch {
      throw encodingError(body);
    }
  }
  return prepareText(text, { maxBytes: Infinity });
}

/** Checks already-decoded text the way `decodeInput` checks bytes, and normalises BOM and newlines. */
export function prepareText(text: string, { maxBytes = DEFAULT_MAX_BYTES }: DecodeOptions = {}): string {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so only long strings need measuring.
  if (text.length * 3 > maxBytes) checkSize(Buffer.byteLength(text, 'utf8'), maxBytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!NON_BLANK.test(text)) throw new InputError('empty', 'input contains only whitespace');
  checkBinaryText(text);
  return text.indexOf('\r') === -1 ? text : text.replace(NEWLINES, '\n');
}

function checkSize(size: number, maxBytes: number): void {
  if (size > maxBytes) {
    throw new InputError(
      'too-large',
      `input is ${size} bytes (${mib(size)}), over the limit of ${maxBytes} bytes (${mib(maxBytes)}); split it or raise maxBytes`,
    );
  }
}

function mib(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function checkBinaryBytes(buf: Uint8Array): void {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    throw new InputError('binary', `input contains a NUL byte at offset ${nul}; it looks like a binary file${utf16Hint(buf)}`);
  }
  const n = Math.min(buf.length, BINARY_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f) controls++;
  }
  if (controls > n * BINARY_CONTROL_SHARE) {
    throw new InputError('binary', `${controls} of the first ${n} bytes are control bytes; it looks like a binary file`);
  }
}

function checkBinaryText(text: string): void {
  const sample = text.length > BINARY_SAMPLE ? text.slice(0, BINARY_SAMPLE) : text;
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new InputError('binary', `input contains a NUL character at offset ${nul}; it looks like binary data`);
  const controls = sample.match(CONTROL_CHARS)?.length ?? 0;
  if (controls > sample.length * BINARY_CONTROL_SHARE) {
    throw new InputError('binary', `${controls} of the first ${sample.length} characters are control characters; it looks like binary data`);
  }
}

/** UTF-16 without a BOM has a NUL in every other byte; say so rather than just "binary". */
function utf16Hint(buf: Uint8Array): string {
  const n = Math.min(buf.length, 1024) & ~1;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (half > 0 && (oddZeros > half * 0.8 || evenZeros > half * 0.8)) {
    return ' (or UTF-16 without a byte-order mark: convert it, e.g. `iconv -f UTF-16LE -t UTF-8 in.txt > out.txt`)';
  }
  return '';
}

function encodingError(buf: Uint8Array): InputError {
  const offset = firstInvalidUtf8(buf);
  const byte = buf[offset] ?? 0;
  const hex = byte.toString(16).toUpperCase().padStart(2, '0');
  return new InputError(
    'encoding',
    `input is not valid UTF-8: byte 0x${hex} at offset ${offset}. ` +
      'It looks like Latin-1 / Windows-1252 text; convert it to UTF-8 first, ' +
      'e.g. `iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`',
  );
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= buf.length) return i; // sequence cut off by the end of the input
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return buf.length;
}

function swapBytes(buf: Uint8Array): Uint8Array {
  const out = new Uint8Array(buf.length & ~1);
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1];
    out[i + 1] = buf[i];
  }
  return out;
}
