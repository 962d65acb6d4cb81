/**
 * The API contract, through `app.inject`, against a real SQLite store in a temp dir holding a
 * few analyzed dispatches and hand-made located events.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { ACLED_COLUMNS, CSV_COLUMNS, GDELT_COLUMNS } from '../export/index.js';
import { readCsv } from '../export/read-csv.js';
import { openStore } from '../store/open.js';
import type { NewDocument, StoredEvent, Store } from '../store/types.js';
import type { AnalysisResult, EventLocation, EventRecord } from '../types.js';
import { buildServer } from './server.js';

const TOKEN = 'test-token-123';

const DISPATCHES: Array<[string, string]> = [
  ['BAGHDAD — Iraqi soldiers fled Mosul on Tuesday after Sunni militants seized control of the city, officials said. The militants freed hundreds of prisoners.', '2014-06-11'],
  ['KIEV — Russian forces shelled the city of Donetsk on Monday, killing three people, Ukrainian officials said. Ukraine accused Russia of aggression.', '2014-08-20'],
  ['CAIRO — Thousands of protesters rallied in Cairo on Friday against the government. Police arrested 40 demonstrators.', '2013-07-05'],
];

const MOSUL: EventLocation = { geonameId: 99072, name: 'Mosul', admin1: 'Nineveh', country: 'IQ', country3: 'IRQ', lat: 36.335, lon: 43.119, precision: 'point' };
const TIKRIT: EventLocation = { geonameId: 89933, name: 'Tikrit', admin1: 'Salah ad Din', country: 'IQ', country3: 'IRQ', lat: 34.6, lon: 43.68, precision: 'point' };

/** A hand-made event record: one sentence, one code, a location. */
function record(id: string, code: string, source: string, target: string | null, date: string, location: EventLocation | null, sentence: string, modality: EventRecord['modality'] = 'asserted'): EventRecord {
  const root = code.slice(0, 2);
  return {
    id,
    cameo: { code, root, name: `code ${code}`, quadClass: 4, goldstein: -9 },
    plover: { type: 'ASSAULT', mode: null },
    source: { text: source, start: 0, end: 5, code: source, name: source },
    target: target ? { text: target, start: 6, end: 9, code: target, name: target } : null,
    date: { value: date, end: date, precision: 'day', text: null },
    location,
    modality,
    historical: false,
    attribution: null,
    casualties: { dead: 2, injured: null },
    evidence: { sentence: { start: 0, end: sentence.length }, trigger: { start: 0, end: 5 } },
    rule: 'test.rule',
    confidence: 0.9,
  };
}

function handMade(n: number, date: string, events: Array<(text: string) => EventRecord>, text: string): [NewDocument, AnalysisResult] {
  const doc: NewDocument = { hash: `hand-${n}`, origin: `hand-${n}`, url: `https://news.example/${n}`, title: `Hand ${n}`, source: 'news.example', publishedAt: date };
  return [doc, { document: { id: `hand-${n}`, title: doc.title, url: doc.url, publishedAt: date, text }, events: events.map((f) => f(text)), actors: [], places: [], dates: [], warnings: [], stats: { characters: text.length, sentences: 1, tokens: 10 } }];
}

let dir: string;
let store: Store;
let app: FastifyInstance;
let readOnly: FastifyInstance;
let total: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'faultline-api-'));
  store = await openStore(join(dir, 'api.db'));
  for (const [i, [text, date]] of DISPATCHES.entries()) {
    const result = analyze({ text, date, id: `d${i}` });
    await store.addDocument({ hash: `dispatch-${i}`, origin: `d${i}`, url: `https://wire.example/${i}`, title: `Dispatch ${i}`, source: 'wire.example', publishedAt: date }, result);
  }
  const hand = [
    handMade(1, '2014-06-12', [(t) => record('h1', '192', 'IMGMUSISI', null, '2014-06-10', MOSUL, t)], 'ISIS captured Mosul, the officials said.'),
    handMade(2, '2015-03-31', [(t) => record('h2', '192', 'IRQMIL', null, '2015-03-31', TIKRIT, t)], 'Iraqi forces retook Tikrit from the militants.'),
    handMade(3, '2014-06-20', [(t) => record('h3', '193', 'IRQMIL', 'IMGMUSISI', '2014-06-20', TIKRIT, t), (t) => record('h4', '195', 'USAMIL', 'IMGMUSISI', '2014-08-08', null, t, 'future')], 'Fighting "raged", around Tikrit;\nthe US may strike.'),
  ];
  for (const [doc, result] of hand) await store.addDocument(doc, result);
  app = buildServer({ store, token: TOKEN });
  readOnly = buildServer({ store });
  total = await store.countEvents({});
}, 60_000);

