import { describe, expect, it } from 'vitest';
import type { ControlClaim } from '../store/types.js';
import { holderAt, holdingsOf, sameSide, timelines } from './timeline.js';

let nextId = 1;

/** a hand-made claim about Mosul unless told otherwise */
function claim(date: string, actor: string, change: 'took' | 'lost', over: Partial<ControlClaim> = {}): ControlClaim {
  return {
    eventId: nextId++,
    geonameId: 99072,
    place: 'Mosul',
    country: 'IQ',
    lat: 36.335,
    lon: 43.119,
    actor,
    actorName: actor,
    change,
    date,
    code: change === 'took' ? '192' : '0874',
    sentence: `${actor} ${change} Mosul.`,
    url: `https://example.org/${nextId}`,
    ...over,
  };
}

const RAQQA = { geonameId: 163915, place: 'Raqqa', country: 'SY', lat: 35.95, lon: 39.01 };
const FALLUJAH = { geonameId: 98860, place: 'Fallujah', country: 'IQ', lat: 33.35, lon: 43.78 };

describe('holderAt', () => {
  const mosul = [claim('2014-06-10', 'IMGMUSISI', 'took'), claim('2017-07-10', 'IRQMIL', 'took')];

  it('ISIS takes Mosul in 2014, Iraqi forces retake it in 2017', () => {
    expect(holderAt(mosul, '2015-01-01')?.actor).toBe('IMGMUSISI');
    expect(holderAt(mosul, '2018-01-01')?.actor).toMatch(/^IRQ/);
    expect(holderAt(mosul, '2014-06-10')?.actor).toBe('IMGMUSISI');
    // The day of the transfer belongs to the new holder.
    expect(holderAt(mosul, '2017-07-10')?.actor).toBe('IRQMIL');
    expect(holderAt(mosul, '2017-07-09')?.actor).toBe('IMGMUSISI');
  });

  it('before the first claim no one is reported to hold it', () => {
    expect(holderAt(mosul, '2014-06-09')).toBeNull();
    expect(holderAt([], '2014-06-09')).toBeNull();
  });

  it('the holding says since when, until when and on what evidence', () => {
    const h = holderAt(mosul, '2015-01-01')!;
    expect(h).toMatchObject({ geonameId: 99072, place: 'Mosul', since: '2014-06-10', until: '2017-07-10', contest: null });
    expect(h.evidence.map((c) => c.eventId)).toEqual([mosul[0]!.eventId]);
  });

  it('a loss without a taker ends the holding with an unknown holder', () => {
    const claims = [claim('2014-06-10', 'IMGMUSISI', 'took'), claim('2016-03-01', 'IMGMUSISI', 'lost')];
    const h = holderAt(claims, '2016-05-01')!;
    expect(h).toMatchObject({ actor: null, actorName: null, since: '2016-03-01', until: null, lostBy: [{ actor: 'IMGMUSISI' }] });
    expect(holderAt(claims, '2015-01-01')).toMatchObject({ actor: 'IMGMUSISI', until: '2016-03-01' });
  });

  it('a loss with nothing known before starts with an unknown holder', () => {
    const h = holderAt([claim('2014-06-10', 'IRQMIL', 'lost')], '2014-07-01')!;
    expect(h).toMatchObject({ actor: null, since: '2014-06-10', lostBy: [{ actor: 'IRQMIL' }] });
  });

  it('implicit transfer: A lost and B took the same day → B, with A’s loss as evidence', () => {
    const claims = [claim('2013-01-01', 'IRQMIL', 'took'), claim('2014-06-10', 'IRQMIL', 'lost'), claim('2014-06-10', '---REBSUN', 'took')];
    const line = timelines(claims).get('99072')!;
    expect(line.map((h) => [h.actor, h.since, h.until])).toEqual([
      ['IRQMIL', '2013-01-01', '2014-06-10'],
      ['---REBSUN', '2014-06-10', null],
    ]);
    expect(line[1]!.evidence.map((c) => c.change).sort()).toEqual(['lost', 'took']);
  });

  it('a loss by someone who does not hold the place changes nothing but is kept', () => {
    const claims = [claim('2014-06-10', 'IMGMUSISI', 'took'), claim('2014-06-20', 'IRQMIL', 'lost')];
    const h = holderAt(claims, '2014-07-01')!;
    expect(h.actor).toBe('IMGMUSISI');
    expect(h.evidence).toHaveLength(2);
  });

  it('the government and its military are one side: one holding continues', () => {
    const claims = [claim('2017-07-10', 'IRQMIL', 'took'), claim('2017-07-12', 'IRQGOV', 'took')];
    const line = timelines(claims).get('99072')!;
    expect(line).toHaveLength(1);
    expect(line[0]).toMatchObject({ actor: 'IRQMIL', since: '2017-07-10' });
    expect(line[0]!.evidence).toHaveLength(2);
    // The government losing it ends the military's holding too.
    expect(holderAt([...claims, claim('2018-01-01', 'IRQGOV', 'lost')], '2018-02-01')?.actor).toBeNull();
  });

  it('the same group reported more or less precisely is one side', () => {
    const claims = [claim('2014-06-10', '---REBSUN', 'took'), claim('2014-06-11', '---REB', 'took')];
    expect(timelines(claims).get('99072')).toHaveLength(1);
    expect(sameSide('IRQ', 'IRQREB')).toBe(false);
    expect(sameSide('IMGMUS', 'IMGMUSISI')).toBe(true);
  });

  describe('same-day conflict', () => {
    it('more reports win, and the holding says so', () => {
      const claims = [claim('2016-10-17', 'IRQMIL', 'took'), claim('2016-10-17', 'IMGMUSISI', 'took'), claim('2016-10-17', 'IMGMUSISI', 'took')];
      const h = holderAt(claims, '2016-10-18')!;
      expect(h.actor).toBe('IMGMUSISI');
      expect(h.evidence).toHaveLength(3);
      expect(h.contest).toMatchObject({ winner: 'IMGMUSISI', rivals: [{ actor: 'IRQMIL', reports: 1 }] });
      expect(h.contest!.reason).toMatch(/more reports \(2 against 1\)/);
    });

    it('as many reports: the latest report wins, whatever the input order', () => {
      const a = claim('2016-10-17', 'IRQMIL', 'took');
      const b = claim('2016-10-17', 'IMGMUSISI', 'took');
      for (const claims of [[a, b], [b, a]]) {
        const h = holderAt(claims, '2016-10-17')!;
        expect(h.actor).toBe('IMGMUSISI');
        expect(h.contest!.reason).toMatch(/latest report \(event \d+\)/);
      }
    });

    it('a taker also reported losing it that day ranks below one that is not', () => {
      const claims = [claim('2016-10-17', 'IRQMIL', 'took'), claim('2016-10-17', 'IRQMIL', 'took'), claim('2016-10-17', 'IRQMIL', 'lost'), claim('2016-10-17', 'IMGMUSISI', 'took')];
      const h = holderAt(claims, '2016-10-17')!;
      expect(h.actor).toBe('IMGMUSISI');
      expect(h.contest!.reason).toMatch(/IRQMIL is also reported losing it/);
    });
  });

  it('claims out of order are read by date', () => {
    const claims = [claim('2017-07-10', 'IRQMIL', 'took'), claim('2014-06-10', 'IMGMUSISI', 'took')];
    expect(holderAt(claims, '2015-01-01')?.actor).toBe('IMGMUSISI');
  });
});

