/**
 * Toponym resolution: each place span gets the gazetteer entry it most likely names, from
 * what the text around it says (containment: "Aleppo, Syria", "X in Y", "the northern Iraqi
 * city of Mosul", "Anbar Province"), what the whole article is about (its focus countries),
 * the other places it names (consistency) and priors (feature class, population).
 */
import type { PlaceMention, Span } from '../types.js';
import { loadGazetteer, placeKey, type GazEntry, type Gazetteer } from './gazetteer.js';
import { localSupport, nearKm, type LocalName } from './local-focus.js';

/** A span to resolve, with what the recogniser already knows about it. */
export interface PlaceSpan extends Span {
  /** a demonym ("Iraqi") names its country */
  kind?: 'name' | 'demonym';
  /** the recogniser's weight of this span for the article's focus (datelines count less) */
  weight?: number;
  /** the country (ISO-2 or ISO-3) an actor dictionary already gave this name ("U.S.") */
  country?: string;
}

/** Options of resolution. */
export interface ResolveOptions {
  /** publication date YYYY-MM-DD (kept for callers; names do not change with time in our gazetteer) */
  publishedAt?: string | null;
  gazetteer?: Gazetteer;
  /** countries (ISO-2) the document is known to be about, with weights (e.g. from its actors) */
  focusHint?: ReadonlyMap<string, number>;
  /** give a span the gazetteer does not know the point of the article's main town, marked `approximate` (default true) */
  guessUnknown?: boolean;
}

interface Constraint {
  country: string;
  admin1: string | null;
}

interface Candidates {
  span: PlaceSpan;
  text: string;
  entries: GazEntry[];
  /** a containing place named next to it */
  within: Constraint | null;
  /** "Anbar Province": the name is followed by an administrative word */
  adminWord: boolean;
  /** "the city of X", "X city": the name is followed or preceded by a settlement word */
  cityWord: boolean;
  /** "Tacoma, Washington": the admin-1 region ("US.WA") the town named just before it lies in */
  containerFor: string | null;
  /** ISO-2 of the country an actor dictionary gave the name */
  hint: string | null;
  /** the normalized name */
  key: string;
  /** each entry's score from priors and containment alone (set by the first pass) */
  prior?: number[];
}

const DIRECTION = '(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\\s+)?';
const PROPER = "[A-Z][\\p{L}'’.-]*(?:\\s+(?:al-|el-|ad-|ar-|as-|de\\s+|del\\s+|la\\s+)?[A-Z][\\p{L}'’.-]*){0,3}";
const ADMIN_AFTER = /^\s+(?:Province|province|Governorate|governorate|Region|region|State|state|District|district|Oblast|oblast|County|county|Prefecture|prefecture|Department|department)\b/;
const CITY_AFTER = /^\s+(?:city|City|town|Town|village)\b/;
// "Aleppo, Syria" / "Mosul in northern Iraq"
const CONTAINER_AFTER = new RegExp(`^(?:,\\s*|\\s+in\\s+(?:the\\s+)?${DIRECTION})(${PROPER})`, 'u');
// "the northern Iraqi city of Mosul", "Syria's Aleppo province", "Iraq's second city, Mosul"
const CONTAINER_BEFORE = new RegExp(`(${PROPER})(?:\\s+(?:city|town|village|province|region|governorate|capital|port|district|state|border town|provincial capital)\\s+of\\s+|(?:'s|’s)\\s+(?:[a-z-]+\\s+){0,3})$`, 'u');
const DIRECTION_PREFIX = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest|upper|lower)\s+(.+)$/i;
const CITY_BEFORE = /(?:city|town|village|capital|port|provincial capital|border town)\s+of\s+$/;

