/**
 * The embedded default: one SQLite file (better-sqlite3), WAL so readers never block the
 * writer, FTS5 over documents. The driver is synchronous; every call goes through one queue
 * so an async transaction never interleaves with another call on the same connection.
 */
import Database from 'better-sqlite3';
import { SqlStore } from '../engine.js';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite.js';
import { EVENT_COLUMNS, eventValues } from '../rows.js';
import type { Dialect, Driver, Queryable, Row, WriteLock } from '../sql.js';
import type { EventFields } from '../summarize.js';

/** FTS5 query text: each word quoted (so user punctuation is never FTS syntax), all required. */
function fullTextParam(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"`).join(' ') : null;
}

const SQLITE_DIALECT: Dialect = {
  documentsMatching: 'SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?',
  fullTextParam,
};

// better-sqlite3 binds numbers, strings, bigints, buffers and null only
const bindable = (params: unknown[]) => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));

class SqliteDriver implements Driver {
  readonly kind = 'sqlite';
  readonly dialect = SQLITE_DIALECT;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly readers = new Map<string, { statement: Database.Statement; shape: (row: unknown[]) => Row }>();
  private tail: Promise<unknown> = Promise.resolve();
  /** statements of the transaction in progress run directly, the rest wait in the queue */
  private readonly direct: Queryable = {
    all: async <T>(sql: string, params: unknown[] = []) => {
      const { statement, shape } = this.reader(sql);
      return (statement.all(bindable(params)) as unknown[][]).map(shape) as T[];
    },
    get: async <T>(sql: string, params: unknown[] = []) => {
      const { statement, shape } = this.reader(sql);
      const row = statement.get(bindable(params)) as unknown[] | undefined;
      return (row === undefined ? undefined : shape(row)) as T | undefined;
    },
    run: async (sql: string, params: unknown[] = []) => this.prepare(sql).run(bindable(params)).changes,
    exec: async (sql: string) => void this.db.exec(sql),
  };

  constructor(readonly db: Database.Database) {}

  /**
   * A statement that returns rows, read as arrays and turned into objects by a function made once
   * for its columns: better-sqlite3 sets each property of its own row objects one by one, which
   * was half the time of an API page of 50 events (34 columns each).
   */
  private reader(sql: string): { statement: Database.Statement; shape: (row: unknown[]) => Row } {
    let reader = this.readers.get(sql);
    if (!reader) {
      const statement = this.prepare(sql);
      const columns = statement.columns().map((c) => c.name);
      const shape = new Function('r', `return { ${columns.map((name, i) => `${JSON.stringify(name)}: r[${i}]`).join(', ')} };`) as (row: unknown[]) => Row;
      this.readers.set(sql, (reader = { statement: statement.raw(true), shape }));
    }
    return reader;
  }

  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }

  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    return this.enqueue(() => this.direct.all<T>(sql, params));
  }
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined> {
    return this.enqueue(() => this.direct.get<T>(sql, params));
  }
  run(sql: string, params?: unknown[]): Promise<number> {
    return this.enqueue(() => this.direct.run(sql, params));
  }
  exec(sql: string): Promise<void> {
    return this.enqueue(() => this.direct.exec(sql));
  }

  /** One writer per file anyway: IMMEDIATE takes the write lock up front instead of failing mid-way. */
  transaction<T>(_lock: WriteLock, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.direct);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    await this.enqueue(async () => {
      // keeps the planner's statistics fresh for the next session, cheaply
      this.db.pragma('optimize');
      this.db.close();
    });
  }
}

/** The SQLite store, with a bulk loader for benchmarks and imports. */
export class SqliteStore extends SqlStore {
  constructor(private readonly driver: SqliteDriver) {
    super(driver, SQLITE_MIGRATIONS);
  }

  /** Inserts already-merged events directly (no documents, no mentions), in one transaction, into the live indexes. */
  async insertEvents(events: Iterable<EventFields>): Promise<number> {
    const insert = this.driver.db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    return this.driver.transaction({ exclusive: true }, async () => {
      let n = 0;
      for (const e of events) (insert.run(bindable(eventValues(e))), n++);
      return n;
    });
  }

  /**
   * Like `insertEvents`, for millions of events: the event indexes are dropped during the load
   * and rebuilt once after (one sort is far cheaper than a million random index inserts), then
   * the planner's statistics are refreshed.
   */
  async bulkLoadEvents(events: Iterable<EventFields>, batch = 100_000): Promise<number> {
    const db = this.driver.db;
    const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
    const insert = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`);
    let n = 0;
    await this.driver.transaction({ exclusive: true }, async () => {
      for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
    });
    try {
      const iterator = events[Symbol.iterator]();
      for (let done = false; !done; ) {
        await this.driver.transaction({ exclusive: true }, async () => {
          for (let i = 0; i < batch; i++) {
            const next = iterator.next();
            if ((done = !!next.done)) break;
            insert.run(bindable(eventValues(next.value)));
            n++;
          }
        });
      }
    } finally {
      await this.driver.transaction({ exclusive: true }, async () => {
        for (const index of indexes) db.exec(index.sql);
      });
      await this.driver.exec('ANALYZE');
    }
    return n;
  }

  /** Refreshes the planner's statistics (after a bulk load). */
  async analyze(): Promise<void> {
    await this.driver.exec('ANALYZE');
  }
}

const BUSY_WAIT_MS = 5000;
const BUSY_PAUSE_MS = 20;

/** Runs a statement or a migration, again and again for up to 5 s while another connection holds the lock it needs. */
async function retryBusy<T>(run: () => T | Promise<T>): Promise<T> {
  for (let waited = 0; ; waited += BUSY_PAUSE_MS) {
    try {
      return await run();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || waited > BUSY_WAIT_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS));
    }
  }
}

/** Opens (creating if needed) the SQLite store at `path` and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<SqliteStore> {
  // another process may hold a lock for a moment (two serving workers opening a new store switch it to
  // WAL and migrate it at once): wait for it rather than fail, from the very first statement
  const db = new Database(path, { timeout: 5000 });
  // switching a new file to WAL may be refused at once, busy handler or not: try again for a while
  await retryBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // ten indexes on events: a larger page cache keeps their upper levels in memory
  db.pragma('cache_size = -65536');
  db.pragma('mmap_size = 268435456');
  const store = new SqliteStore(new SqliteDriver(db));
  try {
    await retryBusy(() => store.migrate());
  } catch (error) {
    db.close();
    throw error;
  }
  return store;
}
