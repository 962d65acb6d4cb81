/** `faultline ingest` as a user runs it (the built CLI in dist/; `npm test` builds first). */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli', 'index.js');
let dir: string;

const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'ingest', ...args], { encoding: 'utf8', env: { ...process.env, FAULTLINE_DB: join(dir, 'env.db') } });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faultline ingest', () => {
  it('stores what it can, reports the rest, exits 1; the same command again changes nothing and exits 0', () => {
    const docs = join(dir, 'docs');
    spawnSync('mkdir', ['-p', docs]);
    writeFileSync(join(docs, 'dispatches.jsonl'), readFileSync(join(root, 'examples', 'dispatches.jsonl')));
    writeFileSync(join(docs, 'empty.txt'), '   \n');
    const db = join(dir, 'kb.db');
    const first = run('--db', db, '--jobs', '1', docs);
    expect(first.status).toBe(1);
    expect(first.stderr).toContain(`faultline: ${join(docs, 'empty.txt')}: input contains only whitespace`);
    expect(first.stderr).toMatch(/5 documents: 4 new, 0 already known, 1 failed · \d+ mentions · \d+ events created, \d+ merged/);
    const second = run('--db', db, '--jobs', '1', docs);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toContain('5 documents: 0 new, 5 already known, 0 failed · 0 mentions · 0 events created, 0 merged');
  });

  it('uses $FAULTLINE_DB when there is no --db', () => {
    const res = run('--jobs', '1', join(root, 'examples', '2014-06-11-mosul.html'));
    expect(res.status, res.stderr).toBe(0);
    expect(existsSync(join(dir, 'env.db'))).toBe(true);
  });

  it('refuses bad options with exit status 2', () => {
    expect(run('--jobs', '0', 'x').status).toBe(2);
    expect(run('--date', '11 June', 'x').status).toBe(2);
    expect(run('--merge-km', 'far', 'x').status).toBe(2);
    expect(run().status).toBe(2);
  });

  it('--watch polls with conditional GET, one line per poll, and stops cleanly on SIGTERM', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
      <item><guid>1</guid><title>One</title><description>Rebels shelled the airport on Monday, officials said.</description></item></channel></rss>`;
    const server = createServer((req, res) => {
      if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rss);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
    const child = spawn(process.execPath, [cli, 'ingest', '--db', join(dir, 'watch.db'), '--jobs', '1', '--date', '2024-03-04', '--watch', '--interval', '1', url], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/poll 2 /.test(stderr)) resolve();
      }),
    );
    child.kill('SIGTERM');
    const code = await exited;
    server.close();
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/poll 1 at .*: 1 document: 1 new/);
    expect(stderr).toMatch(/poll 2 at .*: 1 URL \(1 not modified\), 0 new items · 0 documents: 0 new/);
    expect(stderr).toMatch(/stopping after the current document/);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^faultline: 1 document: 1 new, 0 already known, 0 failed/);
  });
});