// how much a namesake gains from the article's other places near it (per doubling of their number)
const NEAR_WEIGHT = 2;
// a town this near a big city is in its orbit: its region's bare name may still mean the city
const CITY_REACH_KM = 161;
// a name's reading this likely before the local focus is taken as clear
const CLEAR_READING = 0.7;
// …and this many such towns in a region make a story local to it (one may be a dateline or an aside)
const MIN_LOCAL_TOWNS = 2;
// …in full where its country has at least this share of the article's focus, less below
const FULL_FOCUS_SHARE = 0.8;

/** The article's distinct names with their readings and how likely each is from priors and containment alone, for its local focus. */
function localNames(gaz: Gazetteer, cands: readonly Candidates[]): LocalName[] {
  const seen = new Map<string, LocalName & { pinned: boolean }>();
  for (const c of cands) {
    if (c.span.kind === 'demonym' || c.entries.length === 0) continue;
    const seenBefore = seen.get(c.key);
    // a name its container pins down once ("Pullman, Wash.") is pinned wherever the article repeats it
    if (seenBefore && (seenBefore.pinned || c.within === null)) continue;
    if (c.entries.length === 1) {
      seen.set(c.key, { key: c.key, entries: c.entries, likelihood: [1], pinned: true });
      continue;
    }
    const prior = c.prior ?? c.entries.map((e) => score(gaz, c, e, null));
    const scored = c.entries.map((e, k) => ({ e, s: prior[k] })).sort((a, b) => b.s - a.s);
    const top = scored[0].s;
    let sum = 0;
    for (const x of scored) sum += (x.s = Math.exp(x.s - top));
    seen.set(c.key, { key: c.key, entries: scored.map((x) => x.e), likelihood: scored.map((x) => x.s / sum), pinned: c.within !== null });
  }
  return [...seen.values()];
}

/**
 * "Spokane … Yakima … Washington", "Albany … Utica … New York": a bare name that is both a
 * region and a big city (or the capital) means the region when two or more of the article's
 * clear towns lie in that region and none of them is near the city. Marks such names with `containerFor`.
 */
function markRegionsOfLocalTowns(cands: Candidates[], names: readonly LocalName[]): void {
  // the article's towns whose reading is clear from priors and containment alone
  const towns: GazEntry[] = [];
  const townKeys: string[] = [];
  for (const n of names) {
    if (n.entries[0].featureClass === 'P' && n.likelihood[0] >= CLEAR_READING) (towns.push(n.entries[0]), townKeys.push(n.key));
  }
  if (towns.length === 0) return;
  for (const c of cands) {
    if (c.containerFor !== null || c.adminWord || c.cityWord || c.entries.length < 2) continue;
    const region = c.entries.find((e) => e.featureCode === 'ADM1');
    if (!region) continue;
    const cities = c.entries.filter((e) => e.featureClass === 'P' && e.country === region.country && (e.featureCode === 'PPLC' || e.admin1Code === region.admin1Code));
    if (cities.length === 0) continue;
    let inRegion = 0;
    let nearCity = false;
    towns.forEach((t, k) => {
      if (townKeys[k] === c.key || t.country !== region.country || t.admin1Code !== region.admin1Code) return;
      inRegion++;
      if (cities.some((city) => nearKm(city, t) <= CITY_REACH_KM)) nearCity = true;
    });
    if (inRegion >= MIN_LOCAL_TOWNS && !nearCity) c.containerFor = `${region.country}.${region.admin1Code}`;
  }
}

