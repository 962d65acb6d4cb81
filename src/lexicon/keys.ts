/** Normalisation shared by the dictionary compiler and the matcher, so both agree on keys. */

const DASHES = new Set(['-', '–', '—', '‐']);

/** Whether a token is a dash that name matching skips ("al-Qaeda" = "al Qaeda"). */
export function isDash(token: string): boolean {
  return DASHES.has(token);
}

/** The lookup key of a token: lower case, straight apostrophes, no dots ("U.S." → "us"). */
export function tokenKey(token: string): string {
  let k = token.toLowerCase();
  if (k.includes('’') || k.includes('‘')) k = k.replace(/[’‘]/g, "'");
  if (k.length > 1 && k.includes('.')) k = k.replace(/\./g, '');
  return k;
}

/** The case-sensitive form of a token for ALL-CAPS names ("U.S." → "US"). */
export function caseKey(token: string): string {
  return token.length > 1 && token.includes('.') ? token.replace(/\./g, '') : token;
}

/** Whether a dictionary name must match in capitals only (ISIS, UN, IS). */
export function isAllCapsName(name: string): boolean {
  const letters = name.replace(/[^A-Za-z]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !/[a-z]/.test(name);
}
