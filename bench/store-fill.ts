/**
 * Store benchmark and filler: generates synthetic events quickly (reusable by API benchmarks)
 * and measures ingest through `addDocument` and filtered `queryEvents` pages on a large store.
 *
 *   node --import tsx bench/store-fill.ts [--events 1000000] [--docs 10000] [--db FILE] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openSqliteStore, type SqliteStore } from '../src/store/backends/sqlite.js';
import type { EventFields } from '../src/store/summarize.js';
import { newDocument, resultOf, type RecordSpec } from '../src/store/test-records.js';
import type { EventFilter, Store } from '../src/store/types.js';
import type { EventLocation, Modality } from '../src/types.js';

/** A small deterministic PRNG (mulberry32), so every run builds the same store. */
export function random(seed = 1): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  ['IQ', 'IRQ', 33, 44], ['SY', 'SYR', 35, 38], ['UA', 'UKR', 49, 32], ['AF', 'AFG', 34, 66], ['NG', 'NGA', 9, 8],
  ['ML', 'MLI', 17, -4], ['YE', 'YEM', 15, 48], ['SO', 'SOM', 5, 46], ['LY', 'LBY', 27, 17], ['SD', 'SDN', 15, 30],
  ['US', 'USA', 38, -97], ['RU', 'RUS', 55, 37], ['IL', 'ISR', 31, 35], ['PS', 'PSE', 32, 35], ['CD', 'COD', -4, 22],
] as const;
const ROLES = ['', 'GOV', 'MIL', 'REB', 'COP', 'OPP', 'CVL', 'INS'];
const CODES = ['190', '193', '195', '183', '1831', '192', '0874', '080', '042', '036', '112', '138', '145', '173', '020', '057'];
const PLOVER: Record<string, string> = { '19': 'ASSAULT', '18': 'ASSAULT', '08': 'RETREAT', '04': 'CONSULT', '03': 'COOPERATE', '11': 'ACCUSE', '13': 'THREATEN', '14': 'PROTEST', '17': 'COERCE', '02': 'REQUEST', '05': 'SUPPORT' };
const MODALITIES: Modality[] = ['asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'asserted', 'negated', 'hypothetical', 'future'];
const PLACES_PER_COUNTRY = 40;
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAYS = 15 * 365;

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

function syntheticPlace(rand: () => number): EventLocation | null {
  if (rand() < 0.2) return null;
  const c = Math.floor(rand() * COUNTRIES.length);
  const [iso2, iso3, lat, lon] = COUNTRIES[c];
  const p = Math.floor(rand() * PLACES_PER_COUNTRY);
  // places sit on a fixed grid around the country's centre, so each id always has the same point
  return {
    geonameId: 1_000_000 + c * 1000 + p, name: `${iso3} place ${p}`, admin1: null, country: iso2, country3: iso3,
    lat: lat + (p % 8) * 0.5 - 2, lon: lon + Math.floor(p / 8) * 0.5 - 1, precision: 'point',
  };
}

function syntheticActor(rand: () => number): string {
  return pick(rand, COUNTRIES)[1] + pick(rand, ROLES);
}

/** One synthetic event spec: plausible codes, dyads, dates 2010–2024 and places. */
export function syntheticSpec(rand: () => number): RecordSpec {
  const code = pick(rand, CODES);
  const date = new Date(FIRST_DAY + Math.floor(rand() * DAYS) * 86_400_000).toISOString().slice(0, 10);
  const modality = pick(rand, MODALITIES);
  return {
    code, date, modality, name: `code ${code}`, plover: PLOVER[code.slice(0, 2)] ?? 'NONE',
    source: rand() < 0.1 ? '---' : syntheticActor(rand), target: rand() < 0.2 ? null : syntheticActor(rand),
    location: syntheticPlace(rand), historical: rand() < 0.05, confidence: Math.round(rand() * 100) / 100,
  };
}

/** A synthetic stored event (one mention's worth), for bulk loading. */
export function syntheticEvent(rand: () => number, i: number): EventFields {
  const s = syntheticSpec(rand);
  const actor = (code: string) => ({ code, name: code, text: code.toLowerCase() });
  return {
    code: s.code!, root: s.code!.slice(0, 2), name: s.name!, quadClass: 4, goldstein: -10, ploverType: s.plover!, ploverMode: null,
    source: actor(s.source!), target: s.target ? actor(s.target) : null, date: s.date!, dateEnd: s.date!, precision: 'day',
    location: s.location ?? null, modality: s.modality!, historical: s.historical!, casualties: null, confidence: s.confidence!,
    mentions: 1, sources: 1, articles: 1, sentence: `Synthetic event ${i}.`, url: `https://example.com/${i}`, firstSeen: '2025-01-01T00:00:00.000Z',
  };
}

/** Bulk-loads `n` synthetic events into a SQLite store; returns seconds taken. */
export async function fillEvents(store: SqliteStore, n: number, seed = 1): Promise<number> {
  const rand = random(seed);
  const start = performance.now();
  function* generate(): Generator<EventFields> {
    for (let i = 0; i < n; i++) yield syntheticEvent(rand, i);
  }
  await store.bulkLoadEvents(generate());
  return (performance.now() - start) / 1000;
}

/**
 * Ingests `docs` synthetic documents of `perDoc` mentions through `addDocument` (with merging);
 * half the mentions re-report an event from a shared pool so merging has work to do.
 */
export async function ingestDocuments(store: Store, docs: number, perDoc = 8, seed = 2): Promise<{ seconds: number; cpuSeconds: number; mentions: number }> {
  const rand = random(seed);
  const pool = Array.from({ length: 2000 }, () => syntheticSpec(rand));
  const start = performance.now();
  const cpu = process.cpuUsage();
  let mentions = 0;
  for (let d = 0; d < docs; d++) {
    const specs = Array.from({ length: perDoc }, () => (rand() < 0.5 ? pick(rand, pool) : syntheticSpec(rand)));
    const text = `Synthetic dispatch ${d} about ${specs.map((s) => s.source).join(', ')}.`;
    await store.addDocument(newDocument(`bench-${seed}-${d}`, { source: `outlet${d % 50}` }), resultOf(text, specs));
    mentions += specs.length;
  }
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6, mentions };
}

