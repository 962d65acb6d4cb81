/** ISO 3166-1 alpha-2 ↔ alpha-3, so a location known by either code is filterable by both. */
import { createRequire } from 'node:module';

interface CountryCodes {
  cca2: string;
  cca3: string;
}

let iso3ByIso2: Map<string, string> | null = null;

/** The ISO-3 code of an ISO-2 code (null when unknown). */
export function iso3Of(iso2: string | null | undefined): string | null {
  if (!iso2) return null;
  if (!iso3ByIso2) {
    // loaded on first use: the table is only needed when a location lacks its ISO-3 code
    const countries = createRequire(import.meta.url)('world-countries/countries.json') as CountryCodes[];
    iso3ByIso2 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  }
  return iso3ByIso2.get(iso2.toUpperCase()) ?? null;
}
