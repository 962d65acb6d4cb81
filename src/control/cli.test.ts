/**
 * `faultline control` (src/cli/control-command.ts). Its answers are checked against a store that
 * implements only `controlClaims`, as the contract describes it; a second block runs the command
 * itself on a real SQLite store, once that backend exists.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ControlClaim, Store } from '../store/types.js';
import { control, controlCommand, formatHolder, formatHoldings, formatTimeline } from '../cli/control-command.js';
import { placeNameMatches } from './place-name.js';
import { holderAt, timelines } from './timeline.js';

let nextId = 1;
const MOSUL = { geonameId: 99072, place: 'Mosul', country: 'IQ', lat: 36.335, lon: 43.119 };
const RAQQA = { geonameId: 163915, place: 'Raqqa', country: 'SY', lat: 35.95, lon: 39.01 };

function claim(date: string, actor: string, change: 'took' | 'lost', place = MOSUL): ControlClaim {
  const id = nextId++;
  return { eventId: id, ...place, actor, actorName: actor === 'IMGMUSISI' ? 'Islamic State' : 'Iraq military', change, date, code: change === 'took' ? '192' : '0874', sentence: `${actor} ${change} ${place.place} (report ${id}).`, url: `https://example.org/${id}` };
}

const CLAIMS = [
  claim('2014-01-12', 'IMGMUSISI', 'took', RAQQA),
  claim('2014-06-10', 'IMGMUSISI', 'took'),
  claim('2014-06-10', 'IRQMIL', 'lost'),
  claim('2017-07-10', 'IRQMIL', 'took'),
];

/** a store that answers `controlClaims` the way the contract says and nothing else */
function fakeStore(claims: ControlClaim[]): Store {
  return {
    kind: 'sqlite',
    async controlClaims(q: { geonameId?: number; place?: string; actor?: string; until?: string }) {
      return claims.filter(
        (c) =>
          (q.geonameId === undefined || c.geonameId === q.geonameId) &&
          (q.place === undefined || c.place.toLowerCase() === q.place.toLowerCase()) &&
          (q.actor === undefined || c.actor.startsWith(q.actor)) &&
          (q.until === undefined || c.date <= q.until),
      );
    },
    async close() {},
  } as unknown as Store;
}

function sink(): { stream: Writable; text: () => string } {
  let buf = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      buf += String(chunk);
      done();
    },
  });
  return { stream, text: () => buf };
}

