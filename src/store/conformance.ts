/**
 * The conformance suite every `Store` backend passes (`sqlite.test.ts`, `postgres.test.ts`).
 * `open` must return a fresh, empty store each time it is called.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { newDocument, place, resultOf, type RecordSpec } from './test-records.js';
import type { EventFilter, Store, StoredEvent } from './types.js';

const MOSUL = place('Mosul', 99072, 'IQ', 'IRQ', 36.335, 43.119);
const BAGHDAD = place('Baghdad', 98182, 'IQ', 'IRQ', 33.34, 44.4);
/** about 11 km north of central Baghdad */
const BAGHDAD_NORTH = place('Kadhimiya', 1, 'IQ', 'IRQ', 33.44, 44.4);
const WASHINGTON = place('Washington', 4140963, 'US', 'USA', 38.895, -77.036);
/** only the ISO-2 code: the store derives ISO-3 */
const ALEPPO = place('Aleppo', 170063, 'SY', null, 36.202, 37.158);

/** Six events, one document each, each on its own date (the date names it in assertions). */
const FIXTURES: Array<{ text: string; spec: RecordSpec }> = [
  { text: 'Sunni militants seized Mosul on Tuesday.', spec: { date: '2014-06-10', code: '192', source: '---REBSUN', target: 'IRQ', location: MOSUL } },
  { text: 'Iraqi soldiers fled Mosul.', spec: { date: '2014-06-11', code: '0874', plover: 'RETREAT', source: 'IRQMIL', target: null, location: MOSUL } },
  { text: 'Parliament may declare a state of emergency.', spec: { date: '2014-06-12', code: '1724', plover: 'SANCTION', source: '---LEG', target: null, modality: 'hypothetical' } },
  { text: 'American troops fought insurgents in Baghdad in 2008.', spec: { date: '2008-05-01', code: '193', source: 'USAMIL', target: 'IRQREB', location: BAGHDAD, historical: true } },
  { text: 'The president will meet Iraqi leaders in Washington.', spec: { date: '2014-06-13', code: '042', plover: 'CONSULT', source: 'USAGOV', target: 'IRQGOV', location: WASHINGTON, modality: 'future' } },
  { text: 'Syrian troops shelled rebel districts of Aleppo.', spec: { date: '2014-06-14', code: '195', source: 'SYRMIL', target: 'SYRREB', location: ALEPPO } },
];

