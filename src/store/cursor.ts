/** Opaque page cursors: the sort key of the last item, so the next page starts right after it. */

/** Encodes a sort key as an opaque, URL-safe cursor. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by `encodeCursor` with the expected types, or throws a clear error. */
export function decodeCursor<T extends (string | number)[]>(cursor: string, types: ('string' | 'number')[]): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new Error(`bad cursor "${cursor}"`);
  }
  if (!Array.isArray(key) || key.length !== types.length || key.some((v, i) => typeof v !== types[i])) throw new Error(`bad cursor "${cursor}"`);
  return key as T;
}
