/** RSS/Atom feeds: recognising one, reading its items, and the conditional-GET state of repeated polls. */
import { extractFromXml } from '@extractus/feed-extractor';
import { fetchUrl, type Fetched, type FetchOptions } from './fetch.js';

/** One item of a feed, as ingest needs it. */
export interface FeedItem {
  /** guid / id, else the link */
  id: string;
  link: string | null;
  title: string | null;
  /** YYYY-MM-DD, when the item says */
  published: string | null;
  /** the full content (HTML or text) when the item carries it, else its description, else null */
  content: string | null;
}

/** A parsed feed. */
export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

/** Below this many characters of text (tags stripped) an item is a teaser: its linked page is the article. */
export const FULL_CONTENT_CHARS = 500;

/** What repeated polls remember: validators per URL, item ids seen per feed, the URLs to poll. */
export class PollState {
  readonly validators = new Map<string, { etag: string | null; lastModified: string | null }>();
  readonly seen = new Map<string, Set<string>>();
  /** feed and page URLs given as inputs (command line or URL lists): what `--watch` polls */
  readonly polled = new Set<string>();

  /** true the first time an item id is seen for a feed */
  isNew(feedUrl: string, itemId: string): boolean {
    return !this.seen.get(feedUrl)?.has(itemId);
  }

  /** remembers an item as handled, so later polls skip it without fetching anything */
  markSeen(feedUrl: string, itemId: string): void {
    let ids = this.seen.get(feedUrl);
    if (!ids) this.seen.set(feedUrl, (ids = new Set()));
    ids.add(itemId);
  }

  /** forgets items no longer in the feed, so a long watch does not grow without end */
  retain(feedUrl: string, current: Set<string>): void {
    const ids = this.seen.get(feedUrl);
    if (ids) for (const id of ids) if (!current.has(id)) ids.delete(id);
  }
}

/** GETs a URL with the validators of its previous response and remembers the new ones (a 304 comes back as notModified). */
export async function fetchConditional(url: string, state: PollState, options: FetchOptions = {}): Promise<Fetched> {
  const known = state.validators.get(url);
  const res = await fetchUrl(url, { ...options, etag: known?.etag, lastModified: known?.lastModified });
  if (res.etag || res.lastModified) state.validators.set(url, { etag: res.etag, lastModified: res.lastModified });
  return res;
}

/** Whether a response (or a file) is a feed: an RSS/Atom content type, or an <rss>/<feed>/<rdf:RDF> root element. */
export function looksLikeFeed(contentType: string, body: Uint8Array | string): boolean {
  if (/application\/(rss|atom)\+xml/i.test(contentType)) return true;
  if (/text\/html/i.test(contentType)) return false;
  const head = (typeof body === 'string' ? body.slice(0, 4096) : Buffer.from(body.subarray(0, 4096)).toString('utf8')).replace(/^\uFEFF/, '');
  // skip the XML declaration, processing instructions, comments and a doctype before the root element
  const root = head.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*/i, '');
  return /^<(?:rss|feed|rdf:RDF)[\s>]/i.test(root);
}

/** Parses RSS, Atom or RDF with feed-extractor; throws a clear error on anything else. */
export function parseFeed(xml: string, baseUrl = ''): ParsedFeed {
  let data;
  try {
    data = extractFromXml(xml, {
      descriptionMaxLen: 0,
      baseUrl,
      getExtraEntryFields: (entry) => ({ rawEntry: entry }),
    });
  } catch (e) {
    // feed-extractor does not recognise an Atom feed without entries; that is just an empty feed
    if (/<feed[\s>]/.test(xml) && !/<entry[\s>]/.test(xml) && /Unrecognized/.test((e as Error).message)) return { title: atomTitle(xml), items: [] };
    throw new Error(`not a readable RSS/Atom feed: ${(e as Error).message}`);
  }
  const items: FeedItem[] = [];
  for (const entry of data.entries ?? []) {
    const rawEntry = (entry.rawEntry ?? {}) as Record<string, unknown>;
    const link = alternateLink(rawEntry, baseUrl) ?? (entry.link || null);
    const id = String(entry.id || link || '');
    if (!id) continue;
    const content = textOf(rawEntry['content:encoded']) || textOf(rawEntry.content) || textOf(rawEntry.description) || textOf(rawEntry.summary) || null;
    items.push({
      id,
      link,
      title: entry.title || null,
      published: isoDay(entry.published),
      content,
    });
  }
  return { title: data.title || null, items };
}

/** Whether an item carries the article itself rather than a teaser for its link. */
export function hasFullContent(item: FeedItem): boolean {
  if (!item.content) return false;
  const text = item.content.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length >= FULL_CONTENT_CHARS;
}

/** Wraps an item's HTML content into a page, so the HTML cleaner decodes entities and drops tags. */
export function itemPage(item: FeedItem): string {
  const title = item.title ? `<title>${escapeHtml(item.title)}</title>` : '';
  return `<!DOCTYPE html><html><head>${title}</head><body><article>${item.content ?? ''}</article></body></html>`;
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const t = o['#text'] ?? o._text ?? o._cdata;
    if (typeof t === 'string') return t.trim();
  }
  return '';
}

/** Atom entries may carry several links (self, enclosure…): the article is rel="alternate" or the one without rel. */
function alternateLink(entry: Record<string, unknown>, baseUrl: string): string | null {
  const links = Array.isArray(entry.link) ? entry.link : entry.link ? [entry.link] : [];
  for (const l of links) {
    if (!l || typeof l !== 'object') continue;
    const o = l as Record<string, unknown>;
    const rel = o['@_rel'];
    const href = o['@_href'];
    if (typeof href === 'string' && (rel === undefined || rel === 'alternate')) return absolute(href, baseUrl);
  }
  return null;
}

function absolute(href: string, baseUrl: string): string {
  try {
    return new URL(href, baseUrl || undefined).toString();
  } catch {
    return href;
  }
}

function isoDay(s: string | undefined): string | null {
  return s && /^\d{4}-\d\d-\d\d/.test(s) ? s.slice(0, 10) : null;
}

function atomTitle(xml: string): string | null {
  const m = /<title[^>]*>([^<]*)<\/title>/.exec(xml);
  return m ? m[1].trim() || null : null;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
