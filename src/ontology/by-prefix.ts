/** Lookup in a table of CAMEO code prefixes, most specific first (the tables of intents, threats, refusals, demands). */

/** The value of the first prefix `code` starts with, or null. */
export function byPrefix(table: ReadonlyArray<readonly [string, string]>, code: string): string | null {
  for (const [prefix, value] of table) if (code.startsWith(prefix)) return value;
  return null;
}
