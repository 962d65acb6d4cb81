/** The clean stage: raw input (bytes or text, HTML or plain) → the cleaned text every offset uses. */
import type { Stage } from '../stage.js';
import { cleanDocument } from './clean.js';

/** Today's date, YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Cleans `doc.raw` into `doc.text`; fills title, url and publication date from HTML metadata. */
export const clean: Stage = {
  name: 'clean',
  run(doc) {
    const raw = typeof doc.raw === 'string' ? doc.raw : Buffer.from(doc.raw.buffer, doc.raw.byteOffset, doc.raw.byteLength);
    const c = cleanDocument(raw, { url: doc.url ?? undefined, repeated: doc.repeated });
    doc.text = c.text;
    doc.title ??= c.title;
    doc.url ??= c.url;
    doc.warnings.push(...c.warnings);
    if (!doc.publishedAt) {
      if (c.publishedAt) doc.publishedAt = c.publishedAt;
      else {
        doc.publishedAt = today();
        doc.warnings.push(`no publication date given or found in metadata; using today (${doc.publishedAt}) — pass --date YYYY-MM-DD`);
      }
    }
  },
};