/** p50 and p99 (ms) of a first page and of the following page of `filter`. */
export async function timeQuery(store: Store, filter: EventFilter, runs = 50): Promise<{ p50: number; p99: number; items: number }> {
  const times: number[] = [];
  let items = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const page = await store.queryEvents(filter, { limit: 50 });
    if (page.next) await store.queryEvents(filter, { limit: 50, cursor: page.next });
    times.push(performance.now() - start);
    items = page.items.length;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99), items };
}

/** The filters measured: the API's typical requests. */
export const BENCH_FILTERS: Array<[string, EventFilter]> = [
  ['no filter', {}],
  ['country IQ', { country: 'IQ' }],
  ['actor IRQ, asserted', { actor: 'IRQ', modality: ['asserted'] }],
  ['source SYRMIL', { source: 'SYRMIL' }],
  ['root 19 in June 2014', { root: '19', from: '2014-06-01', to: '2014-06-30' }],
  ['code 0874', { code: '0874' }],
  ['bbox around Iraq', { bbox: [38, 29, 49, 38] }],
  ['geonameId', { geonameId: 1_000_005 }],
  ['PLOVER PROTEST, not historical', { ploverType: 'PROTEST', historical: false }],
  ['rare combination', { actor: 'MLIREB', country: 'ML', modality: ['asserted'], from: '2015-01-01', to: '2015-12-31' }],
];

async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const dbArg = process.argv.indexOf('--db');
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  const path = dbArg > 0 ? process.argv[dbArg + 1] : join(dir, 'bench.db');
  const docs = arg('docs', 10_000);
  const events = arg('events', 1_000_000);
  try {
    if (docs > 0) {
      const ingestStore = await openSqliteStore(join(dir, 'ingest.db'));
      const { seconds, cpuSeconds, mentions } = await ingestDocuments(ingestStore, docs);
      const stats = await ingestStore.stats();
      console.log(`addDocument: ${docs} documents, ${mentions} mentions → ${stats.events} events in ${seconds.toFixed(1)} s (${Math.round(docs / seconds)} docs/s, ${Math.round(mentions / seconds)} mentions/s; ${cpuSeconds.toFixed(1)} s of CPU)`);
      await ingestStore.close();
    }
    if (events > 0) {
      const store = await openSqliteStore(path);
      const seconds = await fillEvents(store, events);
      console.log(`fill: ${events} events in ${seconds.toFixed(1)} s (${Math.round(events / seconds)} events/s)`);
      for (const [name, filter] of BENCH_FILTERS) {
        const { p50, p99, items } = await timeQuery(store, filter);
        console.log(`queryEvents ${name.padEnd(32)} first+next page: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms (${items} items/page)`);
      }
      const start = performance.now();
      const n = await store.countEvents({ country: 'IQ' });
      console.log(`countEvents country IQ: ${n} in ${(performance.now() - start).toFixed(0)} ms`);
      await store.close();
    }
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
