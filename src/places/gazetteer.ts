/**
 * The offline gazetteer: GeoNames cities (≥ 1000 people), admin-1 regions, countries and our own
 * aliases and regions, compiled by src/scripts/build-gazetteer.ts into data/_gazetteer.bin.
 *
 * The compiled file is a small JSON header and then its columns and a ready-made open-addressing
 * hash table as raw little-endian arrays: loading reads one buffer and makes typed-array views
 * on it — no parsing of the columns, no per-name Map building, no copies that the heap keeps
 * after — and entry objects are made only when a lookup first returns them.
 */
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GazEntry { id: number; name: string; featureClass: string; featureCode: string; country: string /* ISO-2 */; admin1Code: string; lat: number; lon: number; population: number }
export interface CountryInfo { iso2: string; iso3: string; name: string; geonameId: number | null; lat: number; lon: number; population: number; capital: string | null; names: string[]; demonyms: string[] }
export interface Admin1Info { country: string; code: string; name: string; geonameId: number | null; lat: number; lon: number; population: number }
export interface Gazetteer {
  /** every entry (cities, admin1 regions as featureCode 'ADM1', countries as 'PCLI', alias-defined regions) known by this name, most populous first; case/diacritics-insensitive */
  lookup(name: string): GazEntry[];
  /** the longest number of words any name has (for longest-match scanning) */
  readonly maxWords: number;
  /** true when some name starts with these words (normalized, space-joined) — lets a scanner stop early */
  hasPrefix(words: string): boolean;
  byId(id: number): GazEntry | undefined;
  /** a country by ISO-2, ISO-3 or any of its names */
  country(key: string): CountryInfo | undefined;
  countries(): readonly CountryInfo[];
  admin1(country: string, code: string): Admin1Info | undefined;
  /** the country a demonym names ("Iraqi" → Iraq, "Syrian" → Syria), case-insensitive */
  demonym(word: string): CountryInfo | undefined;
}

/** Where the build writes the compiled gazetteer (two levels up from src/places or dist/places). */
export const GAZETTEER_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', '_gazetteer.bin');

/** Format version of the compiled file; the loader refuses any other. */
export const GAZETTEER_FORMAT = 2;

/** The compiled file's layout (written by the build script, read by the loader). */
export interface CompiledGazetteer {
  _: string;
  format: number;
  /** entries, in index order */
  count: number;
  /** display names joined by '\n'; `nameEnd` gives each one's end offset */
  names: string;
  nameEnd: Int32Array;
  /** GazEntry.id per entry */
  ids: Int32Array;
  /** coordinates, and population (Float64: country populations pass 2^31) */
  lat: Float32Array;
  lon: Float32Array;
  population: Float64Array;
  /** per entry three values: index into `featureCodes`, into `countryCodes`, into `admin1Codes` */
  meta: Uint16Array;
  featureCodes: string[];
  countryCodes: string[];
  admin1Codes: string[];
  /** entry indices sorted by id, for byId by binary search */
  idOrder: Int32Array;
  /** lookup keys joined by '\n'; `keyEnd` their end offsets */
  keys: string;
  keyEnd: Int32Array;
  /** per key, the end of its run in `postings`; a key with an empty run is only a prefix */
  postingEnd: Int32Array;
  /** entry indices, each key's run most populous first */
  postings: Int32Array;
  /** open-addressing hash table (size a power of two): key index + 1, 0 = empty slot */
  table: Int32Array;
  maxWords: number;
  countries: CountryInfo[];
  admin1: Admin1Info[];
  /** demonym key → ISO-2 */
  demonyms: Record<string, string>;
}

