/** The compiled gazetteer file: what the build encodes, the loader decodes unchanged. */
import { describe, expect, it } from 'vitest';
import { decodeGazetteer, encodeGazetteer, GAZETTEER_FORMAT, gazetteerFrom, hashKey, type CompiledGazetteer } from './gazetteer.js';

/** A two-entry gazetteer built by hand, the way the build script lays it out. */
function tiny(): CompiledGazetteer {
  const keys = ['mosul', 'al mawsil'];
  const size = 8;
  const table = new Int32Array(size);
  keys.forEach((k, i) => {
    let slot = hashKey(k) & (size - 1);
    while (table[slot]) slot = (slot + 1) & (size - 1);
    table[slot] = i + 1;
  });
  return {
    _: 'test',
    format: GAZETTEER_FORMAT,
    count: 2,
    names: 'Mosul\nTall ‘Afar',
    nameEnd: Int32Array.from([5, 16]),
    ids: Int32Array.from([99072, 90393]),
    lat: Float32Array.from([36.335, 36.3767]),
    lon: Float32Array.from([43.119, 42.4497]),
    population: Float64Array.from([1739800, 3e9]),
    meta: Uint16Array.from([0, 0, 0, 0, 0, 0]),
    featureCodes: ['P.PPLA'],
    countryCodes: ['IQ'],
    admin1Codes: ['15'],
    idOrder: Int32Array.from([1, 0]),
    keys: keys.join('\n'),
    keyEnd: Int32Array.from([5, 15]),
    postingEnd: Int32Array.from([1, 2]),
    postings: Int32Array.from([0, 0]),
    table,
    maxWords: 2,
    countries: [],
    admin1: [],
    demonyms: {},
  };
}

describe('compiled gazetteer file', () => {
  it('round-trips columns, texts (with non-Latin letters) and the header', () => {
    const c = tiny();
    const back = decodeGazetteer(encodeGazetteer(c));
    expect(back).toEqual(c);
    const g = gazetteerFrom(back);
    expect(g.lookup('Mosul')[0]).toMatchObject({ id: 99072, name: 'Mosul', country: 'IQ', featureCode: 'PPLA' });
    expect(g.lookup('Al-Mawsil')[0].id).toBe(99072);
    expect(g.byId(90393)).toMatchObject({ name: 'Tall ‘Afar', population: 3e9 });
    expect(g.lookup('Aleppo')).toEqual([]);
  });

  it('reads a file that does not start at an aligned offset (it is copied once)', () => {
    const bytes = encodeGazetteer(tiny());
    const shifted = Buffer.concat([Buffer.alloc(3), bytes]).subarray(3);
    expect(decodeGazetteer(shifted).ids).toEqual(Int32Array.from([99072, 90393]));
  });

  it('refuses another file or another format with a message that says what to do', () => {
    expect(() => decodeGazetteer(Buffer.from('{"format":1}'))).toThrow(/not a compiled gazetteer — run npm run build/);
    const old = encodeGazetteer({ ...tiny(), format: GAZETTEER_FORMAT - 1 });
    expect(() => decodeGazetteer(old)).toThrow(/format 1, expected 2/);
  });
});
