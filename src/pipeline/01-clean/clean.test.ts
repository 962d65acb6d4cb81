import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { cleanDocument } from './clean.js';
import { InputError, type InputErrorCode } from './errors.js';
import { codeOf } from './test/error-code.js';
import { normaliseLine } from './boilerplate.js';

const SEED = '/work/shared/seed/000_bfba1ecb751b0907.txt';

const ENGLISH =
  'Iraqi army soldiers abandoned their weapons and fled the northern Iraqi city of Mosul on Tuesday, as Sunni militants freed hundreds of prisoners and seized military bases, police stations, banks and the provincial governor’s headquarters.';
const FRENCH =
  "L'armée irakienne a abandonné ses armes et a fui la ville de Mossoul mardi, tandis que des militants sunnites ont libéré des centaines de prisonniers et se sont emparés de bases militaires, de commissariats de police, de banques et du siège du gouverneur.";
const ARABIC =
  'تخلى جنود الجيش العراقي عن أسلحتهم وفروا من مدينة الموصل شمال العراق يوم الثلاثاء، بينما أطلق مسلحون سنة سراح مئات السجناء واستولوا على قواعد عسكرية ومراكز للشرطة وبنوك ومقر المحافظ.';


describe('cleanDocument', () => {
  it.each<[string, Buffer | string, InputErrorCode]>([
    ['empty', Buffer.alloc(0), 'empty'],
    ['whitespace', '  \n\t\n', 'empty'],
    ['binary bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), 'binary'],
    ['11 MB', Buffer.alloc(11 * 1024 * 1024, 0x61), 'too-large'],
    ['Latin-1 bytes', Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'encoding'],
    ['French', FRENCH, 'not-english'],
    ['Arabic', Buffer.from(ARABIC), 'not-english'],
    ['HTML without text', '<html><body><script>x()</script></body></html>', 'no-text'],
    ['nothing but chrome', 'Subscribe now\n\nAdvertisement\n', 'no-text'],
  ])('refuses %s', (_name, input, code) => {
    expect(codeOf(() => cleanDocument(input))).toBe(code);
  });

  it('puts the score in the not-english message, and only warns when English is not required', () => {
    expect(() => cleanDocument(FRENCH)).toThrow(/score 0\.\d+/);
    const doc = cleanDocument(FRENCH, { requireEnglish: false });
    expect(doc.text).toBe(FRENCH);
    expect(doc.warnings[0]).toMatch(/does not look like English/);
  });

  it('decodes UTF-16 with a BOM', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${ENGLISH}\r\n`, 'utf16le')]);
    expect(cleanDocument(buf).text).toBe(ENGLISH);
  });

  it('cleans plain text: newlines normalised, chrome dropped, blank ends trimmed', () => {
    const doc = cleanDocument(Buffer.from(`\r\n\r\n${ENGLISH}\r\n\r\nShare this article\r\n\r\n\r\n`), { url: 'https://x.example/a' });
    expect(doc).toEqual({
      text: ENGLISH,
      title: null,
      publishedAt: null,
      url: 'https://x.example/a',
      isHtml: false,
      warnings: [],
      removed: ['Share this article'],
    });
  });

  it.skipIf(!existsSync(SEED))('cleans the seed article to its text without the two chrome lines', () => {
    const seed = readFileSync(SEED);
    const doc = cleanDocument(seed);
    const raw = seed.toString('utf8');
    expect(doc.removed).toEqual(['Listen to Latest Podcast', 'Subscribe Now & Pay Nothing']);
    expect(doc.text).toBe(raw.slice(0, raw.indexOf('\n\nListen to Latest Podcast')));
    expect(doc.isHtml).toBe(false);
  });

  it('cleans an HTML page to its article, title and date', () => {
    const html = `<!DOCTYPE html><html><head><title>Mosul falls | News</title><meta name="date" content="2014-06-10"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Mosul falls</h1><p>${ENGLISH}</p><p>Advertisement</p><p>${ENGLISH}</p></article>
<footer>© 2014 News. All rights reserved.</footer></body></html>`;
    const doc = cleanDocument(Buffer.from(html));
    expect(doc.text).toBe(`${ENGLISH}\n\n${ENGLISH}`);
    expect(doc.title).toBe('Mosul falls');
    expect(doc.publishedAt).toBe('2014-06-10');
    expect(doc.isHtml).toBe(true);
    expect(doc.removed).toEqual(['Advertisement']);
  });

  it('applies lines known to repeat across the source', () => {
    const doc = cleanDocument(`${ENGLISH}\nThe Bugle: news you can trust since 1962`, {
      repeated: new Set(['the bugle: news you can trust since 0']),
    });
    expect(doc.text).toBe(ENGLISH);
  });

  it('cleans a megabyte of plain text quickly', () => {
    const text = Buffer.from(`${ENGLISH}\n\nShare this article\n\n`.repeat(4000));
    const start = performance.now();
    const doc = cleanDocument(text);
    expect(performance.now() - start).toBeLessThan(500);
    expect(doc.removed.length).toBe(4000);
  });
});

describe('regression: never lose a whole document to the repeated-lines filter', () => {
  it('keeps a document whose every line is repeated elsewhere, with a warning', async () => {
    const { cleanDocument } = await import('./clean.js');
    const text = 'Central bank governor Chang rejected a request by textile makers.\nThe spokesman said the government could not fix the exchange rate.';
    const repeated = new Set(text.split('\n').map((l) => normaliseLine(l)));
    const out = cleanDocument(text, { repeated });
    expect(out.text).toBe(text);
    expect(out.warnings.join(' ')).toMatch(/repeated/);
  });
});

describe('regression: terse English wire copy is English', () => {
  it('accepts an earnings table written in English abbreviations', async () => {
    const { cleanDocument } = await import('./clean.js');
    const text = 'Net profit 57.1 mln dlrs vs loss 69.1 mln.\n    Net is equity accounted\n    Pre-equity accounted net 39.90 mln dlrs vs loss 49.11 mln\n    Pre-equity shr profit 7.1 cents vs loss 8.7\n    Sales 1.88 billion vs 1.78 billion\n    Other income 52.75 mln vs 15.22 mln';
    expect(() => cleanDocument(text)).not.toThrow();
  });
});

describe('regression: a name that is also a foreign word', () => {
  it('keeps an English earnings table that mentions "Del E. Webb" (Reuters 1265)', async () => {
    const { cleanDocument } = await import('./clean.js');
    const text = 'Shr eight cts vs 16 cts\n    Net 188,000 vs 354,000\n    Revs 538,000 vs 594,000\n    Year\n    Shr 31 cts vs 28 cts\n    Net 692,000 vs 617,000\n    Revs 2,640,000 vs 906,000\n    (Del E. Webb Investment Properties Inc)';
    expect(() => cleanDocument(text)).not.toThrow();
  });
});
