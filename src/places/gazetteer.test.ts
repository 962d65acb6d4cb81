import { describe, expect, it } from 'vitest';
import { loadGazetteer, placeKey } from './gazetteer.js';

const t0 = performance.now();
const gaz = loadGazetteer();
const loadMs = performance.now() - t0;

describe('gazetteer', () => {
  it('loads fast (generous bound for a busy test machine)', () => {
    expect(loadMs).toBeLessThan(1000);
  });

  it('finds Mosul, the seat of Nineveh, where it is', () => {
    const mosul = gaz.lookup('Mosul').find((e) => e.country === 'IQ');
    expect(mosul?.featureCode).toBe('PPLA');
    expect(mosul!.lat).toBeCloseTo(36.34, 1);
    expect(mosul!.lon).toBeCloseTo(43.13, 1);
  });

  it('finds an admin-1 region by an alias, its bare name and its type word', () => {
    for (const name of ['Ninewa', 'Nineveh', 'Nineveh Governorate', 'ninawa province']) {
      const e = gaz.lookup(name).find((x) => x.featureCode === 'ADM1');
      expect(e, name).toMatchObject({ country: 'IQ', admin1Code: '15' });
    }
    expect(gaz.lookup('Anbar Province')[0]).toMatchObject({ featureCode: 'ADM1', country: 'IQ' });
    expect(gaz.admin1('IQ', '18')?.name).toMatch(/Saladin/);
  });

  it('gives every Tripoli: the Libyan capital and the Lebanese city', () => {
    const countries = gaz.lookup('Tripoli').filter((e) => e.featureClass === 'P').map((e) => e.country);
    expect(countries).toContain('LY');
    expect(countries).toContain('LB');
  });

  it('folds diacritics and apostrophes: "Sanaa" and "Sana’a" find the Yemeni capital', () => {
    expect(placeKey('Ṣanʿāʾ')).toBe('sana');
    expect(placeKey('Deir ez-Zor')).toBe('deir ez zor');
    for (const n of ['Sanaa', "Sana'a", 'SANAA']) expect(gaz.lookup(n).some((e) => e.featureCode === 'PPLC' && e.country === 'YE'), n).toBe(true);
  });

  it('names a country by demonym, ISO codes and names', () => {
    expect(gaz.demonym('Syrian')?.iso2).toBe('SY');
    expect(gaz.demonym('iraqis')?.iso3).toBe('IRQ');
    expect(gaz.country('IRQ')?.name).toBe('Iraq');
    expect(gaz.country('IQ')?.iso3).toBe('IRQ');
    expect(gaz.country('United States')?.iso2).toBe('US');
    // codes are matched in capitals only, so the word "in" is not India
    expect(gaz.country('in')).toBeUndefined();
    expect(gaz.lookup('USA')[0]).toMatchObject({ featureCode: 'PCLI', country: 'US' });
  });

  it('has regions of our own and region spellings the sources lack', () => {
    const golan = gaz.lookup('Golan Heights')[0];
    expect(golan).toMatchObject({ featureCode: 'RGN', country: 'SY' });
    expect(golan.id).toBeLessThan(0);
    expect(gaz.byId(golan.id)).toBe(golan);
    expect(gaz.lookup('Gaza Strip').some((e) => e.country === 'PS' && e.featureCode === 'ADM1')).toBe(true);
    expect(gaz.lookup('Donbass')[0]?.name).toBe('Donbas');
  });

  it('drops alternate names that are ordinary English words or foreign-script', () => {
    // Arcata, California lists "Union" among its old names; only places called Union keep the word
    expect(gaz.lookup('union').every((e) => placeKey(e.name) === 'union')).toBe(true);
    expect(gaz.lookup('Багдад')).toHaveLength(0);
  });

  it('supports longest-match scanning', () => {
    expect(gaz.maxWords).toBeGreaterThanOrEqual(3);
    expect(gaz.hasPrefix('khan')).toBe(true);
    expect(gaz.hasPrefix('khan yunis')).toBe(true);
    expect(gaz.hasPrefix('qqqzz')).toBe(false);
  });

  it('finds entries by GeoNames id', () => {
    expect(gaz.byId(99072)?.name).toBe('Mosul');
    expect(gaz.byId(99237)?.featureCode).toBe('PCLI');
    expect(gaz.byId(123)).toBeUndefined();
  });
});

describe('gazetteer points of large regions', () => {
  it('puts Canada’s provinces at GeoNames’ point, not the middle of their southern towns', () => {
    const alberta = gaz.lookup('Alberta').find((e) => e.featureCode === 'ADM1')!;
    expect(alberta.lat).toBeCloseTo(52.28, 1);
    expect(alberta.lon).toBeCloseTo(-117.47, 1);
    const manitoba = gaz.lookup('Manitoba').find((e) => e.featureCode === 'ADM1')!;
    expect(manitoba.lat).toBeGreaterThan(54);
  });
});
