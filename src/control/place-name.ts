/**
 * Matching a place name as a user types it against the gazetteer's canonical name: GeoNames
 * writes "Al Fallūjah" where people type "Fallujah", so case, accents, punctuation and a
 * leading Arabic article ("al-", "el-", "ad-"…) or "the" do not count.
 */

const ARTICLE = /^(?:a[ldnrstz]|el|the)\s+/;

/** the comparable form of a place name: lower case, no accents or punctuation, no leading article */
export function foldPlaceName(name: string): string {
  const plain = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʿʾ`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return plain.replace(ARTICLE, '');
}

/** true when a typed place name designates the place named `name` */
export function placeNameMatches(query: string, name: string): boolean {
  const q = foldPlaceName(query);
  return q !== '' && q === foldPlaceName(name);
}
