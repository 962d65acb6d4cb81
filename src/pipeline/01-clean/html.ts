import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from './errors.js';

export interface ExtractOptions {
  /** where the page came from; the base for a relative canonical link and the fallback `url` */
  url?: string;
}

export interface ExtractedHtml {
  /** the article as plain text: paragraphs separated by a blank line */
  text: string;
  title: string | null;
  /** publication date from the page's metadata, YYYY-MM-DD */
  publishedAt: string | null;
  /** canonical URL, else og:url, else the `url` option */
  url: string | null;
  warnings: string[];
}

/** How much of the input `looksLikeHtml` reads. */
const HTML_SNIFF_CHARS = 4096;
const HTML_MARKER = /<!doctype\s+html|<html[\s>]|<(?:head|body)[\s>]/i;
const KNOWN_TAG =
  /<\/?(?:a|abbr|article|aside|b|blockquote|body|br|button|code|dd|div|dl|dt|em|figcaption|figure|footer|form|h[1-6]|head|header|hr|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|p|pre|script|section|small|span|strong|style|sub|sup|table|tbody|td|th|thead|time|title|tr|u|ul)(?:\s[^<>]*)?\/?>/gi;

/** Elements no story lives in, removed before Readability looks for one. */
const NEVER_ARTICLE = 'nav, footer, [role="navigation"], [role="contentinfo"], [hidden], [aria-hidden="true"]';

/** Whether `text` is an HTML page or fragment rather than plain text that happens to contain a "<". */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > HTML_SNIFF_CHARS ? text.slice(0, HTML_SNIFF_CHARS) : text;
  if (sample.indexOf('<') === -1) return false;
  if (HTML_MARKER.test(sample)) return true;
  const tags = sample.match(KNOWN_TAG);
  if (!tags) return false;
  if (tags.length >= 4) return true;
  let tagChars = 0;
  for (const t of tags) tagChars += t.length;
  return tags.length >= 2 && tagChars >= sample.trim().length * 0.1;
}

/** Extracts the article text, title, publication date and canonical URL from an HTML page. */
export function extractHtml(html: string, { url }: ExtractOptions = {}): ExtractedHtml {
  const document = parseDocument(html);
  const warnings: string[] = [];
  // Readability rewrites the document, so read the metadata first.
  const meta = readMetaTags(document);
  const publishedAt = findPublishedDate(document, meta);
  const canonical = findCanonicalUrl(document, meta, url);
  const statedTitle = findTitle(document, meta);
  const anyTitle = findAnyTitle(document);

  // Readability avoids menus and footers on a normal page, but picks them when the story is
  // thin (a headline-only page gave "Home Live"); no story lives in them, so they go first.
  for (const el of Array.from(document.querySelectorAll(NEVER_ARTICLE))) el.remove();

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document, { serializer: (node: Node) => node }).parse();
  } catch (err) {
    warnings.push(`readability failed (${(err as Error).message}); using the page text`);
  }
  let text = article?.content ? toPlainText(article.content) : '';
  if (!text) {
    if (warnings.length === 0) warnings.push('readability found no article; using the page text');
    // Readability has stripped the document; start again from the original.
    const body = parseDocument(html).body;
    text = toPlainText(body, CHROME_CONTAINERS) || toPlainText(body);
  }
  if (!text) throw new InputError('no-text', 'the HTML page contains no text');

  const title = statedTitle ?? (collapse(article?.title ?? '') || anyTitle);
  return { text, title, publishedAt, url: canonical, warnings };
}

// ---------------------------------------------------------------- parsing

const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);
const WRAPPERS = new Set(['HTML', 'HEAD', 'BODY']);

/**
 * linkedom keeps the tree as written, so a page without <body> (or with text before <html>)
 * has an empty `document.body`. Such pages are rebuilt into html > head + body.
 */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  if (root && root.tagName === 'HTML' && hasChild(root, 'BODY') && document.body.firstChild) return document;

  const head: string[] = [];
  const body: string[] = [];
  const place = (nodes: NodeListOf<ChildNode>): void => {
    for (const node of Array.from(nodes)) {
      if (node.nodeType === 1 && WRAPPERS.has((node as Element).tagName)) place(node.childNodes);
      else if (node.nodeType === 1 && HEAD_ONLY.has((node as Element).tagName)) head.push(node.toString());
      else if (node.nodeType === 1 || node.nodeType === 3) body.push(node.toString());
    }
  };
  place(document.childNodes);
  return parseHTML(`<!DOCTYPE html><html><head>${head.join('')}</head><body>${body.join('')}</body></html>`).document;
}

function hasChild(el: Element, tagName: string): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === tagName) return true;
  return false;
}

// ---------------------------------------------------------------- metadata

/** Lower-cased meta property/name/itemprop → content, first occurrence wins. */
function readMetaTags(document: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = el.getAttribute('content');
    if (!key || !content) continue;
    const k = key.trim().toLowerCase();
    if (!meta.has(k)) meta.set(k, content.trim());
  }
  return meta;
}

