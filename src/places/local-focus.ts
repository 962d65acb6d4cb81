/**
 * The local focus of an article: local news names places near each other ("Lewiston police …
 * recovered in Clarkston … a Moscow man … arrested in Pullman, Wash."), so among a name's
 * namesakes the one near the article's other places is most likely meant. Each town-like
 * candidate gets support from the other names of the article that have a candidate near it
 * (within a county or two) or in the same admin-1 region; a name with one reading, or pinned by
 * its container ("Pullman, Wash."), supports fully, an ambiguous one a little.
 */
import type { GazEntry } from './gazetteer.js';

/** One distinct name of the article and its readings. */
export interface LocalName {
  key: string;
  /** candidate readings, best prior first */
  entries: readonly GazEntry[];
  /** how likely each reading is before the article's local focus (summing to 1): a name whose
   * readings are near equals ("Auburn") supports each of them a little, one with a dominant
   * reading ("Washington") supports mostly that one */
  likelihood: readonly number[];
}

/** How near counts as "nearby" (km): a county or two, the range of a local paper. */
export const NEAR_KM = 100;
// an ambiguous name's candidates beyond its most likely few add only noise (every state has a Franklin)
const MAX_READINGS = 12;

/** Whether an entry is a point-like place that proximity can support (a town, a county, a feature), not a country or a state. */
function pointLike(e: GazEntry): boolean {
  return !e.featureCode.startsWith('PCL') && e.featureCode !== 'ADM1' && e.featureCode !== 'CONT' && e.featureCode !== 'SEA' && e.featureCode !== 'OCN' && e.featureCode !== 'RGN';
}

/** Approximate distance in km (equirectangular: exact enough at the scale of a county). */
export function nearKm(a: GazEntry, b: GazEntry): number {
  const r = Math.PI / 180;
  const x = (a.lon - b.lon) * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = a.lat - b.lat;
  return 111.2 * Math.sqrt(x * x + y * y);
}

/** Support per candidate entry id (of the eligible ones): how many of the article's other names have a reading near it, each weighted by that reading's likelihood. */
export function localSupport(names: readonly LocalName[], eligible: (e: GazEntry) => boolean = () => true): Map<number, number> {
  const out = new Map<number, number>();
  if (names.length < 2) return out;
  const maxDeltaLat = NEAR_KM / 111.2;
  // each name's point-like readings among its likeliest, with their likelihood (asked for once per pair of names, so made once)
  const points = names.map((n) => {
    const list: Array<{ e: GazEntry; p: number }> = [];
    for (let q = 0; q < n.entries.length && q < MAX_READINGS; q++) if (pointLike(n.entries[q])) list.push({ e: n.entries[q], p: n.likelihood[q] });
    return list;
  });
  for (let k = 0; k < names.length; k++) {
    const own = names[k];
    if (own.entries.length <= 1) continue; // nothing to choose
    for (let r = 0; r < own.entries.length && r < MAX_READINGS; r++) {
      const e = own.entries[r];
      if (!pointLike(e) || !eligible(e)) continue;
      let near = 0;
      for (let j = 0; j < names.length; j++) {
        const other = names[j];
        if (j === k || other.key === own.key) continue;
        // the most likely reading of the other name near this one
        let nearP = 0;
        for (const { e: o, p } of points[j]) if (p > nearP && Math.abs(o.lat - e.lat) < maxDeltaLat && nearKm(o, e) <= NEAR_KM) nearP = p;
        near += nearP;
      }
      if (near > 0) out.set(e.id, near);
    }
  }
  return out;
}
