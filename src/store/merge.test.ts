import { describe, expect, it } from 'vitest';
import { compatibleActors, compatibleCodes, DEFAULT_MERGE, mergeDecision, mergeRoots, type MergeSubject } from './merge.js';
import { place } from './test-records.js';

const BAGHDAD = place('Baghdad', 98182, 'IQ', 'IRQ', 33.34, 44.4);
const event: MergeSubject = { code: '193', source: 'IMGMUSISI', target: 'IRQMIL', date: '2014-06-11', dateEnd: '2014-06-11', location: BAGHDAD, modality: 'asserted' };

describe('mergeDecision', () => {
  it('explains a merge in words', () => {
    const verdict = mergeDecision(event, { ...event, date: '2014-06-12', location: place('Kadhimiya', 1, 'IQ', 'IRQ', 33.448, 44.4) });
    expect(verdict).toMatchObject({ merge: true, reason: 'same code 193; actors IMGMUSISI→IRQMIL match; dates 1 day apart; places 12 km apart' });
  });

  it('prefers the closer of two candidates', () => {
    const near = mergeDecision(event, { ...event });
    const far = mergeDecision(event, { ...event, code: '190', date: '2014-06-13' });
    expect(near.merge && far.merge && near.score > far.score).toBe(true);
  });

  it('lets an unidentified perpetrator match anyone acting on the same target', () => {
    expect(mergeDecision(event, { ...event, source: '---' }).merge).toBe(true);
    expect(mergeDecision({ ...event, target: null }, { ...event, source: '---', target: null }).merge).toBe(false);
  });

  it('keeps apart what differs', () => {
    const cases: Array<[Partial<MergeSubject>, RegExp]> = [
      [{ modality: 'negated' }, /modality/],
      [{ code: '0874' }, /codes/],
      [{ source: 'IRQGOV' }, /sources/],
      [{ target: 'USAMIL' }, /targets/],
      [{ date: '2014-06-20', dateEnd: '2014-06-20' }, /dates 9 days apart/],
      [{ location: place('Mosul', 99072, 'IQ', 'IRQ', 36.335, 43.119) }, /km apart \(> 50\)/],
      [{ location: null, source: 'SYRMIL', target: 'SYRREB' }, /targets/],
    ];
    for (const [change, why] of cases) {
      const verdict = mergeDecision(event, { ...event, ...change });
      expect(verdict.merge, JSON.stringify(change)).toBe(false);
      expect(verdict.reason).toMatch(why);
    }
    expect(mergeDecision(event, event, { ...DEFAULT_MERGE, enabled: false }).merge).toBe(false);
  });

  it('counts overlapping date ranges as the same time', () => {
    const month = { ...event, date: '2014-06-01', dateEnd: '2014-06-30', location: null };
    expect(mergeDecision(month, { ...event, date: '2014-06-20', dateEnd: '2014-06-20' })).toMatchObject({ merge: true, reason: expect.stringMatching(/date ranges overlap/) });
  });

  it('accepts a place inside a country-level location, and a missing place in the same country', () => {
    const iraq = { geonameId: 99237, name: 'Iraq', admin1: null, country: 'IQ', country3: 'IRQ', lat: 33, lon: 44, precision: 'country' as const };
    expect(mergeDecision({ ...event, location: iraq }, event)).toMatchObject({ merge: true, reason: expect.stringMatching(/place Baghdad within Iraq/) });
    expect(mergeDecision(event, { ...event, location: null })).toMatchObject({ merge: true, reason: expect.stringMatching(/one place unknown, same country IRQ/) });
  });
});

describe('compatible codes and actors', () => {
  it('relates less and more specific actor codes', () => {
    expect(compatibleActors('IRQ', 'IRQMIL')).toBe(true);
    expect(compatibleActors('---REB', 'IRQREBSUN')).toBe(true);
    expect(compatibleActors('IRQGOV', 'IRQMIL')).toBe(false);
    expect(compatibleActors('---REB', 'IRQ')).toBe(false);
  });
  it('relates codes by leading digits and unspecified root codes', () => {
    expect(compatibleCodes('193', '1931', 3)).toBe(true);
    expect(compatibleCodes('190', '195', 3)).toBe(true);
    expect(compatibleCodes('193', '195', 3)).toBe(false);
    expect(compatibleCodes('193', '183', 2)).toBe(false);
    // one outlet's "attacked" (190) is another's "suicide bomber killed" (1831)
    expect(compatibleCodes('190', '1831', 2)).toBe(true);
    expect(compatibleCodes('1831', '190', 2)).toBe(true);
    expect(compatibleCodes('195', '1831', 2)).toBe(false);
    expect(mergeRoots('190')).toEqual(['19', '18']);
    expect(mergeRoots('1831')).toEqual(['18', '19']);
    expect(mergeRoots('042')).toEqual(['04', '04']);
    // a capture never merges into an attack, a retreat into another yield: they feed control timelines
    expect(compatibleCodes('192', '190', 2)).toBe(false);
    expect(compatibleCodes('190', '192', 3)).toBe(false);
    expect(compatibleCodes('192', '192', 3)).toBe(true);
    expect(compatibleCodes('0874', '087', 2)).toBe(false);
    expect(compatibleCodes('080', '0841', 2)).toBe(false);
    expect(compatibleCodes('080', '080', 3)).toBe(true);
  });
});
