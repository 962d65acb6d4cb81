/**
 * The little a backend must provide so the shared SQL store (`engine.ts`) can run on it:
 * statements with `?` placeholders, transactions with writer locks, and the few spots
 * where SQLite and PostgreSQL differ (full text).
 */

/** One row as the driver returns it. */
export type Row = Record<string, unknown>;

/** Runs statements; every statement uses `?` placeholders (a backend rewrites them if needed). */
export interface Queryable {
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** runs a statement that returns no rows; resolves to the number of rows changed */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** runs a script of several statements without parameters (migrations) */
  exec(sql: string): Promise<void>;
}

/**
 * What a transaction must be serialized against: `exclusive` against every writer (re-merging,
 * deleting, migrating), `roots` against writers merging events of the same CAMEO roots.
 */
export type WriteLock = { exclusive: true } | { roots: string[] };

/** The SQL differences between backends. */
export interface Dialect {
  /** a subquery selecting the ids of documents matching the full-text parameter `?` */
  documentsMatching: string;
  /** the value bound to that parameter for a user's query text (null: nothing can match) */
  fullTextParam(q: string): string | null;
}

/** A connection (or pool) to one database. */
export interface Driver extends Queryable {
  readonly kind: 'sqlite' | 'postgres';
  readonly dialect: Dialect;
  /** runs `fn` in one transaction: committed when it resolves, rolled back when it throws */
  transaction<T>(lock: WriteLock, fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** One schema step; versions are 1, 2, 3… in order and never edited once released. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