/** Resolves place spans against the gazetteer: one place per span, null where no entry fits. */
export function resolvePlaces(text: string, spans: readonly PlaceSpan[], { gazetteer, focusHint, guessUnknown = true }: ResolveOptions = {}): (PlaceMention | null)[] {
  const gaz = gazetteer ?? loadGazetteer();
  const cands = spans.map((span) => candidatesOf(gaz, text, span));
  // Pass 1: priors and containment only, to learn what the article is about.
  const first = cands.map((c) => best(gaz, c, null));
  const focus = new Map<string, number>(focusHint ?? []);
  cands.forEach((c, k) => {
    const e = first[k];
    if (!e) return;
    // a name with one reading is firm evidence; an ambiguous one counts for less
    const firm = c.entries.length <= 1 || e.featureCode.startsWith('PCL') || c.within !== null ? 1 : 0.4;
    focus.set(e.country, (focus.get(e.country) ?? 0) + firm * (c.span.weight ?? 1));
  });
  const total = [...focus.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [k, v] of focus) focus.set(k, v / total);
  // Admin-1 regions named firmly in the article pull ambiguous towns toward them.
  const regions = new Set<string>();
  cands.forEach((c, k) => {
    const e = first[k];
    // (a region chosen over its namesake towns, "Louisiana", is as firm as an unambiguous name)
    if (e && (c.entries.length <= 1 || c.within || e.featureCode === 'ADM1') && !e.featureCode.startsWith('PCL')) regions.add(`${e.country}.${e.admin1Code}`);
  });
  // "Tacoma, Washington": a name right after a town and a comma that names the region the town
  // lies in is that region, not a namesake city ("Washington" the capital)
  for (let k = 1; k < cands.length; k++) {
    const town = first[k - 1];
    if (!town || town.featureClass !== 'P' || !/^,\s*$/.test(text.slice(cands[k - 1].span.end, cands[k].span.start))) continue;
    if (cands[k].entries.some((e) => e.featureCode === 'ADM1' && e.country === town.country && e.admin1Code === town.admin1Code)) cands[k].containerFor = `${town.country}.${town.admin1Code}`;
  }
  const names = localNames(gaz, cands);
  markRegionsOfLocalTowns(cands, names);
  // Pass 2: with the article's focus, its firm regions and the places near its other places.
  // (a namesake in a country the article is not about gains nothing from it: not worth the search)
  const nearby = localSupport(names, (e) => focus.has(e.country));
  const second = cands.map((c) => best(gaz, c, { focus, regions, local: nearby }));
  // One sense per article: a name the text pins down once ("London, Ont.", "Idlib province") means
  // the same place where the article repeats it bare.
  let pinned: Map<string, GazEntry> | null = null;
  cands.forEach((c, k) => {
    const e = second[k];
    if (e && (c.within !== null || c.adminWord || c.cityWord) && c.entries.length > 1) (pinned ??= new Map()).set(c.key, e);
  });
  if (pinned !== null) {
    cands.forEach((c, k) => {
      const e = pinned!.get(c.key);
      if (e && c.within === null && !c.adminWord && !c.cityWord && c.span.kind !== 'demonym') second[k] = e;
    });
  }
  const counties = cands.some((c) => c.entries.length === 0);
  const ctx: Context = { focus, regions, mainRegion: counties ? mainRegion(second) : null, mainLocality: counties ? mainLocality(second, focus) : null };
  const out = cands.map((c, k) => {
    const e = second[k];
    if (e) return toPlace(gaz, text, c.span, e);
    // "Laurel County, Ky.": a county our gazetteer lacks is near its namesake town in that state,
    // else somewhere in the state it names — an approximate point, with no GeoNames id of its own
    const seat = countyPoint(gaz, c, ctx);
    return seat ? { ...toPlace(gaz, text, c.span, seat), geonameId: null, name: c.text, featureCode: 'ADM2', approximate: true } : null;
  });
  if (!guessUnknown) return out;
  // A span the gazetteer does not hold (a street, a building, a neighbourhood) is most likely in
  // the town the article is about: give it that town's point, marked approximate.
  const local = mainLocality(second, focus);
  if (!local) return out;
  return out.map((p, k) => p ?? { ...toPlace(gaz, text, cands[k].span, local), geonameId: null, name: text.slice(cands[k].span.start, cands[k].span.end), featureCode: '', approximate: true });
}

