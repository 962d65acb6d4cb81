/**
 * Geoparsing accuracy on GeoWebNews and TR-News (shared/eval/geo): resolution given the gold
 * spans (accuracy within 161 km, exact GeoNames id, country) and recognition end to end
 * (precision / recall / F1 of place spans found by the pipeline).
 */
import { join } from 'node:path';
import { newDoc } from '../src/analyze.js';
import type { Lexicon } from '../src/lexicon/load.js';
import { loadGazetteer } from '../src/places/gazetteer.js';
import { resolvePlaces } from '../src/places/resolve.js';
import { PIPELINE } from '../src/pipeline/index.js';
import type { Context } from '../src/pipeline/stage.js';
import { readJsonl } from './data.js';
import { prf, type Prf } from './metrics.js';

interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
  type: string | null;
}

interface GeoRecord {
  id: string;
  date: string | null;
  text: string;
  toponyms: GoldToponym[];
}

/** The figures of one dataset. */
export interface GeoScores {
  dataset: string;
  articles: number;
  /** gold toponyms scored for resolution (with coordinates) */
  resolvable: number;
  acc161: number;
  /** mean error in km over resolved toponyms (unresolved excluded) */
  meanKm: number;
  unresolved: number;
  exactId: number;
  exactIdOf: number;
  country: number;
  countryOf: number;
  /** recognition: exact spans, and spans that overlap */
  recognition: Prf & { tp: number; fp: number; fn: number };
  recognitionOverlap: Prf;
  misses: Array<{ id: string; phrase: string; gold: string; ours: string; km: number | null }>;
}

/** GeoWebNews types that are not toponyms (cue words such as "members", "explosion"). */
const NOT_TOPONYM = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym']);

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Runs the pipeline up to places on a text as given (no cleaning, so gold offsets hold). */
function pipelinePlaces(text: string, date: string | null, lexicon: Lexicon): Array<{ start: number; end: number }> {
  const doc = newDoc({ text, date: date ?? '2019-01-01' });
  doc.text = text;
  const ctx: Context = { lexicon, predicates: false };
  for (const stage of PIPELINE) {
    if (stage.name === 'clean') continue;
    stage.run(doc, ctx);
    if (stage.name === 'places') break;
  }
  return doc.places;
}

/** Scores one dataset file. */
export function evalGeoFile(path: string, dataset: string, lexicon: Lexicon): GeoScores {
  const gaz = loadGazetteer();
  const records = readJsonl<GeoRecord>(path);
  let resolvable = 0, within = 0, unresolved = 0, kmSum = 0, kmN = 0;
  let exactId = 0, exactIdOf = 0, country = 0, countryOf = 0;
  const rec = { tp: 0, fp: 0, fn: 0 };
  const overlap = { tp: 0, fp: 0, fn: 0 };
  const misses: GeoScores['misses'] = [];
  for (const r of records) {
    const gold = r.toponyms.filter((t) => !NOT_TOPONYM.has(t.type ?? ''));
    // resolution given the gold spans
    const ours = resolvePlaces(r.text, gold.map(({ start, end }) => ({ start, end })), { publishedAt: r.date, gazetteer: gaz });
    gold.forEach((g, k) => {
      const p = ours[k];
      if (g.lat !== null && g.lon !== null) {
        resolvable++;
        const km = p && p.lat !== null && p.lon !== null ? haversineKm(g.lat, g.lon, p.lat, p.lon) : null;
        if (km === null) unresolved++;
        else {
          kmSum += km;
          kmN++;
        }
        if (km !== null && km <= 161) within++;
        else if (misses.length < 400) misses.push({ id: r.id, phrase: g.phrase, gold: `${g.geonameid ?? '-'} ${g.lat},${g.lon}`, ours: p ? `${p.geonameId} ${p.name} ${p.featureCode} ${p.country} ${p.lat},${p.lon}` : 'none', km: km === null ? null : Math.round(km) });
      }
      if (g.geonameid) {
        exactIdOf++;
        if (p?.geonameId === Number(g.geonameid)) exactId++;
      }
      // GeoWebNews gives no country: take it from the gold GeoNames entry when our gazetteer has it
      const goldCountry = g.country ?? (g.geonameid ? (gaz.byId(Number(g.geonameid))?.country ?? null) : null);
      if (goldCountry) {
        countryOf++;
        if (p?.country === goldCountry) country++;
      }
    });
    // recognition end to end
    const found = pipelinePlaces(r.text, r.date, lexicon);
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(found.map(key));
    for (const f of foundKeys) if (goldKeys.has(f)) rec.tp++;
    else rec.fp++;
    for (const g of goldKeys) if (!foundKeys.has(g)) rec.fn++;
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const f of found) if (gold.some((g) => overlaps(f, g))) overlap.tp++;
    else overlap.fp++;
    for (const g of gold) if (!found.some((f) => overlaps(f, g))) overlap.fn++;
  }
  return {
    dataset,
    articles: records.length,
    resolvable,
    acc161: resolvable ? within / resolvable : 0,
    meanKm: kmN ? kmSum / kmN : 0,
    unresolved,
    exactId: exactIdOf ? exactId / exactIdOf : 0,
    exactIdOf,
    country: countryOf ? country / countryOf : 0,
    countryOf,
    recognition: { ...prf(rec), ...rec },
    recognitionOverlap: prf(overlap),
    misses,
  };
}

/** Both geoparsing datasets. */
export function evalGeo(dataDir: string, lexicon: Lexicon): GeoScores[] {
  return [evalGeoFile(join(dataDir, 'geo', 'geowebnews.jsonl'), 'GeoWebNews', lexicon), evalGeoFile(join(dataDir, 'geo', 'tr-news.jsonl'), 'TR-News', lexicon)];
}