describe('timelines', () => {
  it('keys places by GeoNames id, or by lower-cased name without one', () => {
    const claims = [claim('2014-06-10', 'IMGMUSISI', 'took'), claim('2014-01-04', 'IMGMUSISI', 'took', { ...FALLUJAH, geonameId: null })];
    expect([...timelines(claims).keys()].sort()).toEqual(['99072', 'fallujah']);
  });

  it('fills coordinates a claim lacked from another claim about the place', () => {
    const claims = [claim('2014-06-10', 'IMGMUSISI', 'took', { lat: null, lon: null }), claim('2014-06-12', 'IMGMUSISI', 'took')];
    expect(timelines(claims).get('99072')![0]).toMatchObject({ lat: 36.335, lon: 43.119 });
  });
});

describe('holdingsOf', () => {
  const claims = [
    claim('2014-01-04', 'IMGMUSISI', 'took', FALLUJAH),
    claim('2014-06-10', 'IMGMUSISI', 'took'),
    claim('2014-01-12', 'IMGMUSISI', 'took', RAQQA),
    claim('2016-06-26', 'IRQMIL', 'took', FALLUJAH),
    claim('2017-07-10', 'IRQGOV', 'took'),
    claim('2017-10-17', 'USAMIL', 'took', RAQQA),
  ];

  it('lists the places an actor holds on a day, by name', () => {
    expect(holdingsOf(claims, 'IMGMUSISI', '2015-01-01').map((h) => h.place)).toEqual(['Fallujah', 'Mosul', 'Raqqa']);
    expect(holdingsOf(claims, 'IMGMUSISI', '2016-07-01').map((h) => h.place)).toEqual(['Mosul', 'Raqqa']);
    expect(holdingsOf(claims, 'IMGMUSISI', '2018-01-01')).toEqual([]);
  });

  it('matches code prefixes: IRQ finds IRQMIL and IRQGOV', () => {
    expect(holdingsOf(claims, 'IRQ', '2018-01-01').map((h) => [h.place, h.actor])).toEqual([
      ['Fallujah', 'IRQMIL'],
      ['Mosul', 'IRQGOV'],
    ]);
    expect(holdingsOf(claims, 'imgmus', '2015-01-01')).toHaveLength(3);
  });

  it('a government and its military are one side', () => {
    expect(holdingsOf(claims, 'IRQGOV', '2018-01-01').map((h) => h.place)).toEqual(['Fallujah', 'Mosul']);
    expect(holdingsOf(claims, 'IRQMIL', '2018-01-01').map((h) => h.place)).toEqual(['Fallujah', 'Mosul']);
    expect(holdingsOf(claims, 'USA', '2018-01-01').map((h) => h.place)).toEqual(['Raqqa']);
  });

  it('an unknown holder is nobody’s holding', () => {
    const lost = [...claims, claim('2019-01-01', 'USAMIL', 'lost', RAQQA)];
    expect(holdingsOf(lost, 'USA', '2019-02-01')).toEqual([]);
  });
});
