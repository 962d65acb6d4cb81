import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../store/types.js';
import type { EventLocation } from '../types.js';
import { CONTROL_CODES, controlClaimOf, controlClaimsOf, withdrawsFrom } from './claims.js';

const MOSUL: EventLocation = { geonameId: 99072, name: 'Mosul', admin1: 'Nineveh', country: 'IQ', lat: 36.335, lon: 43.119, precision: 'point' };

/** a stored event with sensible defaults: ISIS captures Mosul, asserted */
function event(over: Partial<StoredEvent> = {}): StoredEvent {
  return {
    id: 1,
    code: '192',
    root: '19',
    name: 'Occupy territory',
    quadClass: 4,
    goldstein: -9.5,
    ploverType: 'ASSAULT',
    ploverMode: null,
    source: { code: 'IMGMUSISI', name: 'Islamic State', text: 'Islamic State militants' },
    target: { code: 'IRQ', name: 'Iraq', text: 'Mosul' },
    date: '2014-06-10',
    dateEnd: '2014-06-10',
    precision: 'day',
    location: MOSUL,
    modality: 'asserted',
    historical: false,
    casualties: null,
    confidence: 0.8,
    mentions: 1,
    sources: 1,
    articles: 1,
    sentence: 'Islamic State militants captured the northern Iraqi city of Mosul on Tuesday.',
    url: null,
    firstSeen: '2014-06-11T00:00:00Z',
    ...over,
  };
}

describe('controlClaimOf', () => {
  it('lists the codes it reads', () => {
    expect(CONTROL_CODES).toEqual(expect.arrayContaining(['192', '0874', '080']));
  });

  it('192 with a place: the source took it', () => {
    expect(controlClaimOf(event())).toEqual({ actor: 'IMGMUSISI', actorName: 'Islamic State', change: 'took' });
  });

  it('0874 (fled, retreated, surrendered): the source lost it', () => {
    const fled = event({ code: '0874', name: 'Retreat or surrender militarily', source: { code: 'IRQMIL', name: 'Iraq military', text: 'Iraqi soldiers' }, sentence: 'Iraqi soldiers fled Mosul on Tuesday.' });
    expect(controlClaimOf(fled)).toEqual({ actor: 'IRQMIL', actorName: 'Iraq military', change: 'lost' });
    // The target of "fled Mosul" is the city coded as its country, not a receiver of the place.
    expect(controlClaimsOf(fled)).toHaveLength(1);
  });

  it('0874 surrender to someone: the target took it too', () => {
    const e = event({
      code: '0874',
      source: { code: 'AFGMIL', name: 'Afghanistan military', text: 'The besieged garrison' },
      target: { code: 'TAL', name: 'Taliban', text: 'the Taliban' },
      location: { ...MOSUL, geonameId: 1, name: 'Kunduz', country: 'AF' },
      sentence: 'The besieged garrison in Kunduz surrendered to the Taliban.',
    });
    expect(controlClaimsOf(e)).toEqual([
      { actor: 'AFGMIL', actorName: 'Afghanistan military', change: 'lost' },
      { actor: 'TAL', actorName: 'Taliban', change: 'took' },
    ]);
  });

  it('080 only when it is a withdrawal from the located place', () => {
    const yieldTo = event({ code: '080', source: { code: 'IRQGOV', name: 'Iraq government', text: 'The government' }, sentence: 'The government yielded to pressure from the protesters in Mosul.' });
    expect(controlClaimOf(yieldTo)).toBeNull();
    const withdrew = { ...yieldTo, sentence: 'Government troops withdrew from the besieged city of Mosul on Monday.' };
    expect(controlClaimOf(withdrew)).toEqual({ actor: 'IRQGOV', actorName: 'Iraq government', change: 'lost' });
    const elsewhere = { ...yieldTo, sentence: 'Government troops withdrew from Tal Afar, 60 km west of Mosul.' };
    expect(controlClaimOf(elsewhere)).toBeNull();
  });

  it('withdrawsFrom reads "pulled out of" and "ceded control of"', () => {
    expect(withdrawsFrom('The rebels pulled their fighters out of Mosul.', 'Mosul')).toBe(true);
    expect(withdrawsFrom('The militia ceded control of Mosul to the army.', 'Mosul')).toBe(true);
    expect(withdrawsFrom('The company withdrew its bid for the Mosul contract.', 'Mosul')).toBe(false);
  });

  it.each(['negated', 'hypothetical', 'future', 'counterfactual'] as const)('a %s event is no claim', (modality) => {
    expect(controlClaimOf(event({ modality }))).toBeNull();
  });

  it('needs a location', () => {
    expect(controlClaimOf(event({ location: null }))).toBeNull();
  });

  it('admin-1 places count', () => {
    expect(controlClaimOf(event({ location: { ...MOSUL, geonameId: 2, name: 'Nineveh', precision: 'admin1' } }))?.change).toBe('took');
  });

  it('a whole country does not count, nor does an unknown precision', () => {
    const kuwait: EventLocation = { geonameId: 285570, name: 'Kuwait', admin1: null, country: 'KW', lat: 29.5, lon: 47.75, precision: 'country' };
    expect(controlClaimOf(event({ source: { code: 'IRQ', name: 'Iraq', text: 'Iraq' }, location: kuwait }))).toBeNull();
    expect(controlClaimOf(event({ location: { ...MOSUL, precision: null } }))).toBeNull();
    const fledIraq = event({ code: '0874', location: { ...kuwait, name: 'Iraq', country: 'IQ' } });
    expect(controlClaimOf(fledIraq)).toBeNull();
  });

  it('192 of a region resolved only to its country counts', () => {
    const golan: EventLocation = { geonameId: null, name: 'Golan Heights', admin1: null, country: 'SY', lat: 33, lon: 35.8, precision: 'country' };
    expect(controlClaimOf(event({ source: { code: 'ISR', name: 'Israel', text: 'Israel' }, location: golan }))?.change).toBe('took');
    // …but a retreat from it does not: only occupation claims are read at that precision.
    expect(controlClaimOf(event({ code: '0874', source: { code: 'ISR', name: 'Israel', text: 'Israel' }, location: golan }))).toBeNull();
  });

  it('the unknown actor never takes or loses control; unknown-country roles do', () => {
    expect(controlClaimOf(event({ source: { code: '---', name: 'unknown', text: 'Gunmen' } }))).toBeNull();
    expect(controlClaimOf(event({ source: { code: '---REBSUN', name: 'Sunni militants', text: 'Sunni militants' } }))?.actor).toBe('---REBSUN');
  });

  it('other codes are no claims', () => {
    expect(controlClaimOf(event({ code: '190' }))).toBeNull();
    expect(controlClaimOf(event({ code: '0871' }))).toBeNull();
  });
});
