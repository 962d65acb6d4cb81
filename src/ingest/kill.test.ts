/**
 * Guards the promise of `faultline ingest`: SIGKILL at any moment, run the same command again,
 * and the store ends exactly as one uninterrupted run leaves it — nothing lost, nothing twice.
 * Spawns the built CLI (dist/; `npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli', 'index.js');
const DOCS = 600;

let dir: string;
let input: string;
let distinct: number;

/** A few hundred dispatches made from examples/dispatches.jsonl: each two stories, a marker, its own date; some lines repeated exactly. */
function writeCorpus(file: string): number {
  const stories = readFileSync(join(root, 'examples', 'dispatches.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; date: string; title: string });
  const lines: string[] = [];
  for (let i = 0; i < DOCS; i++) {
    if (i % 10 === 9) {
      lines.push(lines[i - 5]); // the same content again: one document, not two
      continue;
    }
    const a = stories[i % stories.length];
    const b = stories[(i + 1) % stories.length];
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `d${i}`, date: day, title: `${a.title} (${i})`, source: `wire-${i % 3}`, text: `${a.text}\n\nDispatch number ${i}.\n\n${b.text}` }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return new Set(lines.map((l) => (JSON.parse(l) as { text: string }).text)).size;
}

function runIngest(db: string, jobs: number) {
  return spawnSync(process.execPath, [cli, 'ingest', '--db', db, '--jobs', String(jobs), input], { encoding: 'utf8' });
}

/** Documents stored so far, read without the store (the child holds it); 0 while the schema is not there yet. */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return Number((conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n);
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

/** Everything that must match between two stores: counts, and each document's event count by origin. */
async function snapshot(db: string) {
  const store = await openStore(db);
  try {
    const stats = await store.stats();
    const perDocument: Record<string, number> = {};
    let cursor: string | null = null;
    do {
      const page = await store.listDocuments({ limit: 200, cursor });
      for (const d of page.items) perDocument[d.origin] = d.eventCount;
      cursor = page.next;
    } while (cursor);
    return { stats, perDocument };
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
  dir = mkdtempSync(join(tmpdir(), 'faultline-kill-'));
  input = join(dir, 'dispatches.jsonl');
  distinct = writeCorpus(input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faultline ingest under SIGKILL', () => {
  it.each([1, 2])('a killed run, run again, equals one clean run (jobs %i)', async (jobs) => {
    const clean = join(dir, `clean-${jobs}.db`);
    const once = runIngest(clean, jobs);
    expect(once.status, once.stderr).toBe(0);
    expect(once.stderr).toMatch(new RegExp(`${DOCS} documents: ${distinct} new, ${DOCS - distinct} already known, 0 failed`));
    const expected = await snapshot(clean);
    expect(expected.stats.documents).toBe(distinct);

    const killed = join(dir, `killed-${jobs}.db`);
    const child = spawn(process.execPath, [cli, 'ingest', '--db', killed, '--jobs', String(jobs), input], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let atKill = 0;
    while (child.exitCode === null) {
      atKill = storedCount(killed);
      if (atKill >= 10) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = storedCount(killed);
    expect(partial, 'the kill came after the run finished: make the corpus bigger').toBeLessThan(distinct);
    expect(partial).toBeGreaterThanOrEqual(atKill);

    const again = runIngest(killed, jobs);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`${DOCS} documents: ${distinct - partial} new, ${DOCS - distinct + partial} already known, 0 failed`));
    const resumed = await snapshot(killed);
    expect(resumed.stats).toEqual(expected.stats);
    expect(resumed.perDocument).toEqual(expected.perDocument);
    // no mention stored twice: every mention row belongs to one document's events
    expect(Object.values(resumed.perDocument).reduce((a, b) => a + b, 0)).toBe(resumed.stats.mentions);
  }, 180_000);
});
