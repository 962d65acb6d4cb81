/** HTTP for ingest: Node's fetch with a timeout, a size limit, a clear User-Agent and conditional GET. */

/** Who we say we are to the sites we read. */
export const USER_AGENT = 'faultline/0.1 (conflict-event coder; ingest)';

/** Limits and validators of one request. */
export interface FetchOptions {
  /** whole request, headers and body (default 20 s) */
  timeoutMs?: number;
  /** largest body accepted (default 10 MB) */
  maxBytes?: number;
  /** validators of the previous response, for a conditional GET */
  etag?: string | null;
  lastModified?: string | null;
  /** stops the request early (e.g. on SIGINT) */
  signal?: AbortSignal;
}

/** What one request brought back. */
export interface Fetched {
  /** the final URL, after redirects */
  url: string;
  status: number;
  /** true on 304: the body is empty and nothing changed */
  notModified: boolean;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  body: Uint8Array;
}

/** A request that failed: network, timeout, HTTP status, size. Transient, so never stored as a document failure. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BYTES = 10_000_000;

/** True for the http: and https: URLs ingest accepts on the command line and in URL lists. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\/\S+$/i.test(s.trim());
}

/** GETs a URL within the limits; a 304 comes back as `notModified`, any other non-2xx throws FetchError. */
export async function fetchUrl(url: string, { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, etag, lastModified, signal }: FetchOptions = {}): Promise<Fetched> {
  const headers: Record<string, string> = {
    'user-agent': USER_AGENT,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5',
  };
  if (etag) headers['if-none-match'] = etag;
  if (lastModified) headers['if-modified-since'] = lastModified;
  const timeout = AbortSignal.timeout(timeoutMs);
  const abort = signal ? AbortSignal.any([timeout, signal]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal: abort, redirect: 'follow' });
  } catch (e) {
    throw new FetchError(url, timeout.aborted ? `timed out after ${timeoutMs / 1000} s` : `cannot fetch: ${causeOf(e)}`);
  }
  const base = {
    url: res.url || url,
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
  };
  if (res.status === 304) {
    await res.body?.cancel();
    return { ...base, etag: base.etag ?? etag ?? null, lastModified: base.lastModified ?? lastModified ?? null, notModified: true, body: new Uint8Array(0) };
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new FetchError(url, `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
  }
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new FetchError(url, `too large: ${declared} bytes (limit ${maxBytes})`);
  }
  try {
    return { ...base, notModified: false, body: await readLimited(res, maxBytes) };
  } catch (e) {
    if (e instanceof FetchError) throw e;
    throw new FetchError(url, timeout.aborted ? `timed out after ${timeoutMs / 1000} s` : `cannot read body: ${causeOf(e)}`);
  }
}

/** Reads a body chunk by chunk, giving up as soon as it passes the limit (content-length can lie or be absent). */
async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new FetchError(res.url, `too large: more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function causeOf(e: unknown): string {
  const err = e as Error & { cause?: { message?: string; code?: string } };
  return err.cause?.code ?? err.cause?.message ?? err.message ?? String(e);
}