/** Runs the whole contract against one backend. */
export function runConformance(name: string, open: () => Promise<Store>): void {
  describe(`store conformance: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    async function addFixtures(): Promise<void> {
      for (const [i, f] of FIXTURES.entries())
        await store.addDocument(newDocument(`fixture-${i}`, { source: `outlet${i}` }), resultOf(f.text, [f.spec]), { enabled: false });
    }

    async function datesOf(filter: EventFilter): Promise<string[]> {
      return (await store.queryEvents(filter, { limit: 100 })).items.map((e) => e.date).sort();
    }

    describe('schema and documents', () => {
      it('migrates idempotently', async () => {
        const version = await store.migrate();
        expect(version).toBeGreaterThan(0);
        expect(await store.migrate()).toBe(version);
        expect(await store.stats()).toEqual({ documents: 0, failed: 0, mentions: 0, events: 0 });
      });

      it('stores a document once per content hash', async () => {
        const doc = newDocument('one', { title: 'Mosul falls', url: 'https://www.example.com/a' });
        const result = resultOf('Sunni militants seized Mosul on Tuesday.', [FIXTURES[0].spec]);
        expect(await store.hasDocument(doc.hash)).toBe(false);
        const first = await store.addDocument(doc, result);
        expect(first).toMatchObject({ inserted: true, mentions: 1, created: 1, merged: 0 });
        expect(await store.hasDocument(doc.hash)).toBe(true);
        const before = await store.stats();
        const again = await store.addDocument(doc, result);
        expect(again).toEqual({ documentId: first.documentId, inserted: false, mentions: 0, merged: 0, created: 0 });
        expect(await store.stats()).toEqual(before);
        const stored = await store.getDocument(first.documentId);
        expect(stored).toMatchObject({ title: 'Mosul falls', status: 'ok', eventCount: 1, text: result.document.text, warnings: [] });
        expect(await store.getDocument(first.documentId + 1000)).toBeNull();
      });

      it('records failures with status error', async () => {
        const doc = newDocument('broken', { origin: 'feed#1' });
        const outcome = await store.addFailure(doc, 'not English');
        expect(outcome.inserted).toBe(true);
        expect((await store.addFailure(doc, 'not English')).inserted).toBe(false);
        expect(await store.hasDocument(doc.hash)).toBe(true);
        const page = await store.listDocuments({ status: 'error' });
        expect(page.items.map((d) => [d.origin, d.status, d.error])).toEqual([['feed#1', 'error', 'not English']]);
        expect((await store.listDocuments({ status: 'ok' })).items).toEqual([]);
        expect(await store.stats()).toEqual({ documents: 1, failed: 1, mentions: 0, events: 0 });
      });

      it('lists documents by full text, in pages', async () => {
        await addFixtures();
        const found = await store.listDocuments({ q: 'insurgents' });
        expect(found.items.map((d) => d.text)).toEqual([FIXTURES[3].text]);
        expect((await store.listDocuments({ q: 'mosul' })).items).toHaveLength(2);
        expect((await store.listDocuments({ q: '"(:*' })).items).toEqual([]);
        const first = await store.listDocuments({ limit: 4 });
        const second = await store.listDocuments({ limit: 4, cursor: first.next });
        expect(first.items).toHaveLength(4);
        expect(second.items).toHaveLength(2);
        expect(second.next).toBeNull();
        expect(new Set([...first.items, ...second.items].map((d) => d.id)).size).toBe(6);
      });
    });

    describe('event filters', () => {
      beforeEach(addFixtures);

      it('filters by each field', async () => {
        expect(await datesOf({})).toHaveLength(6);
        expect(await datesOf({ from: '2014-06-11', to: '2014-06-13' })).toEqual(['2014-06-11', '2014-06-12', '2014-06-13']);
        expect(await datesOf({ actor: 'IRQ' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-11', '2014-06-13']);
        expect(await datesOf({ source: 'irq' })).toEqual(['2014-06-11']);
        expect(await datesOf({ target: 'IRQ' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-13']);
        expect(await datesOf({ target: 'IRQREB' })).toEqual(['2008-05-01']);
        expect(await datesOf({ root: '19' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-14']);
        expect(await datesOf({ code: '19' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-14']);
        expect(await datesOf({ code: '087' })).toEqual(['2014-06-11']);
        expect(await datesOf({ code: '192' })).toEqual(['2014-06-10']);
        expect(await datesOf({ ploverType: 'RETREAT' })).toEqual(['2014-06-11']);
        expect(await datesOf({ country: 'IQ' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-11']);
        expect(await datesOf({ country: 'irq' })).toEqual(['2008-05-01', '2014-06-10', '2014-06-11']);
        expect(await datesOf({ country: 'SYR' })).toEqual(['2014-06-14']);
        expect(await datesOf({ country: 'SY' })).toEqual(['2014-06-14']);
        expect(await datesOf({ bbox: [38, 30, 49, 38] })).toEqual(['2008-05-01', '2014-06-10', '2014-06-11']);
        expect(await datesOf({ bbox: [170, -10, -70, 40] })).toEqual(['2014-06-13']);
        expect(await datesOf({ modality: ['asserted'] })).toEqual(['2008-05-01', '2014-06-10', '2014-06-11', '2014-06-14']);
        expect(await datesOf({ modality: ['future', 'hypothetical'] })).toEqual(['2014-06-12', '2014-06-13']);
        expect(await datesOf({ historical: true })).toEqual(['2008-05-01']);
        expect(await datesOf({ historical: false })).toHaveLength(5);
        expect(await datesOf({ q: 'insurgents' })).toEqual(['2008-05-01']);
        expect(await datesOf({ q: 'Mosul' })).toEqual(['2014-06-10', '2014-06-11']);
        expect(await datesOf({ q: 'fled mosul' })).toEqual(['2014-06-11']);
        expect(await datesOf({ geonameId: 99072 })).toEqual(['2014-06-10', '2014-06-11']);
        expect(await datesOf({ actor: 'IRQ', modality: ['asserted'], historical: false, country: 'IQ' })).toEqual(['2014-06-10', '2014-06-11']);
        expect(await store.countEvents({ actor: 'IRQ' })).toBe(4);
        expect(await store.countEvents({})).toBe(6);
      });

      it('keeps a location as given and fills its ISO-3', async () => {
        const [aleppo] = (await store.queryEvents({ geonameId: 170063 })).items;
        expect(aleppo.location).toEqual(ALEPPO);
        const [noPlace] = (await store.queryEvents({ root: '17' })).items;
        expect(noPlace.location).toBeNull();
        expect(noPlace.modality).toBe('hypothetical');
      });

      it('streams every matching event', async () => {
        const all: StoredEvent[] = [];
        for await (const e of store.streamEvents({ modality: ['asserted'] })) all.push(e);
        expect(all.map((e) => e.date)).toEqual(['2014-06-14', '2014-06-11', '2014-06-10', '2008-05-01']);
      });

      it('summarizes actors and places', async () => {
        const actors = await store.actors({});
        expect(actors.find((a) => a.code === 'IRQMIL')).toMatchObject({ asSource: 1, asTarget: 0 });
        expect(actors.find((a) => a.code === 'IRQ')).toMatchObject({ asSource: 0, asTarget: 1 });
        expect((await store.actors({ q: 'irq' })).map((a) => a.code).sort()).toEqual(['IRQ', 'IRQGOV', 'IRQMIL', 'IRQREB']);
        const places = await store.places({});
        expect(places[0]).toMatchObject({ geonameId: 99072, name: 'Mosul', country: 'IQ', events: 2 });
        expect((await store.places({ country: 'SYR' })).map((p) => p.name)).toEqual(['Aleppo']);
        expect((await store.places({ q: 'wash' })).map((p) => p.name)).toEqual(['Washington']);
      });

      it('aggregates per day, per map cell and per actor pair, under the same filters', async () => {
        const all = (await store.queryEvents({}, { limit: 100 })).items;
        const quadOf = (date: string) => all.find((e) => e.date === date)!.quadClass;
        const days = await store.dayCounts({});
        expect(days.map((d) => [d.date, d.events])).toEqual([
          ['2008-05-01', 1], ['2014-06-10', 1], ['2014-06-11', 1], ['2014-06-12', 1], ['2014-06-13', 1], ['2014-06-14', 1],
        ]);
        for (const d of days) expect(d.quad[quadOf(d.date) - 1]).toBe(1);
        expect((await store.dayCounts({ actor: 'IRQ', historical: false })).map((d) => d.date)).toEqual(['2014-06-10', '2014-06-11', '2014-06-13']);

        // 10° cells: Mosul and Baghdad share one, Aleppo and Washington have their own; no point, no cluster
        const coarse = await store.clusters({}, 10);
        expect(coarse.map((c) => c.events)).toEqual([3, 1, 1]);
        expect(coarse[0]).toMatchObject({ eventId: null, place: null, mentions: 3 });
        expect(coarse[0].lat).toBeCloseTo((36.34 * 2 + 33.34) / 3, 1);
        const aleppo = coarse.find((c) => c.place === 'Aleppo')!;
        expect(aleppo).toMatchObject({ events: 1, eventId: all.find((e) => e.date === '2014-06-14')!.id, quad: [0, 0, 0, 1] });
        const fine = await store.clusters({ country: 'IQ' }, 1);
        expect(fine.map((c) => [c.place, c.events])).toEqual([['Mosul', 2], ['Baghdad', 1]]);
        expect(await store.clusters({ country: 'IQ' }, 1, 1)).toHaveLength(1);
        await expect(store.clusters({}, 0)).rejects.toThrow(/cell/);

        const links = await store.actorLinks({});
        expect(links.map((l) => `${l.source}>${l.target}`).sort()).toEqual(['---REBSUN>IRQ', 'SYRMIL>SYRREB', 'USAGOV>IRQGOV', 'USAMIL>IRQREB']);
        expect(links.every((l) => l.events === 1 && l.quad.reduce((a, b) => a + b) === 1)).toBe(true);
        // a bare country is named by the country, not by whatever words its events used
        expect(links.find((l) => l.target === 'IRQ')!.targetName).toBe('Iraq');
        expect((await store.actorLinks({ modality: ['asserted'], country: 'IQ' })).map((l) => l.source).sort()).toEqual(['---REBSUN', 'USAMIL']);
        expect(await store.actorLinks({}, 2)).toHaveLength(2);
      });

      it('finds control claims, oldest first', async () => {
        const claims = await store.controlClaims({ geonameId: 99072 });
        expect(claims.map((c) => [c.date, c.actor, c.change])).toEqual([
          ['2014-06-10', '---REBSUN', 'took'],
          ['2014-06-11', 'IRQMIL', 'lost'],
        ]);
        expect(claims[0]).toMatchObject({ place: 'Mosul', country: 'IQ', code: '192', sentence: FIXTURES[0].text });
        expect((await store.controlClaims({ place: 'mosul', until: '2014-06-10' })).map((c) => c.actor)).toEqual(['---REBSUN']);
        expect((await store.controlClaims({ actor: 'IRQ' })).map((c) => c.actor)).toEqual(['IRQMIL']);
      });
    });

    describe('pagination', () => {
      it('pages by cursor with no duplicates or gaps', async () => {
        const specs = Array.from({ length: 25 }, (_, i) => ({ date: `2014-06-${String(10 + (i % 5)).padStart(2, '0')}`, source: `IRQ${i}` }));
        await store.addDocument(newDocument('many'), resultOf('Many things happened.', specs), { enabled: false });
        const all = (await store.queryEvents({}, { limit: 100 })).items;
        expect(all).toHaveLength(25);
        const seen: StoredEvent[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: Awaited<ReturnType<Store['queryEvents']>> = await store.queryEvents({}, { limit: 7, cursor });
          seen.push(...page.items);
          cursor = page.next;
          pages++;
        } while (cursor);
        expect(pages).toBe(4);
        expect(seen.map((e) => e.id)).toEqual(all.map((e) => e.id));
        const keys = seen.map((e) => `${e.date}#${String(e.id).padStart(9, '0')}`);
        expect(keys).toEqual([...keys].sort().reverse());
        await expect(store.queryEvents({}, { cursor: 'garbage' })).rejects.toThrow(/cursor/);
      });
    });

    describe('merging', () => {
      const BASE: RecordSpec = { code: '193', source: 'IMGMUSISI', target: 'IRQMIL', date: '2014-06-11', location: BAGHDAD };

      async function ingest(key: string, source: string, specs: RecordSpec[], url: string | null = null) {
        return store.addDocument(newDocument(key, { source, url }), resultOf(`Report ${key}.`, specs));
      }

      it('merges reports of one event and counts mentions, sources and articles', async () => {
        const a = await ingest('a', 'reuters.com', [BASE]);
        const b = await ingest('b', 'apnews.com', [{ ...BASE, code: '190', source: '---', date: '2014-06-12', location: BAGHDAD_NORTH }]);
        const c = await ingest('c', '', [{ ...BASE, target: 'IRQ', location: null, dead: 12 }], 'https://www.reuters.com/x');
        expect(a.created).toBe(1);
        expect(b).toMatchObject({ merged: 1, created: 0 });
        expect(c).toMatchObject({ merged: 1, created: 0 });
        // each of these differs in one way that makes it another event
        const others: RecordSpec[] = [
          { ...BASE, location: MOSUL },
          { ...BASE, date: '2014-06-20' },
          { ...BASE, source: 'SYRMIL' },
          { ...BASE, modality: 'negated' },
          { ...BASE, code: '0874' },
        ];
        for (const [i, spec] of others.entries()) expect((await ingest(`x${i}`, 'afp.com', [spec])).created).toBe(1);
        expect(await store.stats()).toMatchObject({ mentions: 8, events: 6 });

        const [event] = (await store.queryEvents({ source: 'IMG', code: '19', from: '2014-06-11', to: '2014-06-12', geonameId: 98182, modality: ['asserted'] })).items;
        expect(await store.countEvents({ code: '19', geonameId: 98182, modality: ['asserted'] })).toBe(3);
        expect(event).toMatchObject({ mentions: 3, articles: 3, sources: 2, code: '193', date: '2014-06-11', precision: 'day' });
        expect(event.source.code).toBe('IMGMUSISI');
        expect(event.target?.code).toBe('IRQMIL');
        expect(event.location).toEqual(BAGHDAD);
        expect(event.casualties).toEqual({ dead: 12, injured: null });
        const full = await store.getEvent(event.id);
        expect(full!.mentionList.map((m) => m.documentId)).toEqual([a.documentId, b.documentId, c.documentId]);
        expect(full!.mentionList[0].mergeReason).toBeNull();
        expect(full!.mentionList[1].mergeReason).toMatch(/codes 193 and 190 compatible; actors IMGMUSISI→IRQMIL and ---→IRQMIL compatible; dates 1 day apart; places 11 km apart/);
        expect(full!.mentionList[2].mergeReason).toMatch(/one place unknown, same country IRQ/);
        expect(full!.mentionList[2].record.casualties).toEqual({ dead: 12, injured: null });
      });

      it('merges the same event told twice in one document', async () => {
        const outcome = await ingest('twice', 'reuters.com', [BASE, { ...BASE, code: '190', precision: 'publication', date: '2014-06-12' }]);
        expect(outcome).toMatchObject({ mentions: 2, merged: 1, created: 1 });
        const [event] = (await store.queryEvents({})).items;
        expect(event).toMatchObject({ mentions: 2, articles: 1, sources: 1, date: '2014-06-11', precision: 'day' });
      });

      it('does not merge when merging is disabled', async () => {
        await ingest('a', 'reuters.com', [BASE]);
        await store.addDocument(newDocument('b'), resultOf('b', [BASE]), { enabled: false });
        expect((await store.stats()).events).toBe(2);
      });

      it('unmerges, deletes and re-merges', async () => {
        await ingest('a', 'reuters.com', [BASE]);
        const b = await ingest('b', 'apnews.com', [{ ...BASE, date: '2014-06-12' }]);
        await ingest('c', 'afp.com', [{ ...BASE, target: 'IRQ' }]);
        await ingest('d', 'afp.com', [{ ...BASE, location: MOSUL }]);
        expect((await store.stats()).events).toBe(2);
        const [merged] = (await store.queryEvents({ geonameId: 98182 })).items;
        const mention = (await store.getEvent(merged.id))!.mentionList[1];

        const split = await store.unmerge(mention.id);
        expect(split).not.toBe(merged.id);
        expect((await store.getEvent(merged.id))).toMatchObject({ mentions: 2, articles: 2 });
        const alone = await store.getEvent(split);
        expect(alone).toMatchObject({ mentions: 1, date: '2014-06-12' });
        expect(alone!.mentionList.map((m) => [m.id, m.mergeReason])).toEqual([[mention.id, null]]);
        expect(await store.unmerge(mention.id)).toBe(split);
        expect((await store.stats()).events).toBe(3);

        expect(await store.remerge({ enabled: false })).toBe(4);
        expect(await store.remerge({ km: 1000 })).toBe(1);
        expect(await store.remerge({})).toBe(2);
        const [again] = (await store.queryEvents({ geonameId: 98182 })).items;
        expect(again).toMatchObject({ mentions: 3, articles: 3, sources: 3 });

        expect(await store.deleteDocument(b.documentId)).toBe(true);
        expect(await store.deleteDocument(b.documentId)).toBe(false);
        expect(await store.getEvent(again.id)).toMatchObject({ mentions: 2, articles: 2, sources: 2 });
        expect(await store.stats()).toEqual({ documents: 3, failed: 0, mentions: 3, events: 2 });
        const d = (await store.listDocuments({})).items.find((doc) => doc.origin === 'test:d')!;
        await store.deleteDocument(d.id);
        expect(await store.stats()).toMatchObject({ mentions: 2, events: 1 });
      });

      it('merges dispatches coded by analyze() from three outlets, and not a different event', async () => {
        const dispatches = [
          { key: 'reuters', date: '2014-06-12', text: 'BAGHDAD — A suicide bomber killed 21 Iraqi soldiers at a checkpoint north of Baghdad on Wednesday, police said.' },
          { key: 'ap', date: '2014-06-12', text: 'A suicide bomber attacked Iraqi soldiers at an army checkpoint near Baghdad, killing at least 20 of them, officials said.' },
          { key: 'afp', date: '2014-06-13', text: 'Militants attacked Iraqi soldiers at a checkpoint outside Baghdad on Wednesday, killing 21, officials said.' },
          { key: 'bbc', date: '2014-06-12', text: 'Kurdish forces took control of the city of Kirkuk on Thursday after Iraqi troops abandoned their posts.' },
          { key: 'aljazeera', date: '2014-06-12', text: 'Iraqi soldiers did not attack the militants in Baghdad on Wednesday.' },
        ];
        const ids = new Map<string, number>();
        for (const d of dispatches) {
          const result = analyze({ text: d.text, date: d.date, id: d.key });
          const outcome = await store.addDocument(newDocument(d.key, { source: d.key, publishedAt: d.date }), result);
          ids.set(d.key, outcome.documentId);
        }
        // one outlet's suicide bombing (1831) is another's attack (190)
        const bombing = (await store.queryEvents({}, { limit: 100 })).items.find((e) => e.mentions > 1)!;
        expect(bombing).toMatchObject({ mentions: 3, articles: 3, sources: 3, modality: 'asserted', date: '2014-06-11' });
        const docs = (await store.getEvent(bombing.id))!.mentionList.map((m) => m.documentId);
        expect(docs).toEqual([ids.get('reuters'), ids.get('ap'), ids.get('afp')]);
        // Kirkuk and the denial stay events of their own
        const all = (await store.queryEvents({}, { limit: 100 })).items;
        expect(all.filter((e) => e.id !== bombing.id).every((e) => e.mentions === 1)).toBe(true);
        expect(all.find((e) => e.modality === 'negated')).toBeTruthy();
        expect(await store.countEvents({ q: 'Kirkuk' })).toBeGreaterThan(0);
        expect(await store.countEvents({ q: 'checkpoint' })).toBe(1);
      });
    });

    it('leaves nothing of a document whose ingest fails half-way', async () => {
      const result = resultOf('Half of this is stored, then it fails.', [{ code: '193' }, { code: '0874' }]);
      result.events[1].cameo.name = null as unknown as string;
      const doc = newDocument('half');
      await expect(store.addDocument(doc, result)).rejects.toThrow();
      expect(await store.hasDocument(doc.hash)).toBe(false);
      expect(await store.stats()).toEqual({ documents: 0, failed: 0, mentions: 0, events: 0 });
      result.events[1].cameo.name = 'Retreat';
      expect((await store.addDocument(doc, result)).inserted).toBe(true);
    });

    it('stores a batch of documents in one transaction, merging within it, all or none', async () => {
      const spec: RecordSpec = { code: '193', source: 'IMGMUSISI', target: 'IRQMIL', date: '2014-06-11', location: BAGHDAD };
      const items = ['a', 'b', 'c'].map((k) => ({ doc: newDocument(`batch-${k}`, { source: `outlet-${k}` }), result: resultOf(`Report ${k}.`, [spec]) }));
      const outcomes = await store.addDocuments([...items, items[0]]);
      expect(outcomes.map((o) => [o.inserted, o.created, o.merged])).toEqual([[true, 1, 0], [true, 0, 1], [true, 0, 1], [false, 0, 0]]);
      expect(await store.stats()).toMatchObject({ documents: 3, mentions: 3, events: 1 });
      expect(await store.addDocuments([])).toEqual([]);
      // one bad document fails the whole batch: nothing of the good one before it stays
      const bad = resultOf('Broken.', [{ code: '193' }]);
      bad.events[0].cameo.name = null as unknown as string;
      const good = { doc: newDocument('batch-good'), result: resultOf('Fine.', [{ code: '0874' }]) };
      await expect(store.addDocuments([good, { doc: newDocument('batch-bad'), result: bad }])).rejects.toThrow();
      expect(await store.hasDocument(good.doc.hash)).toBe(false);
      expect(await store.stats()).toMatchObject({ documents: 3, mentions: 3, events: 1 });
    });

    it('accepts records with and without locations through the whole path', async () => {
      await store.addDocument(newDocument('mixed'), resultOf('x', [{}, { location: BAGHDAD, date: '2014-07-01' }]));
      const items = (await store.queryEvents({})).items;
      expect(items.map((e) => e.location?.name ?? null)).toEqual(['Baghdad', null]);
    });
  });
}
