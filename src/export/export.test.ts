import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/types.js';
import { ACLED_COLUMNS, CSV_COLUMNS, EXPORT_FORMATS, GDELT_COLUMNS, acledType, splitActorCode } from './index.js';
import { fractionDate } from './gdelt.js';
import { readCsv } from './read-csv.js';

const base: StoredEvent = {
  id: 7,
  code: '192',
  root: '19',
  name: 'Occupy territory',
  quadClass: 4,
  goldstein: -9.5,
  ploverType: 'COERCE',
  ploverMode: 'seize',
  source: { code: '---REBSUN', name: 'Sunni militants', text: 'Sunni militants' },
  target: { code: 'IRQ', name: 'Iraq', text: 'Mosul' },
  date: '2014-06-10',
  dateEnd: '2014-06-10',
  precision: 'day',
  location: { geonameId: 99072, name: 'Mosul', admin1: 'Nineveh', country: 'IQ', country3: 'IRQ', lat: 36.335, lon: 43.119, precision: 'point' },
  modality: 'asserted',
  historical: false,
  casualties: { dead: 12, injured: null },
  confidence: 0.8,
  mentions: 3,
  sources: 2,
  articles: 2,
  sentence: 'Militants "seized" Mosul, officials said,\nin a statement\twith a tab.',
  url: 'https://www.example.com/mosul?a=1,b=2',
  firstSeen: '2024-01-02T03:04:05.000Z',
};

const noPlace: StoredEvent = {
  ...base,
  id: 8,
  code: '042',
  root: '04',
  name: 'Make a visit',
  quadClass: 1,
  goldstein: 1.9,
  ploverType: 'CONSULT',
  ploverMode: 'visit',
  source: { code: 'USAGOV', name: 'United States government', text: 'Kerry' },
  target: null,
  location: null,
  modality: 'future',
  casualties: null,
  sentence: 'Kerry will visit.',
  url: null,
};

const countryOnly: StoredEvent = {
  ...base,
  id: 9,
  code: '1831',
  source: { code: '---', name: 'unidentified perpetrator', text: '' },
  location: { geonameId: null, name: 'Iraq', admin1: null, country: 'IQ', lat: 33, lon: 44, precision: 'country' },
};

async function* from(events: StoredEvent[]): AsyncIterable<StoredEvent> {
  yield* events;
}

async function run(format: keyof typeof EXPORT_FORMATS, events: StoredEvent[]): Promise<string> {
  let out = '';
  for await (const chunk of EXPORT_FORMATS[format].exporter(from(events))) out += chunk;
  return out;
}

describe('csv', () => {
  it('reads back with an RFC 4180 reader: header, one row per event, quoted commas, quotes and line breaks intact', async () => {
    const text = await run('csv', [base, noPlace]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = readCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([n]) => n));
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const record = Object.fromEntries(rows[0].map((name, i) => [name, rows[1][i]]));
    expect(record).toMatchObject({ id: '7', cameo_code: '192', source_code: '---REBSUN', target_text: 'Mosul', lat: '36.335', lon: '43.119', dead: '12', injured: '' });
    expect(record.sentence).toBe(base.sentence);
    expect(record.url).toBe(base.url);
    const second = Object.fromEntries(rows[0].map((name, i) => [name, rows[2][i]]));
    expect(second).toMatchObject({ target_code: '', place: '', modality: 'future' });
  });

  it('writes only the header for no events', async () => {
    expect(readCsv(await run('csv', []))).toEqual([CSV_COLUMNS.map(([n]) => n)]);
  });
});

describe('jsonl', () => {
  it('is one StoredEvent per line', async () => {
    const lines = (await run('jsonl', [base, noPlace])).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual([base, noPlace]);
  });
});