afterAll(async () => {
  await app?.close();
  await readOnly?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(url: string, instance = app) {
  const res = await instance.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().startsWith('application/json') ? res.json() : res.body, headers: res.headers, text: res.body };
}

function expectJsonError(res: { status: number; body: unknown; headers: Record<string, unknown> }, status: number, message?: RegExp) {
  expect(res.status).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = res.body as { error: string; message: string };
  expect(typeof body.error).toBe('string');
  expect(typeof body.message).toBe('string');
  if (message) expect(body.message).toMatch(message);
}

describe('status routes', () => {
  it('GET /health', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok', store: 'sqlite' } });
  });

  it('GET /stats', async () => {
    const { status, body } = await get('/stats');
    expect(status).toBe(200);
    expect(body).toEqual({ documents: 6, failed: 0, mentions: expect.any(Number), events: total });
    expect(total).toBeGreaterThanOrEqual(8);
  });
});

describe('GET /events', () => {
  it('gives a page {items, next} of events, newest first', async () => {
    const { status, body } = await get('/events?limit=1000');
    expect(status).toBe(200);
    expect(body.next).toBeNull();
    expect(body.items).toHaveLength(total);
    const dates = body.items.map((e: StoredEvent) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    const e = body.items.find((x: StoredEvent) => x.source.code === 'IMGMUSISI');
    expect(e).toMatchObject({ code: '192', root: '19', location: { name: 'Mosul', geonameId: 99072, lat: 36.335 }, target: null, casualties: { dead: 2, injured: null }, url: 'https://news.example/1' });
  });

  it('filters: root + country + from', async () => {
    const { body } = await get('/events?root=19&country=IRQ&from=2014-01-01');
    expect(body.items.length).toBeGreaterThanOrEqual(3);
    for (const e of body.items as StoredEvent[]) {
      expect(e.root).toBe('19');
      expect(e.location?.country).toBe('IQ');
      expect(e.date >= '2014-01-01').toBe(true);
    }
  });

  it('filters: actor prefix, modality, bbox, geonameId', async () => {
    const byActor = (await get('/events?actor=IRQ')).body.items as StoredEvent[];
    expect(byActor.length).toBeGreaterThan(0);
    for (const e of byActor) expect(e.source.code.startsWith('IRQ') || e.target?.code.startsWith('IRQ')).toBe(true);
    const future = (await get('/events?modality=future')).body.items as StoredEvent[];
    expect(future.map((e) => e.code)).toEqual(['195']);
    const inBox = (await get('/events?bbox=43,34,44,35')).body.items as StoredEvent[];
    expect(inBox.length).toBeGreaterThan(0);
    for (const e of inBox) expect(e.location?.name).toBe('Tikrit');
    const atMosul = (await get('/events?geonameId=99072')).body.items as StoredEvent[];
    expect(atMosul.length).toBeGreaterThan(0);
    for (const e of atMosul) expect(e.location?.geonameId).toBe(99072);
  });

  it('filters: full-text q over the source documents', async () => {
    const hits = (await get('/events?q=Donetsk')).body.items as StoredEvent[];
    expect(hits.length).toBeGreaterThan(0);
    for (const e of hits) expect(e.url).toBe('https://wire.example/1');
    expect((await get('/events?q=zzzunseen')).body.items).toEqual([]);
  });

  it('paginates with cursors: every event once, pages of the asked size', async () => {
    const seen: number[] = [];
    let url = '/events?limit=3';
    for (let guard = 0; guard < 20; guard++) {
      const { status, body } = await get(url);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(3);
      seen.push(...body.items.map((e: StoredEvent) => e.id));
      if (!body.next) break;
      url = `/events?limit=3&cursor=${encodeURIComponent(body.next)}`;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it.each([
    ['/events?from=2014-13-01', /from/],
    ['/events?from=2014-1-1', /from/],
    ['/events?to=2014-02-30', /calendar date/],
    ['/events?root=99', /root/],
    ['/events?code=abc', /code/],
    ['/events?plover=FIGHTING', /plover/i],
    ['/events?country=ZZZ', /country/],
    ['/events?bbox=1,2,3', /bbox/],
    ['/events?modality=maybe', /modality/],
    ['/events?historical=yes', /historical/],
    ['/events?limit=0', /limit/],
    ['/events?limit=5000', /limit/],
    ['/events?cursor=garbage', /cursor/],
    ['/events?colour=red', /unknown querystring parameter "colour"/],
    ['/events?from=2014-01-01&from=2015-01-01', /from/],
  ])('%s → 400 JSON', async (url, message) => {
    expectJsonError(await get(url), 400, message);
  });
});

describe('GET /events/:id', () => {
  it('gives the event with its mentions', async () => {
    const [first] = (await get('/events?limit=1')).body.items as StoredEvent[];
    const { status, body } = await get(`/events/${first.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: first.id, code: first.code });
    expect(body.mentionList.length).toBeGreaterThanOrEqual(1);
    expect(body.mentionList[0]).toMatchObject({ eventId: first.id, sentence: expect.any(String), record: { cameo: expect.any(Object) } });
  });

  it('404 for an unknown id, 400 for a non-numeric one', async () => {
    expectJsonError(await get('/events/999999'), 404, /no event/);
    expectJsonError(await get('/events/abc'), 400);
    expectJsonError(await get('/events/0'), 400);
  });
});

describe('documents', () => {
  it('GET /documents lists documents without their text, filters by status, paginates', async () => {
    const { status, body } = await get('/documents?limit=4');
    expect(status).toBe(200);
    expect(body.items).toHaveLength(4);
    expect(body.items[0].text).toBeUndefined();
    expect(body.items[0]).toMatchObject({ id: expect.any(Number), status: 'ok', eventCount: expect.any(Number) });
    expect(body.next).not.toBeNull();
    const rest = (await get(`/documents?limit=4&cursor=${encodeURIComponent(body.next)}`)).body;
    expect(rest.items).toHaveLength(2);
    expect(rest.next).toBeNull();
    expect((await get('/documents?status=error')).body.items).toEqual([]);
    expectJsonError(await get('/documents?status=bad'), 400);
  });

  it('GET /documents/:id gives the text; unknown → 404', async () => {
    const [doc] = (await get('/documents?limit=1')).body.items;
    const { status, body } = await get(`/documents/${doc.id}`);
    expect(status).toBe(200);
    expect(typeof body.text).toBe('string');
    expect(body.text.length).toBeGreaterThan(0);
    expectJsonError(await get('/documents/424242'), 404, /no document/);
  });
});

describe('directory', () => {
  it('GET /actors', async () => {
    const { status, body } = await get('/actors?limit=100');
    expect(status).toBe(200);
    expect(body.find((a: { code: string }) => a.code === 'IRQMIL')).toMatchObject({ asSource: expect.any(Number), asTarget: expect.any(Number) });
    expect((await get('/actors?limit=2')).body.length).toBeLessThanOrEqual(2);
    expectJsonError(await get('/actors?limit=0'), 400, /limit/);
  });

  it('GET /places', async () => {
    const { status, body } = await get('/places?country=IQ');
    expect(status).toBe(200);
    expect(body.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Mosul', 'Tikrit']));
    expectJsonError(await get('/places?country=QQ'), 400, /country/);
  });
});

describe('GET /control', () => {
  it('who holds a place on a date', async () => {
    const before = await get('/control?geonameId=89933&date=2015-01-01');
    expect(before.status).toBe(200);
    const after = await get('/control?place=Tikrit&date=2015-04-02');
    expect(after.body.holder).toMatchObject({ actor: 'IRQMIL', place: 'Tikrit', since: '2015-03-31' });
    // another name the gazetteer knows for the same place
    expect((await get('/control?place=Al%20Mawsil&date=2014-06-15')).body.holder?.geonameId).toBe(99072);
    const mosul = await get('/control?place=mosul&date=2014-06-15');
    expect(mosul.body.holder?.actor).toMatch(/^(IMGMUSISI|---REBSUN)$/);
  });

  it('which places an actor holds on a date', async () => {
    const { status, body } = await get('/control?actor=IRQ&date=2015-04-02');
    expect(status).toBe(200);
    expect(body.holdings.map((h: { place: string }) => h.place)).toContain('Tikrit');
  });

  it('400 without exactly one subject or with a bad date', async () => {
    expectJsonError(await get('/control?date=2014-06-15'), 400, /exactly one/);
    expectJsonError(await get('/control?place=Mosul&actor=IRQ'), 400, /exactly one/);
    expectJsonError(await get('/control?place=Mosul&date=2014-02-31'), 400, /date/);
  });
});

describe('GET /control/map', () => {
  it('every place held on a date, with the slider range', async () => {
    const { status, body } = await get('/control/map?date=2015-04-02');
    expect(status).toBe(200);
    expect(body.first <= '2014-06-10' && body.last >= '2015-03-31').toBe(true);
    const tikrit = body.holdings.find((h: { place: string }) => h.place === 'Tikrit');
    expect(tikrit).toMatchObject({ actor: 'IRQMIL', since: '2015-03-31' });
    expect(body.holdings.some((h: { place: string }) => h.place === 'Mosul')).toBe(true);
    const early = await get('/control/map?date=2014-01-01');
    expect(early.body.holdings).toEqual([]);
    expectJsonError(await get('/control/map?date=2014-13-01'), 400, /date/);
  });
});

describe('GET /timeline, /clusters, /links', () => {
  it('counts events per day under the filters, summing to the event count', async () => {
    const { status, body } = await get('/timeline');
    expect(status).toBe(200);
    expect(body.total).toBe(total);
    expect(body.days.reduce((n: number, d: { events: number }) => n + d.events, 0)).toBe(total);
    const dates = body.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual([...dates].sort());
    const iraq = await get('/timeline?country=IQ&modality=asserted');
    expect(iraq.body.total).toBe(await store.countEvents({ country: 'IQ', modality: ['asserted'] }));
    expectJsonError(await get('/timeline?from=2015-01-01&to=2014-01-01'), 400, /after/);
    expect((await get('/events/count')).body).toEqual({ count: total });
    expect((await get('/events/count?country=IQ&modality=asserted')).body).toEqual({ count: iraq.body.total });
    expectJsonError(await get('/events/count?root=99'), 400, /root/);
  });

  it('clusters located events for a zoom level, each point once', async () => {
    const located = await store.countEvents({ bbox: [-180, -90, 180, 90] });
    const world = await get('/clusters?zoom=1');
    expect(world.status).toBe(200);
    expect(world.body.cell).toBeCloseTo(45);
    expect(world.body.clusters.reduce((n: number, c: { events: number }) => n + c.events, 0)).toBe(located);
    const close = await get('/clusters?zoom=10&bbox=43,34,44,37');
    const mosul = close.body.clusters.find((c: { place: string | null }) => c.place === 'Mosul');
    expect(mosul.lat).toBeCloseTo(36.335, 2);
    expect(close.body.clusters.every((c: { lon: number }) => c.lon >= 43 && c.lon <= 44)).toBe(true);
    expectJsonError(await get('/clusters?zoom=40'), 400, /zoom/);
    expectJsonError(await get('/clusters?zoom=3&colour=red'), 400);
  });

  it('links actors by how often one acts on the other', async () => {
    const { status, body } = await get('/links?limit=5');
    expect(status).toBe(200);
    expect(body.links.length).toBeGreaterThan(0);
    expect(body.links.length).toBeLessThanOrEqual(5);
    expect(body.links).toContainEqual(expect.objectContaining({ source: 'IRQMIL', target: 'IMGMUSISI', events: 1, quad: [0, 0, 0, 1] }));
    const counts = body.links.map((l: { events: number }) => l.events);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
  });
});

describe('GET /export', () => {
  async function exported(format: string, query = '') {
    const res = await app.inject({ method: 'GET', url: `/export?format=${format}${query}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="faultline-events\./);
    return { text: res.body, type: String(res.headers['content-type']) };
  }

  it('csv reads back with one row per event', async () => {
    const { text, type } = await exported('csv');
    expect(type).toMatch(/^text\/csv/);
    const rows = readCsv(text);
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(rows).toHaveLength(total + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    expect(rows.some((r) => r.includes('Fighting "raged", around Tikrit;\nthe US may strike.'))).toBe(true);
  });

  it('jsonl: one StoredEvent per line, filters applied', async () => {
    const { text } = await exported('jsonl', '&root=19');
    const events = text.trimEnd().split('\n').map((l) => JSON.parse(l) as StoredEvent);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.root).toBe('19');
  });

  it('geojson: a FeatureCollection of located events', async () => {
    const fc = JSON.parse((await exported('geojson')).text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
    }
  });

  it('gdelt: 61 tab-separated fields per line', async () => {
    const lines = (await exported('gdelt')).text.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    for (const l of lines) expect(l.split('\t')).toHaveLength(61);
    const mosul = lines.map((l) => l.split('\t')).find((f) => f[GDELT_COLUMNS.indexOf('Actor1Code')] === 'IMGMUSISI')!;
    expect(mosul[GDELT_COLUMNS.indexOf('ActionGeo_FeatureID')]).toBe('99072');
    expect(mosul[GDELT_COLUMNS.indexOf('SQLDATE')]).toBe('20140610');
  });

  it('plover: a JSON record per line', async () => {
    const records = (await exported('plover')).text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(total);
    for (const r of records) expect(r).toMatchObject({ id: expect.stringMatching(/^faultline-\d+$/), date: expect.any(String), event_type: expect.any(String), source: expect.any(Array) });
  });

  it('acled: ACLED columns, asserted violent events only', async () => {
    const rows = readCsv((await exported('acled')).text);
    expect(rows[0]).toEqual(ACLED_COLUMNS);
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows.slice(1)) expect(r).toHaveLength(ACLED_COLUMNS.length);
  });

  it('400 for a missing or unknown format and for bad filters', async () => {
    expectJsonError(await get('/export'), 400, /format/);
    expectJsonError(await get('/export?format=xml'), 400, /format/);
    expectJsonError(await get('/export?format=csv&from=yesterday'), 400, /from/);
    expectJsonError(await get('/export?format=csv&limit=5'), 400, /limit/);
  });
});

describe('writes and auth', () => {
  const doc = { documents: [{ text: 'DAMASCUS — Syrian troops captured the town of Qusayr on Wednesday, state media said.', date: '2013-06-05', url: 'https://wire.example/qusayr', source: 'wire.example' }] };

  it('no token configured → 403 telling to set FAULTLINE_TOKEN', async () => {
    const res = await readOnly.inject({ method: 'POST', url: '/ingest', payload: doc, headers: { authorization: `Bearer ${TOKEN}` } });
    expectJsonError({ status: res.statusCode, body: res.json(), headers: res.headers }, 403, /FAULTLINE_TOKEN/);
    const del = await readOnly.inject({ method: 'DELETE', url: '/documents/1' });
    expect(del.statusCode).toBe(403);
  });

  it('missing or wrong token → 401', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: TOKEN }]) {
      const res = await app.inject({ method: 'POST', url: '/ingest', payload: doc, headers });
      expectJsonError({ status: res.statusCode, body: res.json(), headers: res.headers }, 401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('right token: POST /ingest stores the document, again it is known; DELETE removes it', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const first = await app.inject({ method: 'POST', url: '/ingest', payload: doc, headers: auth });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ documents: 1, known: 0, failed: 0, results: [{ name: 'https://wire.example/qusayr', status: 'new' }] });
    const again = await app.inject({ method: 'POST', url: '/ingest', payload: doc, headers: auth });
    expect(again.json()).toMatchObject({ documents: 0, known: 1 });

    const list = (await get('/documents?limit=1')).body.items;
    expect(list[0].url).toBe('https://wire.example/qusayr');
    const del = await app.inject({ method: 'DELETE', url: `/documents/${list[0].id}`, headers: auth });
    expect(del.statusCode).toBe(200);
    expect(del.json()).toEqual({ deleted: true, id: list[0].id });
    const gone = await app.inject({ method: 'DELETE', url: `/documents/${list[0].id}`, headers: auth });
    expectJsonError({ status: gone.statusCode, body: gone.json(), headers: gone.headers }, 404);
    expect((await get('/stats')).body.documents).toBe(6);
  }, 30_000);

  it.each([
    [{}, /either "documents" or "urls"/],
    [{ documents: [], urls: ['https://a.example'] }, /documents/],
    [{ documents: [{ text: 'x' }], urls: ['https://a.example'] }, /either/],
    [{ documents: [{ title: 'no text' }] }, /text/],
    [{ documents: [{ text: 'x', date: '2014-02-30' }] }, /date/],
    [{ urls: ['file:///etc/passwd'] }, /urls/],
    [{ urls: ['/etc/passwd'] }, /urls/],
    [{ other: 1 }, /unknown body parameter "other"/],
  ])('bad ingest body %j → 400', async (payload, message) => {
    const res = await app.inject({ method: 'POST', url: '/ingest', payload, headers: { authorization: `Bearer ${TOKEN}` } });
    expectJsonError({ status: res.statusCode, body: res.json(), headers: res.headers }, 400, message);
  });

  it('malformed JSON → 400 JSON', async () => {
    const res = await app.inject({ method: 'POST', url: '/ingest', payload: '{"documents": [', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
    expectJsonError({ status: res.statusCode, body: res.json(), headers: res.headers }, 400);
  });
});

describe('unknown routes', () => {
  it('→ 404 JSON', async () => {
    expectJsonError(await get('/nope'), 404, /no route GET \/nope/);
  });
});

describe('GET /openapi.json', () => {
  it('is an OpenAPI 3 document listing every route, with resolvable references', async () => {
    const { status, body: doc } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'faultline', version: expect.any(String) });
    const routes: Array<[string, string]> = [
      ['get', '/events'], ['get', '/events/{id}'], ['get', '/export'], ['get', '/documents'], ['get', '/documents/{id}'],
      ['delete', '/documents/{id}'], ['post', '/ingest'], ['get', '/actors'], ['get', '/places'], ['get', '/control'],
      ['get', '/control/map'], ['get', '/events/count'], ['get', '/timeline'], ['get', '/clusters'], ['get', '/links'],
      ['get', '/stats'], ['get', '/health'], ['get', '/openapi.json'],
    ];
    for (const [method, path] of routes) {
      const op = doc.paths[path]?.[method];
      expect(op, `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
    }
    const operations = Object.values(doc.paths as Record<string, object>).flatMap((p) => Object.keys(p));
    expect(operations).toHaveLength(routes.length);
    // Every parameter is described; every filter of /events is listed.
    const eventParams = doc.paths['/events'].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
    for (const name of ['from', 'to', 'actor', 'source', 'target', 'root', 'code', 'plover', 'country', 'bbox', 'modality', 'historical', 'q', 'geonameId', 'limit', 'cursor']) {
      expect(eventParams).toContain(`query:${name}`);
    }
    expect(doc.paths['/ingest'].post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // Every $ref points at a component that exists.
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === '$ref' ? refs.push(String(x)) : walk(x);
    };
    walk(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    }
    expect(doc.components.schemas.Event.properties.code).toBeDefined();
  });
});