/** The populated place the article names most often (ties: the first named), if any. */
function mainLocality(resolved: ReadonlyArray<GazEntry | null>, focus?: ReadonlyMap<string, number>): GazEntry | null {
  // the country the article is most about: a town abroad that it names twice is not where its streets are
  let country: string | null = null;
  if (focus) for (const [k, v] of focus) if (country === null || v > focus.get(country)!) country = k;
  // and within it the region it names most (its towns and the region itself): "Centreville",
  // "Gainesville, Va." outweigh a namesake "Jamison" read in Alabama
  const region = mainRegion(resolved, country);
  const key = region ? `${region.country}.${region.admin1}` : null;
  const counts = new Map<number, { e: GazEntry; n: number }>();
  for (const e of resolved) {
    if (!e || e.featureClass !== 'P') continue;
    const c = counts.get(e.id);
    if (c) c.n++;
    else counts.set(e.id, { e, n: 1 });
  }
  let top: { e: GazEntry; n: number } | null = null;
  let home: { e: GazEntry; n: number } | null = null;
  let local: { e: GazEntry; n: number } | null = null;
  for (const c of counts.values()) {
    if (!top || c.n > top.n) top = c;
    if (c.e.country === country && (!home || c.n > home.n)) home = c;
    if (key !== null && `${c.e.country}.${c.e.admin1Code}` === key && (!local || c.n > local.n)) local = c;
  }
  return (local ?? home ?? top)?.e ?? null;
}