/** Meta keys that carry the publication date, most specific first. */
const DATE_META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article.published',
  'published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'parsely-pub-date',
  'sailthru.date',
];

function findPublishedDate(document: Document, meta: Map<string, string>): string | null {
  for (const key of DATE_META_KEYS) {
    const value = meta.get(key);
    const date = value ? parseMetaDate(value) : null;
    if (date) return date;
  }
  const fromJsonLd = findJsonLdDate(document);
  if (fromJsonLd) return fromJsonLd;
  for (const el of Array.from(document.querySelectorAll('[itemprop="datePublished"]'))) {
    const date = parseMetaDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '');
    if (date) return date;
  }
  const time = document.querySelector('article time[datetime], time[pubdate][datetime], main time[datetime]');
  return time ? parseMetaDate(time.getAttribute('datetime') ?? '') : null;
}

function findJsonLdDate(document: Document): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const value = findKey(data, 'datePublished', 0);
    const date = typeof value === 'string' ? parseMetaDate(value) : null;
    if (date) return date;
  }
  return null;
}

function findKey(data: unknown, key: string, depth: number): unknown {
  if (depth > 6 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findKey(item, key, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const obj = data as Record<string, unknown>;
  if (typeof obj[key] === 'string') return obj[key];
  for (const value of Object.values(obj)) {
    const found = findKey(value, key, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const ISO_DATE = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const COMPACT_DATE = /^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;

/**
 * Reads a metadata date as written (ISO, 20140610, "10 June 2014", "June 10, 2014") into
 * YYYY-MM-DD. The calendar date is kept as the page wrote it, not shifted to UTC.
 */
export function parseMetaDate(value: string): string | null {
  let m = ISO_DATE.exec(value) ?? COMPACT_DATE.exec(value);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return ymd(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return ymd(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  return null;
}

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function findCanonicalUrl(document: Document, meta: Map<string, string>, base: string | undefined): string | null {
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('canonical')) continue;
    const resolved = resolveUrl(link.getAttribute('href') ?? '', base);
    if (resolved) return resolved;
  }
  const og = meta.get('og:url');
  return (og && resolveUrl(og, base)) || base || null;
}

function resolveUrl(href: string, base: string | undefined): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

/**
 * The headline as the publisher states it: og/twitter title, else the <h1> when the <title>
 * is that headline plus a site name ("Mosul falls | World News"), else null (Readability decides).
 */
function findTitle(document: Document, meta: Map<string, string>): string | null {
  const stated = collapse(meta.get('og:title') ?? meta.get('twitter:title') ?? meta.get('dc.title') ?? '');
  if (stated) return stated;
  const docTitle = collapse(document.querySelector('title')?.textContent ?? '');
  const h1 = collapse(document.querySelector('article h1, main h1, h1')?.textContent ?? '');
  if (h1 && docTitle.includes(h1)) return h1;
  return null;
}

/** Any title at all, for when Readability found none. */
function findAnyTitle(document: Document): string | null {
  return collapse(document.querySelector('title')?.textContent ?? '') || collapse(document.querySelector('h1')?.textContent ?? '') || null;
}

// ---------------------------------------------------------------- text

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL = new Set(['TD', 'TH']);
const INVISIBLE = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'HEAD', 'TITLE',
  'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'MATH', 'VIDEO', 'AUDIO', 'MAP',
]);
/** Skipped when falling back to the whole page: they hold menus, not the story. */
const CHROME_CONTAINERS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);

const NOTHING: ReadonlySet<string> = new Set();
const PARAGRAPH = '\n\n';
const WHITESPACE = /\s+/g;
const INVISIBLE_CHARS = /[\u00ad\u200b\u2060\ufeff]/g;
const SPACE_RUNS = /[^\S\n]+/g;
const SPACE_AROUND_NEWLINE = / ?\n ?/g;
const BLANK_RUNS = /\n{3,}/g;

/** Renders an element as plain text: block elements become paragraphs, <br> a line break. */
function toPlainText(root: Node, skip: ReadonlySet<string> = NOTHING): string {
  const out: string[] = [];
  // Explicit stack: broken pages nest thousands of unclosed elements deep.
  const stack: Array<Node | string> = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      if (item === '</pre>') preDepth--;
      else out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const data = (item as Text).data;
      out.push(preDepth > 0 ? data : data.replace(WHITESPACE, ' '));
      continue;
    }
    if (item.nodeType !== 1) continue;
    const el = item as Element;
    const tag = el.tagName;
    if (INVISIBLE.has(tag) || skip.has(tag) || isHidden(el)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) out.push(PARAGRAPH);
    else if (CELL.has(tag)) out.push(' ');
    if (tag === 'PRE') {
      preDepth++;
      stack.push('</pre>');
    }
    if (block) stack.push(PARAGRAPH);
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return out
    .join('')
    .replace(INVISIBLE_CHARS, '')
    .replace(SPACE_RUNS, ' ')
    .replace(SPACE_AROUND_NEWLINE, '\n')
    .replace(BLANK_RUNS, '\n\n')
    .trim();
}

const DISPLAY_NONE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}
