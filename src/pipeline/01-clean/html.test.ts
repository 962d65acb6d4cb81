import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from './errors.js';
import { extractHtml, looksLikeHtml, parseMetaDate } from './html.js';

const SEED = '/work/shared/seed/000_bfba1ecb751b0907.txt';

const P1 =
  'Iraqi army soldiers abandoned their weapons and fled the northern city of Mosul on Tuesday, as Sunni militants freed hundreds of prisoners and seized military bases.';
const P2 =
  "The fall of Mosul, Iraq's second-largest city, is a severe blow to the government of Prime Minister Nouri al-Maliki, who asked parliament to declare a state of emergency.";

/** A news page: the article plus navigation, ads, share buttons, related links and a footer. */
const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Iraqi army flees Mosul | World News</title>
<meta property="article:published_time" content="2014-06-10T18:05:00-04:00">
<link rel="canonical" href="/world/iraq-mosul">
<script>window.dataLayer = [];</script>
</head><body>
<header><a href="/">World News</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav></header>
<div class="ad-banner">Advertisement</div>
<main><article>
<h1>Iraqi army flees Mosul</h1>
<p>${P1}</p>
<div class="social-share"><a>Facebook</a> <a>Twitter</a> <a>Email</a></div>
<p>${P2}</p>
</article></main>
<aside class="sidebar"><h3>Related stories</h3><ul><li><a href="/a">Oil prices rise on Iraq fears</a></li><li><a href="/b">Kurds move into Kirkuk</a></li></ul></aside>
<footer><p>© 2014 World News. All rights reserved.</p><p><a>Privacy Policy</a> | <a>Terms of Use</a></p></footer>
</body></html>`;

describe('looksLikeHtml', () => {
  it('recognises pages and fragments', () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml('<html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('  <!doctype html><p>x')).toBe(true);
    expect(looksLikeHtml(`<p>${P1}</p>\n<p>${P2}</p>`)).toBe(true);
    expect(looksLikeHtml('<div><span>Mosul</span> <b>fell</b></div>')).toBe(true);
  });

  it('leaves plain text alone, even with a stray "<"', () => {
    expect(looksLikeHtml(P1)).toBe(false);
    expect(looksLikeHtml('Casualties were < 10 and > 2; I <3 Mosul.')).toBe(false);
    expect(looksLikeHtml(`${P1} The tag <p> marks a paragraph. ${P2} ${P2} ${P2}`)).toBe(false);
  });

  it.skipIf(!existsSync(SEED))('leaves the seed article alone', () => {
    expect(looksLikeHtml(readFileSync(SEED, 'utf8'))).toBe(false);
  });
});

describe('extractHtml', () => {
  it('gives just the article text, its title, date and canonical URL', () => {
    const page = extractHtml(PAGE, { url: 'https://news.example.com/x?utm=1' });
    expect(page.text).toBe(`${P1}\n\n${P2}`);
    expect(page.title).toBe('Iraqi army flees Mosul');
    expect(page.publishedAt).toBe('2014-06-10');
    expect(page.url).toBe('https://news.example.com/world/iraq-mosul');
    expect(page.warnings).toEqual([]);
  });

  it('turns <br> into a line break and collapses spaces and entities', () => {
    const page = extractHtml(
      `<html><body><article><p>Residents   fled toward the Kurdish region,<br>carrying what they could.&nbsp; Checkpoints&#160;were &amp; stayed   abandoned.</p><ul><li>one</li><li>two</li></ul></article></body></html>`,
    );
    expect(page.text).toBe(
      'Residents fled toward the Kurdish region,\ncarrying what they could. Checkpoints were & stayed abandoned.\n\none\n\ntwo',
    );
  });

  it('still gives text from broken HTML', () => {
    const broken = `<html><head><title>Mosul falls</title></head><body></span></div><div><p>${P1}<p>${P2}<p><b>Unclosed bold <i>and italic <p>A last paragraph that is cut off mid-ta<a href="http://exa`;
    const page = extractHtml(broken);
    expect(page.text).toContain(P1);
    expect(page.text).toContain(P2);
    expect(page.text).toContain('A last paragraph that is cut off mid-ta');
    expect(page.title).toBe('Mosul falls');
  });

  it('copes with pages that have no <html> or <body>', () => {
    const page = extractHtml(`<!doctype html><title>Mosul falls</title><meta name="date" content="2014-06-11"><p>${P1}</p><p>${P2}`);
    expect(page.text).toBe(`${P1}\n\n${P2}`);
    expect(page.title).toBe('Mosul falls');
    expect(page.publishedAt).toBe('2014-06-11');
  });

  it('falls back to the page text with a warning when readability finds nothing', () => {
    const page = extractHtml('<html><head><title>Mosul</title></head><body><h1>Mosul</h1><footer>footer</footer></body></html>');
    expect(page.text).toBe('Mosul');
    expect(page.warnings).toEqual(['readability found no article; using the page text']);
  });

  it('throws no-text when the page has no text at all', () => {
    for (const html of ['<html><body><script>var a = 1;</script></body></html>', '<html><body><div hidden>x</div></body></html>']) {
      let error: unknown;
      try {
        extractHtml(html);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe('no-text');
    }
  });

  const body = `<body><article><p>${P1}</p></article></body>`;
  it.each([
    ['article:published_time', `<meta property="article:published_time" content="2014-06-10T23:30:00+03:00">`],
    ['og:published_time', `<meta property="og:published_time" content="2014-06-10">`],
    ['name=date', `<meta name="date" content="2014/06/10">`],
    ['pubdate', `<meta name="pubdate" content="20140610">`],
    ['DC.date.issued', `<meta name="DC.date.issued" content="2014-06-10">`],
    ['itemprop datePublished', `<meta itemprop="datePublished" content="2014-06-10T10:00:00Z">`],
    ['JSON-LD', `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2014-06-10T08:00:00Z"}]}</script>`],
  ])('reads the date from %s', (_name, head) => {
    expect(extractHtml(`<html><head>${head}</head>${body}</html>`).publishedAt).toBe('2014-06-10');
  });

  it('reads the date from <time datetime> in the article, not elsewhere', () => {
    const html = `<html><body><aside><time datetime="2013-01-01">old</time></aside><article><time datetime="2014-06-10T09:00">June 10</time><p>${P1}</p></article></body></html>`;
    expect(extractHtml(html).publishedAt).toBe('2014-06-10');
    expect(extractHtml(`<html><body><aside><time datetime="2013-01-01">old</time></aside><p>${P1}</p></body></html>`).publishedAt).toBeNull();
  });

  it('takes og:url when there is no canonical link, else the given url', () => {
    const og = `<html><head><meta property="og:url" content="https://example.com/a"></head>${body}</html>`;
    expect(extractHtml(og).url).toBe('https://example.com/a');
    expect(extractHtml(`<html>${body}</html>`, { url: 'https://example.com/b' }).url).toBe('https://example.com/b');
    expect(extractHtml(`<html>${body}</html>`).url).toBeNull();
  });
});

describe('parseMetaDate', () => {
  it.each([
    ['2014-06-10T23:30:00-04:00', '2014-06-10'],
    ['2014-6-9', '2014-06-09'],
    ['20140610', '2014-06-10'],
    ['10 June 2014', '2014-06-10'],
    ['June 10th, 2014 4:30 PM', '2014-06-10'],
    ['Tue, 10 Jun 2014 12:00:00 GMT', '2014-06-10'],
    ['2014-02-30', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(parseMetaDate(input)).toBe(expected);
  });
});
