/**
 * Matching a place name as a user types it against the gazetteer's canonical name: GeoNames
 * writes "Al Fallūjah" where people type "Fallujah", so case, accents, punctuation and a
 * leading Arabic article ("al-", "el-", "ad-"…) or "the" do not count.
 */
import { loadGazetteer, placeKey } from '../places/gazetteer.js';
import type { ControlClaim, Store } from '../store/types.js';

const ARTICLE = /^(?:a[ldnrstz]|el|the)\s+/;

/** the comparable form of a place name: the gazetteer's lookup key without a leading article */
export function foldPlaceName(name: string): string {
  return placeKey(name).replace(ARTICLE, '');
}

/** true when a typed place name designates the place named `name` */
export function placeNameMatches(query: string, name: string): boolean {
  const q = foldPlaceName(query);
  return q !== '' && q === foldPlaceName(name);
}

/**
 * Every claim about the place a typed name or GeoNames id designates: the exact stored name, then
 * the folded name ("Fallujah" for "Al Fallūjah"), then the gazetteer's other names for it
 * ("Palmyra" for the stored "Tadmur", "Tal Afar" for "Tall ‘Afar").
 */
export async function claimsAboutPlace(store: Store, place: string, until?: string): Promise<ControlClaim[]> {
  if (/^\d+$/.test(place)) return store.controlClaims({ geonameId: Number(place), until });
  const claims = await store.controlClaims({ place, until });
  // However the backend matches names, an exact (case-insensitive) name is what was asked when there is one.
  const exact = claims.filter((c) => c.place.toLowerCase() === place.toLowerCase());
  if (exact.length > 0) return exact;
  if (claims.length > 0) return claims;
  const all = await store.controlClaims({ until });
  const folded = all.filter((c) => placeNameMatches(place, c.place));
  if (folded.length > 0) return folded;
  const ids = new Set(loadGazetteer().lookup(place).map((e) => e.id));
  return all.filter((c) => c.geonameId !== null && ids.has(c.geonameId));
}
