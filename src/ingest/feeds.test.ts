import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { fetchConditional, hasFullContent, looksLikeFeed, parseFeed, PollState } from './feeds.js';
import { fetchUrl, FetchError, USER_AGENT } from './fetch.js';
import { ingest } from './ingest.js';
import { watch, type PollReport } from './watch.js';

const STORY =
  'Government forces recaptured the town of Tal Afar on Sunday after three days of fighting, army officials said. ' +
  'Rebels withdrew toward the border overnight as aircraft bombed their positions, killing at least ten fighters, a local official said. ' +
  'The interior minister said the army would keep troops in the town to protect residents, and called on displaced families to return home. ' +
  'Aid groups said thousands of people had fled the fighting and were sheltering in camps outside the city. ' +
  'The United Nations called for a ceasefire to let convoys reach the town.';

const page = (title: string, body: string) => `<!DOCTYPE html><html><head><title>${title}</title></head><body><nav>Home · World</nav><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

/** A small news site: an RSS feed (ETag), an Atom feed (Last-Modified) and article pages. */
class Site {
  server!: Server;
  base = '';
  log: Array<{ url: string; status: number; ua: string }> = [];
  rssItems: string[] = [];
  private rssVersion = 1;
  private readonly atomModified = 'Wed, 11 Jun 2014 10:00:00 GMT';

  async start(): Promise<void> {
    this.rssItems = [this.fullItem(1), this.teaserItem(2)];
    this.server = createServer((req, res) => {
      const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
        this.log.push({ url: req.url ?? '', status, ua: String(req.headers['user-agent']) });
        res.writeHead(status, { 'content-type': type, ...headers });
        res.end(status === 304 ? undefined : body);
      };
      if (req.url === '/rss.xml') {
        const etag = `"v${this.rssVersion}"`;
        if (req.headers['if-none-match'] === etag) return send(304, 'application/rss+xml', '', { etag });
        return send(200, 'application/rss+xml', this.rss(), { etag });
      }
      if (req.url === '/atom') {
        if (req.headers['if-modified-since'] === this.atomModified) return send(304, 'application/xml', '');
        return send(200, 'application/xml', this.atom(), { 'last-modified': this.atomModified });
      }
      if (req.url === '/big') return send(200, 'text/html', 'x'.repeat(5000));
      if (req.url === '/slow') return void setTimeout(() => send(200, 'text/html', 'late'), 2000);
      const m = /^\/story\/(\d+)$/.exec(req.url ?? '');
      if (m) return send(200, 'text/html; charset=utf-8', page(`Story ${m[1]}`, STORY.replace('Tal Afar', `Tal Afar district ${m[1]}`)));
      send(404, 'text/plain', 'not found');
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** publishes a new teaser item (the ETag changes) */
  publish(n: number): void {
    this.rssItems.unshift(this.teaserItem(n));
    this.rssVersion++;
  }

  fullItem(n: number): string {
    return `<item><guid>item-${n}</guid><title>Full story ${n}</title><link>${this.base}/story/${n}</link><pubDate>Sun, 08 Jun 2014 09:00:00 GMT</pubDate>
      <description>Teaser ${n}</description><content:encoded><![CDATA[<p>${STORY.replace('Tal Afar', `Tal Afar (${n})`)}</p>]]></content:encoded></item>`;
  }

  teaserItem(n: number): string {
    return `<item><guid>item-${n}</guid><title>Teaser ${n}</title><link>${this.base}/story/${n}</link><pubDate>Mon, 09 Jun 2014 09:00:00 GMT</pubDate><description>Fighting near Tal Afar.</description></item>`;
  }

  rss(): string {
    return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test Wire</title><link>${this.base}</link>${this.rssItems.join('')}</channel></rss>`;
  }

  atom(): string {
    return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:atom-news</id>
      <entry><id>urn:a1</id><title>Atom one</title><link rel="self" href="${this.base}/self/1"/><link rel="alternate" href="${this.base}/story/101"/><updated>2014-06-10T08:00:00Z</updated><summary>Short.</summary></entry>
      <entry><id>urn:a2</id><title>Atom two</title><link href="${this.base}/story/102"/><published>2014-06-10T08:00:00Z</published><content type="html">&lt;p&gt;${STORY.replace('Tal Afar', 'Tal Afar (102)')}&lt;/p&gt;</content></entry></feed>`;
  }

  requests(since = 0): string[] {
    return this.log.slice(since).map((r) => `${r.status} ${r.url}`);
  }
}

const site = new Site();
let dir: string;
let store: Store;
beforeAll(() => site.start());
afterAll(() => site.server.close());
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'faultline-feeds-'));
  store = await openStore(join(dir, 'kb.db'));
  await store.migrate();
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('parseFeed', () => {
  it('reads RSS items: full content kept, a teaser only links', () => {
    const feed = parseFeed(site.rss(), site.base);
    expect(feed.title).toBe('Test Wire');
    expect(feed.items.map((i) => [i.id, i.link, i.published, hasFullContent(i)])).toEqual([
      ['item-1', `${site.base}/story/1`, '2014-06-08', true],
      ['item-2', `${site.base}/story/2`, '2014-06-09', false],
    ]);
    expect(feed.items[0].content).toContain('<p>Government forces');
  });

  it('reads Atom entries: the alternate link, html content', () => {
    const feed = parseFeed(site.atom(), site.base);
    expect(feed.title).toBe('Atom News');
    expect(feed.items.map((i) => [i.id, i.link, hasFullContent(i)])).toEqual([
      ['urn:a1', `${site.base}/story/101`, false],
      ['urn:a2', `${site.base}/story/102`, true],
    ]);
  });

  it('recognises feeds by content type or root element, not HTML', () => {
    expect(looksLikeFeed('application/rss+xml', '')).toBe(true);
    expect(looksLikeFeed('text/xml', '<?xml version="1.0"?>\n<!-- hi --><feed xmlns="x">')).toBe(true);
    expect(looksLikeFeed('', '\uFEFF<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('text/html', '<rss>')).toBe(false);
    expect(looksLikeFeed('', '<html><body>rss feed</body></html>')).toBe(false);
  });

  it('rejects what is not a feed with a clear error', () => {
    expect(() => parseFeed('<rss><channel>', '')).toThrow(/not a readable RSS\/Atom feed/);
  });
});

describe('fetchUrl', () => {
  it('gives up on a body over the size limit, and on a server slower than the timeout', async () => {
    await expect(fetchUrl(`${site.base}/big`, { maxBytes: 1000 })).rejects.toThrow(/too large/);
    await expect(fetchUrl(`${site.base}/slow`, { timeoutMs: 200 })).rejects.toThrow(/timed out after 0.2 s/);
    await expect(fetchUrl(`${site.base}/nothing-here`)).rejects.toThrow(FetchError);
  });
});

describe('feeds over HTTP', () => {
  it('sends validators back and takes a 304 as "not modified"', async () => {
    const state = new PollState();
    const first = await fetchConditional(`${site.base}/rss.xml`, state);
    expect(first.notModified).toBe(false);
    const second = await fetchConditional(`${site.base}/rss.xml`, state);
    expect(second.notModified).toBe(true);
    await fetchConditional(`${site.base}/atom`, state);
    expect((await fetchConditional(`${site.base}/atom`, state)).notModified).toBe(true);
    expect(site.log.at(-1)?.ua).toBe(USER_AGENT);
  });

  it('ingests feed items: content when the item has it, the linked page for a teaser', async () => {
    const since = site.log.length;
    const stats = await ingest([`${site.base}/rss.xml`, `${site.base}/atom`], { store, jobs: 1 });
    expect(stats).toMatchObject({ documents: 4, failed: 0, urls: 2 });
    // full-content items (1 and 102) are not fetched; teasers (2 and 101) are
    expect(site.requests(since).sort()).toEqual(['200 /atom', '200 /rss.xml', '200 /story/101', '200 /story/2']);
    const docs = (await store.listDocuments({ limit: 10 })).items;
    expect(docs.map((d) => d.origin).sort()).toEqual([`${site.base}/atom#urn:a1`, `${site.base}/atom#urn:a2`, `${site.base}/rss.xml#item-1`, `${site.base}/rss.xml#item-2`]);
    const one = docs.find((d) => d.origin.endsWith('#item-1'))!;
    expect(one).toMatchObject({ source: 'Test Wire', publishedAt: '2014-06-08', url: `${site.base}/story/1`, status: 'ok' });
    expect(one.text).toMatch(/^Government forces recaptured/);
    // a second run changes nothing
    expect(await ingest([`${site.base}/rss.xml`, `${site.base}/atom`], { store, jobs: 1 })).toMatchObject({ documents: 0, known: 4 });
  });

  it('--watch: a new item appears on a later poll; an unchanged feed (304) costs one request and nothing else', async () => {
    const stop = new AbortController();
    const polls: PollReport[] = [];
    const since = site.log.length;
    let afterFirst = 0;
    const watching = watch([`${site.base}/rss.xml`, `${site.base}/atom`], {
      store,
      jobs: 1,
      intervalSeconds: 0.2,
      signal: stop.signal,
      onPoll: (r) => {
        polls.push(r);
        if (r.poll === 1) afterFirst = site.log.length;
        if (r.poll === 2) site.publish(3);
        if (r.poll === 3) stop.abort();
      },
    });
    const totals = await watching;
    expect(polls.map((p) => p.poll)).toEqual([1, 2, 3]);
    expect(polls[0].stats).toMatchObject({ documents: 4 });
    // poll 2: both feeds answer 304: two requests, no document looked at
    expect(polls[1].stats).toMatchObject({ urls: 2, notModified: 2, newItems: 0, documents: 0, known: 0, failed: 0 });
    // poll 3: the RSS feed has item 3 (fetched: a teaser); the Atom feed is still 304
    expect(polls[2].stats).toMatchObject({ urls: 2, notModified: 1, newItems: 1, documents: 1, known: 0 });
    expect(site.requests(afterFirst)).toEqual(['304 /rss.xml', '304 /atom', '200 /rss.xml', '200 /story/3', '304 /atom']);
    expect(totals).toMatchObject({ documents: 5, stopped: true });
    expect(site.requests(since).filter((r) => r.endsWith('/story/2'))).toHaveLength(1);
  });
});
