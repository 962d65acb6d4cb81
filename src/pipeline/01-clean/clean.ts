import { removeBoilerplate } from './boilerplate.js';
import { decodeInput, prepareText } from './decode.js';
import { InputError } from './errors.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { detectEnglish, ENGLISH_SCORE } from './language.js';

export interface CleanOptions {
  /** where the document came from; kept as `url` unless the page names a canonical one */
  url?: string;
  /** refuse inputs larger than this many bytes (default 10 MiB) */
  maxBytes?: number;
  /** normalised lines that repeat across this source's pages (from `findRepeatedLines`) */
  repeated?: Set<string>;
  /** throw `InputError('not-english')` for other languages; otherwise only warn */
  requireEnglish?: boolean;
}

export interface CleanedDocument {
  /** the cleaned text; every later offset points into it */
  text: string;
  title: string | null;
  /** publication date from the page metadata, YYYY-MM-DD */
  publishedAt: string | null;
  url: string | null;
  isHtml: boolean;
  warnings: string[];
  /** the lines dropped as page chrome, in order */
  removed: string[];
}

const LEADING_BLANK_LINES = /^(?:[^\S\n]*\n)+/;

/** Turns raw bytes or text (plain or HTML) into the cleaned article text every later stage reads. */
export function cleanDocument(
  raw: Buffer | string,
  { url, maxBytes, repeated, requireEnglish = true }: CleanOptions = {},
): CleanedDocument {
  const input = typeof raw === 'string' ? prepareText(raw, { maxBytes }) : decodeInput(raw, { maxBytes });

  const isHtml = looksLikeHtml(input);
  const page = isHtml
    ? extractHtml(input, { url })
    : { text: input, title: null, publishedAt: null, url: url ?? null, warnings: [] as string[] };

  const warnings = [...page.warnings];
  let { text: kept, removed } = removeBoilerplate(page.text, { repeated });
  // Lines repeated across a source are chrome only while the page has more than them; a page made
  // of nothing else is a story filed twice, and losing it would be silent data loss.
  if (repeated && repeated.size > 0 && kept.trim() === '') {
    ({ text: kept, removed } = removeBoilerplate(page.text));
    if (kept.trim() !== '') warnings.push('every line of this document also appears in other documents of its source (a repeated story?); kept it');
  }
  const text = kept.replace(LEADING_BLANK_LINES, '').trimEnd();
  if (text === '') throw new InputError('no-text', 'nothing is left once page chrome is removed');

  const language = detectEnglish(text);
  if (!language.english) {
    const message = `text does not look like English (function-word score ${language.score}; English text scores ${ENGLISH_SCORE} or more)`;
    if (requireEnglish) throw new InputError('not-english', message);
    warnings.push(message);
  }
  return { text, title: page.title, publishedAt: page.publishedAt, url: page.url, isHtml, warnings, removed };
}
