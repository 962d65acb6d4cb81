/**
 * Expands ingest inputs — files, folders (recursively), JSON Lines, HTML, RSS/Atom feeds, lists of
 * URLs, URLs — into documents, each with the sha256 of its raw bytes as its identity.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { AnalyzeInput } from '../analyze.js';
import { looksLikeHtml } from '../pipeline/01-clean/index.js';
import type { NewDocument } from '../store/types.js';
import { fetchConditional, hasFullContent, itemPage, looksLikeFeed, parseFeed, PollState, type FeedItem } from './feeds.js';
import { fetchUrl, isHttpUrl, type FetchOptions } from './fetch.js';

/** One document to ingest: what the store keeps about it and what analyze reads. */
export interface SourceDoc {
  /** how messages name it: a path, path:line, a URL */
  name: string;
  doc: NewDocument;
  input: AnalyzeInput;
  /** documents of one group share page chrome (see findRepeatedLines) */
  group: string;
}

/** An input that yields no analyzable document. With `doc` (it has content) it is recorded as a failure; without, only reported. */
export interface SourceProblem {
  name: string;
  message: string;
  doc?: NewDocument;
}

/** Everything the inputs expanded into, in input order, with what the URL requests did. */
export interface Expansion {
  docs: SourceDoc[];
  problems: SourceProblem[];
  /** URL inputs requested, and how many of them answered 304 Not Modified */
  urls: number;
  notModified: number;
  /** feed items not seen before in this process */
  newItems: number;
}

/** Options of `expandInputs`. */
export interface ExpandOptions {
  /** publication date (YYYY-MM-DD) for inputs that state none */
  date?: string;
  fetch?: FetchOptions;
  /** conditional-GET validators and seen feed items, kept across polls */
  state?: PollState;
  /** reads standard input for the "-" argument */
  stdin?: () => Buffer;
  /** linked pages fetched at once per feed (default 4) */
  concurrency?: number;
}