describe('geojson', () => {
  it('is a FeatureCollection of the located events, Point [lon, lat]', async () => {
    const fc = JSON.parse(await run('geojson', [base, noPlace, countryOnly]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(2);
    const [f] = fc.features;
    expect(f).toMatchObject({ type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [43.119, 36.335] } });
    expect(f.properties).toMatchObject({ code: '192', sourceCode: '---REBSUN', place: 'Mosul', country: 'IQ', geonameId: 99072, modality: 'asserted' });
  });

  it('is a valid empty collection for no events', async () => {
    expect(JSON.parse(await run('geojson', []))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});

describe('gdelt', () => {
  it('has the 61 GDELT 2.0 columns in the codebook order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 6)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(GDELT_COLUMNS.slice(25, 35)).toEqual(['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']);
    expect(GDELT_COLUMNS.slice(-2)).toEqual(['DATEADDED', 'SOURCEURL']);
    expect(GDELT_COLUMNS[51]).toBe('ActionGeo_Type');
  });

  it('writes 61 tab-separated fields per line, no header, values in their columns', async () => {
    const text = await run('gdelt', [base, noPlace, countryOnly]);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const rows = lines.map((l) => l.split('\t'));
    for (const r of rows) expect(r).toHaveLength(61);
    const get = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)];
    const [a, b, c] = rows;
    expect(get(a, 'GLOBALEVENTID')).toBe('7');
    expect(get(a, 'SQLDATE')).toBe('20140610');
    expect(get(a, 'MonthYear')).toBe('201406');
    expect(get(a, 'Year')).toBe('2014');
    expect(get(a, 'FractionDate')).toBe('2014.4411') // day 161 of 2014;
    expect(get(a, 'Actor1Code')).toBe('---REBSUN');
    expect(get(a, 'Actor1CountryCode')).toBe('');
    expect(get(a, 'Actor1Type1Code')).toBe('REB');
    expect(get(a, 'Actor1Religion1Code')).toBe('SUN');
    expect(get(a, 'Actor2Code')).toBe('IRQ');
    expect(get(a, 'Actor2CountryCode')).toBe('IRQ');
    expect(get(a, 'EventCode')).toBe('192');
    expect(get(a, 'EventBaseCode')).toBe('192');
    expect(get(a, 'EventRootCode')).toBe('19');
    expect(get(a, 'QuadClass')).toBe('4');
    expect(get(a, 'GoldsteinScale')).toBe('-9.5');
    expect([get(a, 'NumMentions'), get(a, 'NumSources'), get(a, 'NumArticles')]).toEqual(['3', '2', '2']);
    expect(get(a, 'Actor1Geo_Type')).toBe('0');
    expect(get(a, 'ActionGeo_Type')).toBe('4');
    expect(get(a, 'ActionGeo_FullName')).toBe('Mosul, Nineveh, Iraq');
    expect(get(a, 'ActionGeo_CountryCode')).toBe('IQ');
    expect(get(a, 'ActionGeo_Lat')).toBe('36.335');
    expect(get(a, 'ActionGeo_Long')).toBe('43.119');
    expect(get(a, 'ActionGeo_FeatureID')).toBe('99072');
    expect(get(a, 'DATEADDED')).toBe('20240102030405');
    expect(get(a, 'SOURCEURL')).toBe(base.url);
    // No target: ten empty actor fields; no location: geo type 0.
    expect(GDELT_COLUMNS.slice(15, 25).map((n) => get(b, n))).toEqual(Array(10).fill(''));
    expect(get(b, 'Actor1CountryCode')).toBe('USA');
    expect(get(b, 'Actor1Type1Code')).toBe('GOV');
    expect(get(b, 'ActionGeo_Type')).toBe('0');
    expect(get(b, 'EventCode')).toBe('042');
    // Country-level location: type 1, ADM1 and feature id are the country code.
    expect([get(c, 'ActionGeo_Type'), get(c, 'ActionGeo_ADM1Code'), get(c, 'ActionGeo_FeatureID')]).toEqual(['1', 'IQ', 'IQ']);
    expect([get(c, 'EventCode'), get(c, 'EventBaseCode')]).toEqual(['1831', '183']);
  });

  it('computes FractionDate as GDELT does (day of year / 365)', () => {
    expect(fractionDate('2019-01-25')).toBe('2019.0685');
  });

  it('splits CAMEO actor codes into the GDELT actor columns', () => {
    expect(splitActorCode('IMGMUSISI')).toMatchObject({ country: '', type1: 'IMG', religion1: 'MUS', knownGroup: 'ISI' });
    expect(splitActorCode('IGOUNO')).toMatchObject({ type1: 'IGO', knownGroup: 'UNO' });
    expect(splitActorCode('IRQMIL')).toMatchObject({ country: 'IRQ', type1: 'MIL' });
    expect(splitActorCode('IRQKURREB')).toMatchObject({ country: 'IRQ', ethnic: 'KUR', type1: 'REB' });
  });
});

describe('plover', () => {
  it('is one PLOVER JSON record per line with event type, mode, context, actors, date, location and text', async () => {
    const records = (await run('plover', [base, noPlace])).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({
      id: 'faultline-7',
      date: '2014-06-10',
      event: ['COERCE'],
      event_type: 'COERCE',
      mode: 'seize',
      context: ['military'],
      source: [{ code: '---', sector: 'REB', actor_text: 'Sunni militants', cameo_code: '---REBSUN', religion: 'SUN' }],
      recipient: [{ code: 'IRQ', actor_text: 'Mosul' }],
      event_loc: { geonameid: 99072, name: 'Mosul', latitude: 36.335, longitude: 43.119, 'country code': 'IQ', cc3: 'IRQ' },
      text: base.sentence,
      quad_code: 4,
      size: { dead: 12, injured: null },
    });
    expect(records[1]).toMatchObject({ recipient: [], event_loc: null, modality: 'future' });
  });
});

describe('acled', () => {
  it('maps CAMEO codes to ACLED types by the documented table', () => {
    expect(acledType('192', '---REB')).toEqual({ eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' });
    expect(acledType('192', 'IRQMIL')).toEqual({ eventType: 'Battles', subEventType: 'Government regains territory' });
    expect(acledType('1831', '---')).toEqual({ eventType: 'Explosions/Remote violence', subEventType: 'Suicide bomb' });
    expect(acledType('1833', '---')?.subEventType).toBe('Remote explosive/landmine/IED');
    expect(acledType('1951', 'USAMIL')?.subEventType).toBe('Air/drone strike');
    expect(acledType('173', 'IRQCOP')?.subEventType).toBe('Arrests');
    expect(acledType('145', 'EGYOPP')?.eventType).toBe('Riots');
    expect(acledType('042', 'USAGOV')).toBeNull();
  });

  it('reads back as CSV with ACLED columns; keeps only asserted ACLED-type events', async () => {
    const rows = readCsv(await run('acled', [base, noPlace, countryOnly]));
    expect(rows[0]).toEqual(ACLED_COLUMNS);
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(ACLED_COLUMNS.map((n, i) => [n, rows[1][i]]));
    expect(record).toEqual({
      event_id_cnty: 'IRQ7',
      event_date: '2014-06-10',
      year: '2014',
      event_type: 'Battles',
      sub_event_type: 'Non-state actor overtakes territory',
      actor1: 'Sunni militants',
      actor2: 'Iraq',
      country: 'Iraq',
      admin1: 'Nineveh',
      location: 'Mosul',
      latitude: '36.335',
      longitude: '43.119',
      geo_precision: '1',
      source: 'example.com',
      notes: base.sentence,
      fatalities: '12',
    });
    expect(rows[2][0]).toBe('IRQ9');
    expect(rows[2][ACLED_COLUMNS.indexOf('geo_precision')]).toBe('3');
  });
});
