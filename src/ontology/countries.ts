/** ISO 3166-1 country codes and names (world-countries, loaded once): validation of filters, ISO-2 ↔ ISO-3. */
import { createRequire } from 'node:module';

interface Country {
  cca2: string;
  cca3: string;
  name: { common: string };
}

// The package is CommonJS JSON: its typings' default export does not match what Node hands ESM.
const countries = createRequire(import.meta.url)('world-countries/countries.json') as Country[];

const CODES: ReadonlySet<string> = new Set(countries.flatMap((c) => [c.cca2, c.cca3]));
const NAMES: ReadonlyMap<string, string> = new Map(countries.flatMap((c) => [[c.cca2, c.name.common], [c.cca3, c.name.common]] as const));

/** True when the (upper-case) code is an ISO 3166-1 alpha-2 or alpha-3 code. */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** Common English name of a country from its alpha-2 or alpha-3 code, or null. */
export function countryName(code: string | null | undefined): string | null {
  return code ? (NAMES.get(code.toUpperCase()) ?? null) : null;
}

const ALPHA3: ReadonlyMap<string, string> = new Map(countries.flatMap((c) => [[c.cca2, c.cca3], [c.cca3, c.cca3]] as const));

/** The ISO 3166-1 alpha-3 code of an alpha-2 or alpha-3 code, or null. */
export function countryAlpha3(code: string | null | undefined): string | null {
  return code ? (ALPHA3.get(code.toUpperCase()) ?? null) : null;
}
