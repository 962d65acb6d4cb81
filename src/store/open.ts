/** Opens the store a target names: a PostgreSQL URL or a SQLite file path. */
import type { Store } from './types.js';

/** `postgres://`/`postgresql://` → PostgreSQL, anything else a SQLite file (default `$FAULTLINE_DB` or ./faultline.db). */
export async function openStore(target: string = process.env.FAULTLINE_DB ?? './faultline.db'): Promise<Store> {
  // each backend's driver is loaded only when that backend is used
  if (/^postgres(ql)?:\/\//i.test(target)) return (await import('./backends/postgres.js')).openPostgresStore(target);
  return (await import('./backends/sqlite.js')).openSqliteStore(target);
}