async function ask(q: Parameters<typeof controlCommand>[1]): Promise<{ code: number; out: string; err: string }> {
  const out = sink();
  const err = sink();
  const code = await controlCommand(fakeStore(CLAIMS), q, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('faultline control PLACE', () => {
  it('prints the timeline of a place named in any case', async () => {
    const { code, out } = await ask({ place: 'mosul', format: 'table' });
    expect(code).toBe(0);
    expect(out).toContain('Mosul (IQ, GeoNames 99072) — 2 holdings');
    expect(out).toMatch(/2014-06-10\s+2017-07-10\s+IMGMUSISI Islamic State\s+2 reports/);
    expect(out).toMatch(/2017-07-10\s+…\s+IRQMIL Iraq military\s+1 report/);
  });

  it('finds a place by GeoNames id', async () => {
    const { out } = await ask({ place: '99072', format: 'json' });
    const json = JSON.parse(out);
    expect(json.place).toMatchObject({ geonameId: 99072, name: 'Mosul' });
    expect(json.holdings.map((h: { actor: string }) => h.actor)).toEqual(['IMGMUSISI', 'IRQMIL']);
  });

  it('with --date prints the holder with its evidence sentences and URLs', async () => {
    const { out } = await ask({ place: 'Mosul', date: '2015-01-01', format: 'table' });
    expect(out).toContain('Mosul on 2015-01-01: IMGMUSISI Islamic State since 2014-06-10 (until 2017-07-10)');
    expect(out).toContain('IRQMIL lost it (CAMEO 0874');
    expect(out).toContain(`“${CLAIMS[1]!.sentence}”`);
    expect(out).toContain(CLAIMS[1]!.url!);
  });

  it('before the first claim: no one is reported to hold it', async () => {
    const { code, out } = await ask({ place: 'Mosul', date: '2010-01-01', format: 'table' });
    expect(code).toBe(0);
    expect(out).toContain('No one is reported to hold Mosul on 2010-01-01');
    expect(JSON.parse((await ask({ place: 'Mosul', date: '2010-01-01', format: 'json' })).out).holding).toBeNull();
  });

  it('an unknown place is exit status 1 with a message', async () => {
    const { code, err } = await ask({ place: 'Atlantis', format: 'table' });
    expect(code).toBe(1);
    expect(err).toContain('no control claims about “Atlantis”');
  });
});

describe('place names', () => {
  it('"Fallujah" finds GeoNames’ "Al Fallūjah"', async () => {
    const fallujah = { geonameId: 99454, place: 'Al Fallūjah', country: 'IQ', lat: 33.35, lon: 43.79 };
    const out = sink();
    const code = await controlCommand(fakeStore([...CLAIMS, claim('2014-01-04', 'IMGMUSISI', 'took', fallujah)]), { place: 'Fallujah', date: '2015-01-01', format: 'json' }, out.stream, sink().stream);
    expect(code).toBe(0);
    expect(JSON.parse(out.text()).holding).toMatchObject({ geonameId: 99454, actor: 'IMGMUSISI' });
  });

  it('"Palmyra" finds the stored "Tadmur" through the gazetteer\'s other names for it', async () => {
    const tadmur = { geonameId: 163808, place: 'Tadmur', country: 'SY', lat: 34.56, lon: 38.28 };
    const out = sink();
    const code = await controlCommand(fakeStore([...CLAIMS, claim('2015-05-20', 'IMGMUSISI', 'took', tadmur)]), { place: 'Palmyra', date: '2015-06-01', format: 'json' }, out.stream, sink().stream);
    expect(code).toBe(0);
    expect(JSON.parse(out.text()).holding).toMatchObject({ geonameId: 163808, actor: 'IMGMUSISI' });
  });

  it('folds case, accents, punctuation and a leading article', () => {
    expect(placeNameMatches('fallujah', 'Al Fallūjah')).toBe(true);
    expect(placeNameMatches('Deir ez-Zor', 'Deir ez Zor')).toBe(true);
    expect(placeNameMatches('The Hague', 'Hague')).toBe(true);
    expect(placeNameMatches('Mosul', 'Mosul Dam')).toBe(false);
    expect(placeNameMatches('', 'Mosul')).toBe(false);
  });
});

describe('faultline control --actor', () => {
  it('lists the places held on a day', async () => {
    const { out } = await ask({ actor: 'IMGMUSISI', date: '2015-01-01', format: 'table' });
    expect(out).toContain('IMGMUSISI on 2015-01-01: 2 places');
    expect(out).toMatch(/Mosul\s+IQ\s+99072/);
    expect(out).toMatch(/Raqqa\s+SY\s+163915/);
  });

  it('a later capture by someone else ends the holding', async () => {
    const { out } = await ask({ actor: 'IMGMUSISI', date: '2018-01-01', format: 'json' });
    expect(JSON.parse(out).holdings.map((h: { place: string }) => h.place)).toEqual(['Raqqa']);
  });

  it('a government code finds what its military holds', async () => {
    const { out } = await ask({ actor: 'IRQGOV', date: '2018-01-01', format: 'json' });
    expect(JSON.parse(out).holdings.map((h: { place: string; actor: string }) => [h.place, h.actor])).toEqual([['Mosul', 'IRQMIL']]);
  });

  it('nothing held is an answer, not an error', async () => {
    const { code, out } = await ask({ actor: 'USA', date: '2018-01-01', format: 'table' });
    expect(code).toBe(0);
    expect(out).toContain('USA is not reported to hold any place on 2018-01-01.');
  });
});

describe('formatting', () => {
  it('shows a contest and an unknown holder', () => {
    const a = claim('2016-10-17', 'IRQMIL', 'took');
    const b = claim('2016-10-17', 'IMGMUSISI', 'took');
    const c = claim('2016-12-01', 'IMGMUSISI', 'lost');
    const line = timelines([a, b, c]).get('99072')!;
    const table = formatTimeline(line);
    expect(table).toContain('contested: IMGMUSISI over IRQMIL (1): as many reports; the latest report');
    expect(table).toContain('unknown (after IMGMUSISI lost it)');
    expect(formatHolder('Mosul', '2017-01-01', holderAt([a, b, c], '2017-01-01'))).toContain('holder unknown since 2016-12-01, after IMGMUSISI lost it');
    expect(formatHoldings('IRQ', '2017-01-01', [])).toBe('IRQ is not reported to hold any place on 2017-01-01.');
  });
});

describe('argument errors', () => {
  it('needs a place or an actor, not both', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await control.run([])).toBe(2);
      expect(await control.run(['Mosul', '--actor', 'IRQ'])).toBe(2);
      expect(await control.run(['Mosul', '--date', '2015-13-45'])).toBe(2);
      expect(await control.run(['Mosul', '--format', 'xml'])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });
});

// The real thing, once the SQLite backend is in the tree: ingest analyzed dispatches, ask the command.
const SQLITE = fileURLToPath(new URL('../store/backends/sqlite.ts', import.meta.url));
const OPEN = fileURLToPath(new URL('../store/open.ts', import.meta.url));

describe.skipIf(!existsSync(SQLITE) || !existsSync(OPEN))('faultline control on a SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-control-'));
  const db = join(dir, 'test.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers from ingested dispatches', async () => {
    const { analyze } = await import('../analyze.js');
    const { openStore } = await import('../store/open.js');
    const store = await openStore(db);
    const docs = [
      { id: 'fall', date: '2014-06-11', text: 'Islamic State militants captured Mosul on Tuesday.' },
      { id: 'retake', date: '2017-07-11', text: 'Iraqi forces recaptured Mosul from Islamic State on Monday.' },
    ];
    try {
      await store.migrate();
      for (const d of docs) {
        const result = analyze({ text: d.text, date: d.date, id: d.id });
        await store.addDocument({ hash: d.id, origin: d.id, url: `https://example.org/${d.id}`, title: null, source: 'example.org', publishedAt: d.date }, result);
      }
      expect((await store.controlClaims({ place: 'Mosul' })).map((c) => [c.actor, c.change])).toEqual([
        ['IMGMUSISI', 'took'],
        ['IRQMIL', 'took'],
      ]);
    } finally {
      await store.close();
    }
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    try {
      expect(await control.run(['mosul', '--date', '2015-01-01', '--db', db, '--format', 'json'])).toBe(0);
      expect(await control.run(['--actor', 'IRQ', '--date', '2018-01-01', '--db', db, '--format', 'json'])).toBe(0);
    } finally {
      write.mockRestore();
    }
    expect(JSON.parse(out[0]!).holding.actor).toBe('IMGMUSISI');
    expect(JSON.parse(out[1]!).holdings.map((h: { place: string }) => h.place)).toEqual(['Mosul']);
  });
});
