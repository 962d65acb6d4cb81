/**
 * The shared store: PostgreSQL through a `pg` pool, for many ingest writers and API readers.
 * `pg` is imported only when this backend is opened. Writers merging events of the same
 * CAMEO root are serialized with transaction-scoped advisory locks, so two processes never
 * both found a new event for the same real one; re-merging and deleting lock out all writers.
 */
import type { Pool, PoolClient } from 'pg';
import { SqlStore } from '../engine.js';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres.js';
import type { Dialect, Driver, Queryable, Row, WriteLock } from '../sql.js';

const POSTGRES_DIALECT: Dialect = {
  documentsMatching: `SELECT id FROM documents WHERE tsv @@ plainto_tsquery('english', ?)`,
  fullTextParam: (q) => (q.trim() ? q.trim() : null),
};

/** Advisory lock keys: (WRITERS, 0) shared by writers and taken exclusively by whole-store changes; (ROOTS, n) per root. */
const WRITERS = 0x464c; // "FL"
const ROOTS = WRITERS + 1;

function rootKey(root: string): number {
  if (/^\d{1,9}$/.test(root)) return Number(root);
  let h = 0;
  for (const ch of root) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/** `?` placeholders → `$1, $2, …` (our statements never contain a literal question mark). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(client: Pool | PoolClient): Queryable {
  return {
    all: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows as T[],
    get: async <T>(sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rows[0] as T | undefined,
    run: async (sql: string, params: unknown[] = []) => (await client.query(numbered(sql), params)).rowCount ?? 0,
    exec: async (sql: string) => void (await client.query(sql)),
  };
}

class PostgresDriver implements Driver {
  readonly kind = 'postgres';
  readonly dialect = POSTGRES_DIALECT;
  private readonly pooled: Queryable;

  constructor(private readonly pool: Pool) {
    this.pooled = queryable(pool);
  }

  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.pooled.all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined> {
    return this.pooled.get<T>(sql, params);
  }
  run(sql: string, params?: unknown[]): Promise<number> {
    return this.pooled.run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.pooled.exec(sql);
  }

  async transaction<T>(lock: WriteLock, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      if ('exclusive' in lock) await client.query('SELECT pg_advisory_xact_lock($1, 0)', [WRITERS]);
      else {
        await client.query('SELECT pg_advisory_xact_lock_shared($1, 0)', [WRITERS]);
        // sorted, so two writers wanting the same roots cannot deadlock
        for (const key of [...new Set(lock.roots.map(rootKey))].sort((a, b) => a - b))
          await client.query('SELECT pg_advisory_xact_lock($1, $2)', [ROOTS, key]);
      }
      const result = await fn(queryable(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Options of the PostgreSQL store. */
export interface PostgresOptions {
  /** a schema to use instead of the default search path (created if missing), e.g. one per test run */
  schema?: string;
  /** pool size (default 10) */
  max?: number;
}

/** Opens the PostgreSQL store at `url` (postgres://…) and brings its schema up to date. */
export async function openPostgresStore(url: string, { schema, max = 10 }: PostgresOptions = {}): Promise<SqlStore> {
  const { default: pg } = await import('pg');
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  const pool = new pg.Pool({ connectionString: url, max, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  // an idle client losing its server must not crash the process: the next query reports it
  pool.on('error', () => undefined);
  try {
    // two processes creating the schema at once: the loser's "already exists" is success
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: { code?: string }) => {
      if (error.code !== '23505' && error.code !== '42P06') throw error;
    });
    const store = new SqlStore(new PostgresDriver(pool), POSTGRES_MIGRATIONS);
    await store.migrate();
    return store;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
