import { describe, expect, it } from 'vitest';
import { findCasualties, parseCount } from './casualties.js';

describe('casualties', () => {
  it.each([
    ['Warplanes bombed the market, killing 6 civilians.', { dead: 6, injured: null }],
    ['At least eight people were killed in an air strike.', { dead: 8, injured: null }],
    ['Troops shelled Kharkiv, killing nine people and wounding 37.', { dead: 9, injured: 37 }],
    ['Twenty-one soldiers were wounded in the blast.', { dead: null, injured: 21 }],
    ['The death toll rose to 1,200 on Friday.', { dead: 1200, injured: null }],
  ])('%s', (s, want) => {
    expect(findCasualties(s)).toEqual(want);
  });

  it('does not read years, prices or unrelated numbers as casualties', () => {
    expect(findCasualties('Rebels killed in 2011 were buried in Homs.')).toBeNull();
    expect(findCasualties('The army bought 12 helicopters.')).toBeNull();
  });

  it('parses digits, grouped digits and number words', () => {
    expect(parseCount('2,500')).toBe(2500);
    expect(parseCount('twenty-one')).toBe(21);
    expect(parseCount('dozens')).toBeNull();
  });

  it('reads "shot dead", "gunned down" and "burnt alive" as deaths', () => {
    expect(findCasualties('police shot dead 98 rioters')).toEqual({ dead: 98, injured: null });
    expect(findCasualties('about 100 people were shot dead by police')).toEqual({ dead: 100, injured: null });
    expect(findCasualties('four persons were burnt alive in Deodhar')).toEqual({ dead: 4, injured: null });
  });

  it('counts one victim named in the singular, and injuries sustained', () => {
    expect(findCasualties('one person was killed in the firing.')).toEqual({ dead: 1, injured: null });
    expect(findCasualties('one constable was injured in the stone pelting')).toEqual({ dead: null, injured: 1 });
    expect(findCasualties('police said 10 persons sustained injuries in the firing.')).toEqual({ dead: null, injured: 10 });
  });
});