const FILE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.md', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '']);
const DATE_METADATA = /published_time|datepublished|pubdate|publishdate|publish[-_]date|dc\.date|dcterms\.(?:issued|date|created)|citation_(?:publication_)?date|parsely-pub-date|sailthru\.date|<time[^>]+datetime|name=["']date["']/i;

/** The content hash: sha256 (hex) of the raw bytes and nothing else. */
export function contentHash(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Expands every input in order; unreadable inputs become problems, never exceptions. */
export async function expandInputs(inputs: string[], options: ExpandOptions = {}): Promise<Expansion> {
  const out: Expansion = { docs: [], problems: [], urls: 0, notModified: 0, newItems: 0 };
  const state = options.state ?? new PollState();
  for (const arg of inputs) {
    if (isHttpUrl(arg)) await expandUrl(arg.trim(), out, state, options);
    else if (arg === '-') expandBytes('stdin', options.stdin ? options.stdin() : readFileSync(0), out, options);
    else await expandPath(arg, out, state, options);
  }
  return out;
}

/** Every ingestible file below a folder, sorted, hidden files and folders skipped. */
export function listIngestFiles(dir: string): string[] {
  const files: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...listIngestFiles(p));
    else if (e.isFile() && FILE_EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
  }
  return files;
}

async function expandPath(path: string, out: Expansion, state: PollState, options: ExpandOptions): Promise<void> {
  let files: string[];
  try {
    files = statSync(path).isDirectory() ? listIngestFiles(path) : [path];
  } catch (e) {
    out.problems.push({ name: path, message: `cannot read: ${(e as Error).message}` });
    return;
  }
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      out.problems.push({ name: file, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    if (/\.(jsonl|ndjson)$/i.test(file)) expandJsonl(bytes.toString('utf8'), file, out, options);
    else if (looksLikeFeed('', bytes)) await expandFeed(bytes.toString('utf8'), file, '', out, state, options);
    else if (isUrlList(bytes)) {
      for (const url of urlLines(bytes)) await expandUrl(url, out, state, options);
    } else expandBytes(file, bytes, out, options);
  }
}

/** A file or stdin: JSON Lines when it looks like them, else one document (text or HTML). */
function expandBytes(name: string, bytes: Buffer, out: Expansion, options: ExpandOptions): void {
  if (name === 'stdin' && looksLikeJsonl(bytes)) return expandJsonl(bytes.toString('utf8'), name, out, options);
  out.docs.push(rawDoc(name, bytes, { group: name === 'stdin' ? name : dirname(name), date: defaultDateFor(bytes, options.date) }));
}

/** One document per line: { text, date, url, title, source, id? }. A bad line is recorded as a failure, not a stop. */
function expandJsonl(text: string, file: string, out: Expansion, { date }: ExpandOptions): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${file}:${i + 1}`;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      o = new Error(`not valid JSON: ${(e as Error).message}`);
    }
    const doc = o instanceof Error ? o : jsonDocument(o, where, { date, group: file });
    if (doc instanceof Error) {
      out.problems.push({ name: where, message: doc.message, doc: { hash: contentHash(line), origin: where, url: null, title: null, source: null, publishedAt: null } });
    } else out.docs.push(doc);
  }
}

/** A document given as JSON ({ text, date, url, title, source, id? }, as on a .jsonl line or in an API request), or why it is not one. */
export function jsonDocument(o: unknown, origin: string, { date, group = origin }: { date?: string; group?: string } = {}): SourceDoc | Error {
  if (!o || typeof o !== 'object' || typeof (o as { text?: unknown }).text !== 'string') return new Error('no "text" string in this document');
  const r = o as Record<string, unknown>;
  const text = r.text as string;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const url = str(r.url);
  const title = str(r.title);
  const source = str(r.source) ?? (url ? hostOf(url) : null);
  const day = typeof r.date === 'string' && /^\d{4}-\d\d-\d\d/.test(r.date) ? r.date.slice(0, 10) : date;
  const id = r.id !== undefined && r.id !== null ? String(r.id) : origin;
  return {
    name: origin,
    doc: { hash: contentHash(text), origin, url, title, source, publishedAt: day ?? null },
    input: { id, text, date: day, url, title },
    group: source ?? group,
  };
}

/** A URL: a feed (by content type or root element) expands into its items, anything else is a page. */
async function expandUrl(url: string, out: Expansion, state: PollState, options: ExpandOptions): Promise<void> {
  state.polled.add(url);
  out.urls++;
  let res;
  try {
    res = await fetchConditional(url, state, options.fetch);
  } catch (e) {
    out.problems.push({ name: url, message: (e as Error).message });
    return;
  }
  if (res.notModified) {
    out.notModified++;
    return;
  }
  if (looksLikeFeed(res.contentType, res.body)) await expandFeed(Buffer.from(res.body).toString('utf8'), url, res.url, out, state, options);
  else out.docs.push(pageDoc(url, res.url, res.body, hostOf(res.url), null, null, options.date));
}

/** A feed's new items: with their content when they carry it, else the page they link to. */
async function expandFeed(xml: string, feedName: string, baseUrl: string, out: Expansion, state: PollState, options: ExpandOptions): Promise<void> {
  let feed;
  try {
    feed = parseFeed(xml, baseUrl);
  } catch (e) {
    out.problems.push({ name: feedName, message: (e as Error).message });
    return;
  }
  const source = feed.title ?? (baseUrl ? hostOf(baseUrl) : feedName);
  state.retain(feedName, new Set(feed.items.map((item) => item.id)));
  const fresh = feed.items.filter((item) => state.isNew(feedName, item.id));
  out.newItems += fresh.length;
  const docs = await mapLimit(fresh, options.concurrency ?? 4, (item) => itemDoc(item, feedName, source, out, options));
  fresh.forEach((item, k) => {
    const doc = docs[k];
    if (!doc) return; // a page that could not be fetched: tried again on the next poll
    state.markSeen(feedName, item.id);
    out.docs.push(doc);
  });
}

async function itemDoc(item: FeedItem, feedName: string, source: string, out: Expansion, options: ExpandOptions): Promise<SourceDoc | null> {
  const origin = `${feedName}#${item.id}`;
  const date = item.published ?? options.date;
  if (hasFullContent(item) || (!item.link && item.content)) {
    return {
      name: origin,
      doc: { hash: contentHash(item.content!), origin, url: item.link, title: item.title, source, publishedAt: date ?? null },
      input: { id: origin, text: itemPage(item), date, url: item.link, title: item.title },
      group: source,
    };
  }
  if (!item.link) {
    out.problems.push({ name: origin, message: 'feed item has neither content nor a link' });
    return null;
  }
  try {
    const res = await fetchUrl(item.link, options.fetch);
    return pageDoc(origin, res.url, res.body, source, item.title, item.published, options.date);
  } catch (e) {
    out.problems.push({ name: `${origin} (${item.link})`, message: (e as Error).message });
    return null;
  }
}

/** A fetched page: the feed's date for it, else its own metadata date, else the default date. */
function pageDoc(origin: string, url: string, body: Uint8Array, source: string, title: string | null, published: string | null, date: string | undefined): SourceDoc {
  return rawDoc(origin, body, { group: source, date: published ?? defaultDateFor(body, date), url, title, source });
}

function rawDoc(
  origin: string,
  bytes: Uint8Array,
  { group, date, url = null, title = null, source = null }: { group: string; date?: string; url?: string | null; title?: string | null; source?: string | null },
): SourceDoc {
  return {
    name: origin,
    doc: { hash: contentHash(bytes), origin, url, title, source, publishedAt: date ?? null },
    input: { id: origin, text: bytes, date, url, title },
    group,
  };
}

/** The default date applies to an HTML page only when its metadata states none (metadata wins). */
function defaultDateFor(bytes: Uint8Array, date: string | undefined): string | undefined {
  if (!date) return undefined;
  const head = Buffer.from(bytes.subarray(0, 65536)).toString('utf8');
  return looksLikeHtml(head) && DATE_METADATA.test(head) ? undefined : date;
}

/** A text file whose every non-blank, non-# line is an http(s) URL. */
function isUrlList(bytes: Buffer): boolean {
  if (bytes.length > 1_000_000) return false;
  return urlLines(bytes).length > 0 && bytes.toString('utf8').split('\n').every((l) => !l.trim() || l.trim().startsWith('#') || isHttpUrl(l));
}

function urlLines(bytes: Buffer): string[] {
  return bytes
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && isHttpUrl(l));
}

function looksLikeJsonl(buf: Buffer): boolean {
  const first = buf.subarray(0, 65536).toString('utf8').trimStart().split('\n', 1)[0];
  if (!first.startsWith('{')) return false;
  try {
    const o = JSON.parse(first) as unknown;
    return typeof o === 'object' && o !== null && 'text' in o;
  } catch {
    return false;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Maps with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      results[k] = await fn(items[k]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
