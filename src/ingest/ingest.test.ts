import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import { ingest } from './ingest.js';

/** A fresh SQLite store in the test's folder, and what it holds. */
async function sqliteStore() {
  const store = await openStore(join(dir, 'kb.db'));
  await store.migrate();
  stores.push(store);
  const documents = async () => (await store.listDocuments({ limit: 1000 })).items;
  return { store, documents };
}

const FRENCH =
  "Les forces gouvernementales ont pris le contrôle de la ville mardi, selon les responsables de l'armée. Les rebelles se sont retirés vers le nord, " +
  'et les habitants ont fui la région pendant la nuit. Le gouvernement a déclaré que la situation était sous contrôle et que les combats continueraient.';
const dispatches = readFileSync(new URL('../../examples/dispatches.jsonl', import.meta.url), 'utf8');
let dir: string;
const stores: Store[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-'));
});
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingest', () => {
  it.each([1, 2])('stores each document once; a second run finds them all known (jobs %i)', async (jobs) => {
    const file = join(dir, 'd.jsonl');
    writeFileSync(file, dispatches + dispatches.split('\n')[0] + '\n'); // the last line repeats the first
    const { store, documents } = await sqliteStore();
    const first = await ingest([file], { store, jobs });
    expect(first).toMatchObject({ documents: 4, known: 1, failed: 0 });
    expect(first.mentions).toBeGreaterThan(4);
    expect(await documents()).toHaveLength(4);
    const before = await store.stats();
    const second = await ingest([file], { store, jobs });
    expect(second).toMatchObject({ documents: 0, known: 5, failed: 0, mentions: 0 });
    expect(await store.stats()).toEqual(before);
  });

  it('records a binary, an empty and a non-English document with their errors and stores the others', async () => {
    writeFileSync(join(dir, 'a-binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x80, 0x81, 0x00]));
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-french.txt'), FRENCH);
    writeFileSync(join(dir, 'd.jsonl'), dispatches);
    const { store, documents } = await sqliteStore();
    const failures: string[] = [];
    const stats = await ingest([dir], { store, jobs: 2, onProgress: (p) => p.status === 'failed' && failures.push(p.name) });
    expect(stats).toMatchObject({ documents: 4, failed: 3 });
    expect(failures.sort()).toEqual(['a-binary.txt', 'b-empty.txt', 'c-french.txt'].map((f) => join(dir, f)));
    const errors = (await documents()).filter((d) => d.status === 'error').map((d) => d.error);
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toMatch(/English/);
    // failures are known on the next run, like documents
    expect(await ingest([dir], { store, jobs: 1 })).toMatchObject({ documents: 0, known: 7, failed: 0 });
  });

  it('stops after the current document when the signal aborts', async () => {
    const file = join(dir, 'd.jsonl');
    writeFileSync(file, dispatches);
    const { store, documents } = await sqliteStore();
    const stop = new AbortController();
    const stats = await ingest([file], { store, jobs: 1, signal: stop.signal, onProgress: (p) => p.done === 2 && stop.abort() });
    expect(stats).toMatchObject({ documents: 2, stopped: true });
    expect(await documents()).toHaveLength(2);
    expect(await ingest([file], { store, jobs: 1 })).toMatchObject({ documents: 2, known: 2 });
  });
});
