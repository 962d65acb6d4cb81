import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash, expandInputs } from './sources.js';

const examples = new URL('../../examples/', import.meta.url);
const mosul = readFileSync(new URL('2014-06-11-mosul.html', examples));
const dispatches = readFileSync(new URL('dispatches.jsonl', examples), 'utf8');

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'faultline-sources-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'a', 'mosul.html'), mosul);
  writeFileSync(join(dir, 'a', 'b', 'note.txt'), 'Rebels shelled the airport on Monday, officials said.');
  writeFileSync(join(dir, 'a', 'b', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, '.hidden', 'secret.txt'), 'not ingested');
  server = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (req.url === '/missing') {
      res.statusCode = 404;
      return res.end('no');
    }
    res.end(`<html><head><title>${req.url}</title></head><body><p>Troops entered the town of ${req.url} on Friday, witnesses said.</p></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  server.close();
});

describe('expandInputs', () => {
  it('walks folders recursively, in name order, skipping hidden and non-text files', async () => {
    const { docs, problems } = await expandInputs([dir]);
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.name)).toEqual([join(dir, 'a', 'b', 'note.txt'), join(dir, 'a', 'mosul.html')]);
    expect(docs[1].doc.hash).toBe(contentHash(mosul));
    expect(docs[1].doc.origin).toBe(join(dir, 'a', 'mosul.html'));
  });

  it('reads JSON Lines; a bad line is a problem with a hash (so it is recorded), not a stop', async () => {
    const file = join(dir, 'mixed.jsonl');
    const lines = dispatches.trim().split('\n');
    writeFileSync(file, [lines[0], '{"text": oops', '{"title":"no text"}', lines[1], '', JSON.stringify({ text: 'Police arrested protesters.', source: 'Wire', date: '2020-01-02T10:00:00Z' })].join('\n'));
    const { docs, problems } = await expandInputs([file], { date: '2024-05-05' });
    expect(docs.map((d) => d.name)).toEqual([`${file}:1`, `${file}:4`, `${file}:6`]);
    expect(docs[0].input.id).toBe('ex-001-aleppo');
    expect(docs[0].doc.hash).toBe(contentHash(JSON.parse(lines[0]).text));
    expect(docs[0].doc.publishedAt).toBe('2016-11-29');
    expect(docs[2].doc).toMatchObject({ source: 'Wire', publishedAt: '2020-01-02' });
    expect(problems.map((p) => p.name)).toEqual([`${file}:2`, `${file}:3`]);
    expect(problems[0].message).toMatch(/not valid JSON/);
    expect(problems[1].message).toMatch(/no "text"/);
    expect(problems[0].doc?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the default date applies only to inputs that state none', async () => {
    const file = join(dir, 'dated.jsonl');
    writeFileSync(file, JSON.stringify({ text: 'A', date: '2001-01-01' }) + '\n' + JSON.stringify({ text: 'B' }) + '\n');
    const { docs } = await expandInputs([file, join(dir, 'a', 'b', 'note.txt')], { date: '2024-05-05' });
    expect(docs.map((d) => d.input.date)).toEqual(['2001-01-01', '2024-05-05', '2024-05-05']);
  });

  it('reads a .txt list of URLs and URLs given directly; a failed fetch is a problem without a hash', async () => {
    const list = join(dir, 'urls.txt');
    writeFileSync(list, `# pages\n${base}/one\n\n${base}/missing\n${base}/two\n`);
    const { docs, problems, urls } = await expandInputs([list, `${base}/three`]);
    expect(urls).toBe(4);
    expect(docs.map((d) => d.doc.url)).toEqual([`${base}/one`, `${base}/two`, `${base}/three`]);
    expect(docs[0].doc.source).toBe(new URL(base).host);
    expect(problems).toEqual([{ name: `${base}/missing`, message: 'HTTP 404 Not Found' }]);
  });

  it('reports a missing path without stopping', async () => {
    const { docs, problems } = await expandInputs([join(dir, 'nope.txt'), join(dir, 'a', 'b', 'note.txt')]);
    expect(docs).toHaveLength(1);
    expect(problems[0].message).toMatch(/cannot read/);
  });
});
