/**
 * Gazetteer coverage on the dev geoparsing gold sets (../shared/eval/geo): the share of gold
 * toponyms whose GeoNames id is in the gazetteer, and whose phrase has a candidate within
 * 161 km (100 miles, the usual geoparsing accuracy radius) of the gold point.
 * Run: node --import tsx scripts/gazetteer-coverage.ts [--misses N]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../src/places/gazetteer.js';

interface Toponym { phrase: string; lat: number | null; lon: number | null; geonameid: string | null; type?: string | null }
const EVAL = join(import.meta.dirname, '..', '..', 'shared', 'eval', 'geo');
// GeoWebNews annotates cue words and non-toponyms too; the authors leave these out of toponym scores
const NOT_TOPONYMS = new Set(['Literal_Expression', 'Non_Lit_Expression', 'Non_Toponym']);
const missArg = process.argv.indexOf('--misses');
const showMisses = missArg > 0 ? Number(process.argv[missArg + 1]) : 0;

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const gaz = loadGazetteer();
for (const file of ['geowebnews.jsonl', 'tr-news.jsonl']) {
  let withId = 0, idIn = 0, withPoint = 0, near = 0, nearOrSame = 0, found = 0, all = 0;
  const missId = new Map<string, number>();
  const missNear = new Map<string, number>();
  for (const line of readFileSync(join(EVAL, file), 'utf8').split('\n')) {
    if (!line) continue;
    for (const t of (JSON.parse(line) as { toponyms: Toponym[] }).toponyms) {
      if (t.type && NOT_TOPONYMS.has(t.type)) continue;
      all++;
      const cands = gaz.lookup(t.phrase.replace(/(?:'s|’s)$/, ''));
      const dem = gaz.demonym(t.phrase);
      if (cands.length > 0 || dem) found++;
      if (t.geonameid) {
        withId++;
        if (gaz.byId(Number(t.geonameid))) idIn++;
        else missId.set(t.phrase, (missId.get(t.phrase) ?? 0) + 1);
      }
      if (t.lat !== null && t.lon !== null) {
        withPoint++;
        const pts = cands.map((e) => [e.lat, e.lon]);
        if (dem) pts.push([dem.lat, dem.lon]);
        const isNear = pts.some(([la, lo]) => km(la, lo, t.lat!, t.lon!) <= 161);
        if (isNear) near++;
        // a country or region whose point is ours, not GeoNames', is still the right place when the id agrees
        const gid = Number(t.geonameid);
        if (isNear || (t.geonameid && (cands.some((e) => e.id === gid) || dem?.geonameId === gid))) nearOrSame++;
        else missNear.set(t.phrase, (missNear.get(t.phrase) ?? 0) + 1);
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  console.log(`${file}: ${all} toponyms; phrase found ${pct(found, all)}; gold id in gazetteer ${pct(idIn, withId)}; candidate ≤161 km ${pct(near, withPoint)}, ≤161 km or the gold id ${pct(nearOrSame, withPoint)}`);
  if (showMisses > 0) {
    const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, showMisses).map(([p, n]) => `${p}×${n}`).join(', ');
    console.log(`  ids missing: ${top(missId)}`);
    console.log(`  not near: ${top(missNear)}`);
  }
}
