/**
 * Matching a place name as a user types it against the gazetteer's canonical name: GeoNames
 * writes "Al Fallūjah" where people type "Fallujah", so case, accents, punctuation and a
 * leading Arabic article ("al-", "el-", "ad-"…) or "the" do not count.
 */
import { placeKey } from '../places/gazetteer.js';

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
