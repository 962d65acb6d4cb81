import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.js';
import { openSqliteStore } from './backends/sqlite.js';
import { runConformance } from './conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'faultline-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runConformance('sqlite', () => openSqliteStore(join(dir, `store-${++n}.db`)));

describe('sqlite: processes opening one new store at once', () => {
  it('wait for each other instead of failing with "database is locked"', async () => {
    const here = fileURLToPath(new URL('./backends/sqlite.ts', import.meta.url));
    const script = join(dir, 'opener.mts');
    // each opener loads, then waits for a common instant, so the opens really coincide
    writeFileSync(script, `import { openSqliteStore } from ${JSON.stringify(here)};\nconst at = Number(process.argv[3]);\nwhile (Date.now() < at);\nawait openSqliteStore(process.argv[2]);\n`);
    const open = (path: string, at: number) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', script, path, String(at)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => resolve(code === 0 ? '' : err || `exit ${code}`));
      });
    // the race needs two openers inside the same few milliseconds: several rounds of three
    for (let round = 0; round < 4; round++) {
      const path = join(dir, `race-${round}.db`);
      const at = Date.now() + 2500;
      expect(await Promise.all([open(path, at), open(path, at), open(path, at)])).toEqual(['', '', '']);
    }
  }, 60_000);
});

describe('sqlite: a writer killed mid-ingest', () => {
  it('leaves every document either whole or absent', async () => {
    const path = join(dir, 'killed.db');
    const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
    const script = join(dir, 'writer.mts');
    // the writer ingests documents of 8 mergeable mentions forever, saying when each is stored
    writeFileSync(
      script,
      `import { openSqliteStore } from ${JSON.stringify(here('./backends/sqlite.ts'))};
       import { newDocument, resultOf } from ${JSON.stringify(here('./test-records.ts'))};
       const store = await openSqliteStore(${JSON.stringify(path)});
       for (let i = 0; ; i++) {
         const specs = Array.from({ length: 8 }, (_, k) => ({ code: k % 2 ? '190' : '193', source: 'IRQMIL', date: '2014-06-' + (10 + 5 * (i % 3)) }));
         await store.addDocument(newDocument('doc-' + i, { source: 'outlet' + (i % 7) }), resultOf('Dispatch ' + i + '.', specs));
         process.stdout.write('.');
       }`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stored = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        stored += chunk.length;
        if (stored >= 40) (child.kill('SIGKILL'), resolve());
      });
      child.on('exit', () => resolve());
    });
    await new Promise((resolve) => (child.exitCode != null || child.signalCode != null ? resolve(null) : child.once('exit', resolve)));

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const one = (sql: string) => Number(Object.values(db.prepare(sql).get() as object)[0]);
    expect(one('SELECT COUNT(*) FROM documents')).toBeGreaterThanOrEqual(40);
    // whole documents only: each has all 8 mentions, and the events count exactly the stored mentions
    expect(one('SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) <> d.event_count')).toBe(0);
    expect(one('SELECT COALESCE(SUM(mentions), 0) FROM events')).toBe(one('SELECT COUNT(*) FROM mentions'));
    expect(one('SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)')).toBe(0);
    expect(one('SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)')).toBe(0);
    expect(one('SELECT COUNT(*) FROM events')).toBe(3);
    db.close();
    const store = await openSqliteStore(path);
    expect((await store.stats()).events).toBe(3);
    await store.close();
  });
});

describe('sqlite: schema versions', () => {
  it('records each applied step and refuses a store from a newer faultline', async () => {
    const path = join(dir, 'versions.db');
    await (await openSqliteStore(path)).close();
    const db = new Database(path);
    expect(db.prepare('SELECT version FROM schema_version ORDER BY version').all()).toEqual(SQLITE_MIGRATIONS.map((m) => ({ version: m.version })));
    db.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    db.close();
    await expect(openSqliteStore(path)).rejects.toThrow(/newer than this faultline/);
  });

  it('brings a store made by an older faultline (version 1) up to date, keeping its data', async () => {
    const path = join(dir, 'old.db');
    const db = new Database(path);
    db.exec(SQLITE_MIGRATIONS[0].sql);
    db.exec('CREATE TABLE schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    db.prepare("INSERT INTO schema_version VALUES (1, 'v1', '2026-01-01')").run();
    db.prepare("INSERT INTO documents (hash, origin, text, ingested_at, status) VALUES ('h', 'o', 'Rebels took Kidal.', '2026-01-01', 'ok')").run();
    db.close();
    const store = await openSqliteStore(path);
    expect((await store.stats()).documents).toBe(1);
    await store.close();
    const after = new Database(path);
    expect(after.prepare('SELECT MAX(version) AS v FROM schema_version').get()).toEqual({ v: SQLITE_MIGRATIONS.at(-1)!.version });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'events_merge'").get()).toEqual({ name: 'events_merge' });
    after.close();
  });
});