function candidatesOf(gaz: Gazetteer, text: string, span: PlaceSpan): Candidates {
  const raw = text.slice(span.start, span.end);
  const name = raw.replace(/(?:'s|’s)$/, '');
  let entries: GazEntry[] = span.kind === 'demonym' ? [] : gaz.lookup(name);
  // "South Florida", "Western US", "eastern Ukraine": a part of a country or region the gazetteer
  // has no entry for is placed at the whole (its country or admin-1 region, never a town)
  if (entries.length === 0 && span.kind !== 'demonym') {
    const d = DIRECTION_PREFIX.exec(name);
    if (d) entries = gaz.lookup(d[1]).filter((e) => e.featureClass !== 'P');
  }
  // "Turkish", "American": a demonym names its country (even where a town shares the word)
  const country = gaz.demonym(name) ?? (entries.length === 0 ? (gaz.country(name) ?? (span.country ? gaz.country(span.country) : undefined)) : undefined);
  if (country && !entries.some((e) => e.featureCode.startsWith('PCL') && e.country === country.iso2)) {
    const ce = countryEntry(gaz, country.iso2);
    if (ce) entries = [ce, ...entries];
  }
  const after = text.slice(span.end, span.end + 80);
  const before = text.slice(Math.max(0, span.start - 80), span.start);
  const adminWord = ADMIN_AFTER.test(after);
  const cityWord = CITY_AFTER.test(after) || CITY_BEFORE.test(before);
  let within: Constraint | null = null;
  const a = CONTAINER_AFTER.exec(after);
  if (a) within = containerOf(gaz, a[1]);
  if (!within) {
    const b = CONTAINER_BEFORE.exec(before);
    if (b) within = containerOf(gaz, b[1]);
  }
  const hint = span.country ? (gaz.country(span.country)?.iso2 ?? null) : null;
  return { span, text: name, entries, within, adminWord, cityWord, hint, key: placeKey(name), containerFor: null };
}

/** The country or admin-1 region a container phrase names ("Syria", "Iraqi", "Anbar Province"). */
function containerOf(gaz: Gazetteer, phrase: string): Constraint | null {
  const words = phrase.split(/\s+/);
  // try the longest prefix first: "New York State" before "New"
  for (let n = words.length; n >= 1; n--) {
    const p = words.slice(0, n).join(' ').replace(/[.,]$/, '');
    const c = gaz.country(p) ?? gaz.demonym(p);
    if (c) return { country: c.iso2, admin1: null };
    const adm = gaz.lookup(p).find((e) => e.featureCode === 'ADM1');
    if (adm) return { country: adm.country, admin1: adm.admin1Code };
  }
  return null;
}

interface Context {
  focus: Map<string, number>;
  regions: Set<string>;
  /** per candidate id, how many of the article's other names have a likely reading near it */
  local?: Map<number, number>;
  /** the admin-1 region the article's places mostly lie in (only computed when a county needs it) */
  mainRegion?: { country: string; admin1: string } | null;
  /** the town the article names most */
  mainLocality?: GazEntry | null;
}

function best(gaz: Gazetteer, c: Candidates, ctx: Context | null): GazEntry | null {
  let top: GazEntry | null = null;
  let topScore = -Infinity;
  // the scores without context are asked for again by the local focus: keep them
  const keep = ctx === null && c.entries.length > 1 ? (c.prior = new Array<number>(c.entries.length)) : null;
  for (let k = 0; k < c.entries.length; k++) {
    const e = c.entries[k];
    const s = score(gaz, c, e, ctx);
    if (keep) keep[k] = s;
    if (s > topScore) {
      top = e;
      topScore = s;
    }
  }
  return top;
}

function score(gaz: Gazetteer, c: Candidates, e: GazEntry, ctx: Context | null): number {
  let s = Math.log10(e.population + 10) * 0.8;
  const fc = e.featureCode;
  // "White House" is an alternate name of Casablanca, "Franklin" of Columbus: a place's own name counts more
  // ("New York City", "Kuwait City": the bare name is the city's own name too)
  const own = placeKey(e.name);
  if (own === c.key || (own.length === c.key.length + 5 && own.endsWith(' city') && own.startsWith(c.key))) s += 1.5;
  if (fc.startsWith('PCL')) s += 3;
  else if (fc === 'PPLC') s += 2;
  else if (fc === 'PPLA') s += 0.8;
  else if (fc === 'PPLA2') s += 0.3;
  else if (fc === 'ADM1') s += c.adminWord || (c.containerFor !== null && c.containerFor === `${e.country}.${e.admin1Code}`) ? 4 : regionOrCity(c, e);
  // a continent or an ocean has no population of its own but outranks any village named after it ("Asia", "Pacific")
  else if (fc === 'CONT') s += 4.5;
  else if (fc === 'SEA' || fc === 'OCN') s += 4.5;
  else if (e.featureClass === 'L' || fc === 'RGN') s += 1;
  if (c.adminWord && e.featureClass === 'P') s -= 1.5;
  if (c.cityWord && e.featureClass === 'P') s += 1;
  if (c.hint !== null && e.country === c.hint) s += 3;
  if (c.within) {
    if (e.country === c.within.country) {
      s += 5;
      if (c.within.admin1 !== null && e.admin1Code === c.within.admin1) s += 2;
    } else s -= 3;
  }
  if (ctx) {
    s += 7 * (ctx.focus.get(e.country) ?? 0);
    if (!fc.startsWith('PCL') && ctx.regions.has(`${e.country}.${e.admin1Code}`)) s += 1.5;
    const near = c.entries.length > 1 ? ctx.local?.get(e.id) : undefined;
    // (only in a country the article is about: a village abroad near some stray namesake is no local focus)
    if (near) s += Math.min(1, (ctx.focus.get(e.country) ?? 0) / FULL_FOCUS_SHARE) * NEAR_WEIGHT * Math.log2(1 + near);
  }
  return s;
}

/**
 * The prior of an admin-1 region named bare, without "Province" or "State": when a city in it has
 * the same name and holds a large share of its people ("New York", "Baghdad", "Aleppo"), the bare
 * name is the city; when the namesake city is a small part of it ("Quebec", "Idlib") or no city
 * in it shares the name ("Alberta", "Delaware" the state, not the Ohio town), it is the region.
 */
function regionOrCity(c: Candidates, region: GazEntry): number {
  let city = 0;
  for (const e of c.entries) {
    if (e.featureClass !== 'P' || e.country !== region.country) continue;
    // the country's capital named like one of its regions is what a bare name means ("Washington")
    if (e.featureCode === 'PPLC') return -2.5;
    if (e.admin1Code === region.admin1Code && e.population > city) city = e.population;
  }
  if (city === 0) return 0.5;
  return city >= 0.25 * region.population ? -2.5 : c.cityWord ? -1 : 1.5;
}

const COUNTY = /^(.+) (?:county|co|parish|township|borough)$/;

/** The point of a county the gazetteer lacks: its namesake town in the state the text puts it in (or the article's focus), else that state. */
function countyPoint(gaz: Gazetteer, c: Candidates, ctx: Context): GazEntry | null {
  const m = c.entries.length === 0 ? COUNTY.exec(c.key) : null;
  if (!m) return null;
  const towns = gaz.lookup(m[1]).filter((e) => e.featureClass === 'P' && (c.within === null || (e.country === c.within.country && (c.within.admin1 === null || e.admin1Code === c.within.admin1))));
  const town = best(gaz, { ...c, entries: towns, key: m[1], within: null }, ctx);
  // the namesake town only in the state the text names or a region the article is firmly about:
  // elsewhere "Metcalfe County" and the town of Metcalfe are states apart
  if (town && (c.within?.admin1 || ctx.regions.has(`${town.country}.${town.admin1Code}`))) return town;
  const region = c.within?.admin1 ? { country: c.within.country, admin1: c.within.admin1 } : c.within === null ? (ctx.mainRegion ?? null) : null;
  // a county is a few dozen km across: the article's main town, when it lies in that state, is nearer than the state's middle
  const local = ctx.mainLocality;
  if (region && local && local.country === region.country && local.admin1Code === region.admin1) return local;
  const a = region ? gaz.admin1(region.country, region.admin1) : undefined;
  return a ? { id: a.geonameId ?? 0, name: a.name, featureClass: 'A', featureCode: 'ADM1', country: a.country, admin1Code: a.code, lat: a.lat, lon: a.lon, population: a.population } : null;
}

/** The admin-1 region most of the article's towns and regions lie in, if any. */
function mainRegion(resolved: ReadonlyArray<GazEntry | null>, country?: string | null): { country: string; admin1: string } | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  for (const e of resolved) {
    if (!e || e.featureCode.startsWith('PCL') || e.admin1Code === '00' || !e.admin1Code || (country && e.country !== country)) continue;
    const k = `${e.country}.${e.admin1Code}`;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (top === null || n > counts.get(top)!) top = k;
  }
  if (top === null) return null;
  const dot = top.indexOf('.');
  return { country: top.slice(0, dot), admin1: top.slice(dot + 1) };
}

function countryEntry(gaz: Gazetteer, iso2: string): GazEntry | null {
  const c = gaz.country(iso2);
  if (!c) return null;
  return { id: c.geonameId ?? -1, name: c.name, featureClass: 'A', featureCode: 'PCLI', country: c.iso2, admin1Code: '00', lat: c.lat, lon: c.lon, population: c.population };
}

function toPlace(gaz: Gazetteer, text: string, span: PlaceSpan, e: GazEntry): PlaceMention {
  const country = gaz.country(e.country);
  const isCountry = e.featureCode.startsWith('PCL');
  return {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    geonameId: e.id > 0 ? e.id : null,
    name: e.name,
    featureCode: e.featureCode,
    admin1: isCountry ? null : (gaz.admin1(e.country, e.admin1Code)?.name ?? null),
    country: e.country || null,
    country3: country?.iso3 ?? null,
    lat: e.lat,
    lon: e.lon,
    ...(span.kind === 'demonym' ? { kind: 'demonym' as const } : {}),
  };
}