// Letters that NFD does not decompose but English text writes without their stroke or ligature.
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l', ĸ: 'k' };
// ASCII words with single spaces: the key is just the lower case (NFD, the folds and the
// punctuation pass all leave such a name as it is)
const PLAIN_NAME = /^[a-z0-9]+(?: [a-z0-9]+)*$/i;
// ʿ ʾ (ayn, hamza in transliteration), ʻ ʼ and quote-like marks all behave as apostrophes: dropped
const APOSTROPHES = /['’‘`´ʹʻʼʽʾʿ]/g;

const RECENT_KEYS_MAX = 50_000;
const recentKeys = new Map<string, string>();

/** the normalized lookup key of a name: lower case, diacritics folded, punctuation and hyphens as single spaces, apostrophes dropped */
export function placeKey(name: string): string {
  // most calls pass plain words, lower case from a scanner or capitalised ("Mosul"): skip the Unicode passes
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  // the recogniser asks for the same dotted or accented words over and over ("U.S.", "Aleppo’s"): the
  // Unicode passes below cost more than a map lookup, so remember recent answers
  let key = recentKeys.get(name);
  if (key === undefined) {
    if (recentKeys.size >= RECENT_KEYS_MAX) recentKeys.clear();
    key = foldKey(name);
    recentKeys.set(name, key);
  }
  return key;
}

function foldKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[øæœßłđðþıħŧŀĸ]/g, (c) => FOLD[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** FNV-1a over the UTF-16 units of a key: shared by the build (table layout) and the loader. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const NONE: GazEntry[] = Object.freeze([]) as unknown as GazEntry[];

/** The gazetteer over a compiled file's contents (exported for tests and tools that build in memory). */
export function gazetteerFrom(c: CompiledGazetteer): Gazetteer {
  if (c.format !== GAZETTEER_FORMAT) throw new Error(`gazetteer: compiled format ${c.format}, expected ${GAZETTEER_FORMAT} — run npm run build`);
  const { nameEnd, ids, lat, lon, meta, idOrder, keyEnd, postingEnd, postings, table } = c;
  const pop = c.population;
  const mask = table.length - 1;
  const keys = c.keys;
  const entryCache: (GazEntry | undefined)[] = new Array(c.count);
  // results are shared between calls (frozen, so a caller cannot corrupt the cache)
  const resultCache: (GazEntry[] | undefined)[] = new Array(keyEnd.length);

  const entry = (i: number): GazEntry => {
    let e = entryCache[i];
    if (!e) {
      const fc = c.featureCodes[meta[i * 3]];
      e = Object.freeze({
        id: ids[i],
        name: c.names.slice(i === 0 ? 0 : nameEnd[i - 1] + 1, nameEnd[i]),
        featureClass: fc.slice(0, 1),
        featureCode: fc.slice(2),
        country: c.countryCodes[meta[i * 3 + 1]],
        admin1Code: c.admin1Codes[meta[i * 3 + 2]],
        lat: Math.round(lat[i] * 1e5) / 1e5,
        lon: Math.round(lon[i] * 1e5) / 1e5,
        population: pop[i],
      });
      entryCache[i] = e;
    }
    return e;
  };

  // a scanner asks for a name's entries and then whether longer names start with it: the same key twice
  let lastKey: string | null = null;
  let lastIndex = -1;
  /** the index of a key, or -1; compares in place so a miss allocates nothing */
  const findKey = (key: string): number => {
    if (key === lastKey) return lastIndex;
    lastKey = key;
    lastIndex = probe(key);
    return lastIndex;
  };
  const probe = (key: string): number => {
    let slot = hashKey(key) & mask;
    for (;;) {
      const k = table[slot] - 1;
      if (k < 0) return -1;
      const start = k === 0 ? 0 : keyEnd[k - 1] + 1;
      if (keyEnd[k] - start === key.length) {
        let j = 0;
        while (j < key.length && keys.charCodeAt(start + j) === key.charCodeAt(j)) j++;
        if (j === key.length) return k;
      }
      slot = (slot + 1) & mask;
    }
  };

  const byCountryKey = new Map<string, CountryInfo>();
  for (const ci of c.countries) {
    byCountryKey.set(ci.iso2, ci);
    byCountryKey.set(ci.iso3, ci);
  }
  // names after the codes: a code is matched exactly (upper case), so "in" never means India
  const byCountryName = new Map<string, CountryInfo>();
  for (const ci of c.countries) for (const n of ci.names) if (!byCountryName.has(placeKey(n))) byCountryName.set(placeKey(n), ci);
  const admin1s = new Map<string, Admin1Info>();
  for (const a of c.admin1) admin1s.set(`${a.country}.${a.code}`, a);
  const countryList = Object.freeze(c.countries.slice());
  const demonyms = new Map(Object.entries(c.demonyms));

  return {
    maxWords: c.maxWords,
    lookup(name) {
      const k = findKey(placeKey(name));
      if (k < 0) return NONE;
      let r = resultCache[k];
      if (!r) {
        const from = k === 0 ? 0 : postingEnd[k - 1];
        const list: GazEntry[] = [];
        for (let p = from; p < postingEnd[k]; p++) list.push(entry(postings[p]));
        r = Object.freeze(list) as GazEntry[];
        resultCache[k] = r;
      }
      return r;
    },
    hasPrefix(words) {
      return findKey(placeKey(words)) >= 0;
    },
    byId(id) {
      let lo = 0;
      let hi = idOrder.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const v = ids[idOrder[mid]];
        if (v === id) return entry(idOrder[mid]);
        if (v < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
    country(key) {
      return byCountryKey.get(key) ?? byCountryName.get(placeKey(key));
    },
    countries: () => countryList,
    admin1: (country, code) => admin1s.get(`${country}.${code}`),
    demonym(word) {
      const iso = demonyms.get(placeKey(word));
      return iso === undefined ? undefined : byCountryKey.get(iso);
    },
  };
}

let cached: Gazetteer | null = null;

/** the gazetteer compiled at build time (loaded once, then cached) */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  let file: Buffer;
  try {
    file = readFileSync(GAZETTEER_PATH);
  } catch {
    throw new Error(`gazetteer: ${GAZETTEER_PATH} is missing — run npm run build`);
  }
  cached = gazetteerFrom(decodeGazetteer(file));
  return cached;
}

const MAGIC = 'FLGZ';
/** The columns stored as raw arrays, in file order, with their element type. */
const COLUMNS = [
  ['nameEnd', Int32Array], ['ids', Int32Array], ['lat', Float32Array], ['lon', Float32Array], ['population', Float64Array],
  ['meta', Uint16Array], ['idOrder', Int32Array], ['keyEnd', Int32Array], ['postingEnd', Int32Array], ['postings', Int32Array], ['table', Int32Array],
] as const;
type ColumnName = (typeof COLUMNS)[number][0];
const TEXTS = ['names', 'keys'] as const;

/** The compiled gazetteer as file bytes: "FLGZ", the header's length (uint32 LE), a JSON header, then 8-aligned sections. */
export function encodeGazetteer(c: CompiledGazetteer): Buffer {
  if (endianness() !== 'LE') throw new Error('gazetteer: the compiled file is little-endian; this machine is not');
  const parts: Buffer[] = [];
  const sections: Record<string, [number, number]> = {};
  let offset = 0;
  const add = (name: string, bytes: Buffer) => {
    sections[name] = [offset, bytes.length];
    parts.push(bytes);
    offset += bytes.length;
    const pad = (8 - (offset % 8)) % 8;
    if (pad) (parts.push(Buffer.alloc(pad)), (offset += pad));
  };
  for (const [name] of COLUMNS) {
    const a = c[name];
    add(name, Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  }
  for (const name of TEXTS) add(name, Buffer.from(c[name], 'utf8'));
  const { _, format, count, featureCodes, countryCodes, admin1Codes, maxWords, countries, admin1, demonyms } = c;
  let header = Buffer.from(JSON.stringify({ _, format, count, featureCodes, countryCodes, admin1Codes, maxWords, countries, admin1, demonyms, sections }), 'utf8');
  // sections start 8-aligned in the file: pad the header
  const headerPad = (8 - ((8 + header.length) % 8)) % 8;
  header = Buffer.concat([header, Buffer.alloc(headerPad, 0x20)]);
  const lead = Buffer.alloc(8);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(header.length, 4);
  return Buffer.concat([lead, header, ...parts]);
}

/** Reads file bytes written by `encodeGazetteer`: the arrays are views on the bytes, not copies. */
export function decodeGazetteer(file: Buffer): CompiledGazetteer {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`gazetteer: ${GAZETTEER_PATH} is not a compiled gazetteer — run npm run build`);
  if (endianness() !== 'LE') throw new Error('gazetteer: the compiled file is little-endian; this machine is not');
  const headerLength = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + headerLength)) as Omit<CompiledGazetteer, ColumnName | (typeof TEXTS)[number]> & { sections: Record<string, [number, number]> };
  if (header.format !== GAZETTEER_FORMAT) throw new Error(`gazetteer: compiled format ${header.format}, expected ${GAZETTEER_FORMAT} — run npm run build`);
  const base = 8 + headerLength;
  // typed-array views need aligned offsets: a pooled or sliced buffer is copied once
  const bytes = (file.byteOffset + base) % 8 === 0 ? file : Buffer.from(new Uint8Array(file));
  const view = <T>(name: string, Type: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number }): T => {
    const [off, len] = header.sections[name];
    return new Type(bytes.buffer, bytes.byteOffset + base + off, len / Type.BYTES_PER_ELEMENT);
  };
  const text = (name: string) => {
    const [off, len] = header.sections[name];
    return bytes.toString('utf8', base + off, base + off + len);
  };
  const { sections: _sections, ...rest } = header;
  return {
    ...rest,
    nameEnd: view('nameEnd', Int32Array),
    ids: view('ids', Int32Array),
    lat: view('lat', Float32Array),
    lon: view('lon', Float32Array),
    population: view('population', Float64Array),
    meta: view('meta', Uint16Array),
    idOrder: view('idOrder', Int32Array),
    keyEnd: view('keyEnd', Int32Array),
    postingEnd: view('postingEnd', Int32Array),
    postings: view('postings', Int32Array),
    table: view('table', Int32Array),
    names: text('names'),
    keys: text('keys'),
  };
}
