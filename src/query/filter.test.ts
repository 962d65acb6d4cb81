import { describe, expect, it } from 'vitest';
import { parseEventFilter, parseEventQuery, parsePage } from './filter.js';
import { QueryError } from './errors.js';

function errorOf(fn: () => unknown): QueryError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError);
    return e as QueryError;
  }
  throw new Error('expected a QueryError');
}

describe('parseEventQuery: good values', () => {
  it('reads every filter into the EventFilter contract', () => {
    const { filter, page } = parseEventQuery({
      from: '2014-01-01',
      to: '2014-12-31',
      actor: 'irq',
      source: 'IMGMUSISI',
      target: '---REB',
      root: '19',
      code: '193',
      plover: 'assault',
      country: 'iq',
      bbox: '38, 30,49,38.5',
      modality: 'asserted,negated',
      historical: 'false',
      q: 'Mosul',
      geonameId: '99072',
      limit: '20',
      cursor: 'abc',
    });
    expect(filter).toEqual({
      from: '2014-01-01',
      to: '2014-12-31',
      actor: 'IRQ',
      source: 'IMGMUSISI',
      target: '---REB',
      root: '19',
      code: '193',
      ploverType: 'ASSAULT',
      country: 'IQ',
      bbox: [38, 30, 49, 38.5],
      modality: ['asserted', 'negated'],
      historical: false,
      q: 'Mosul',
      geonameId: 99072,
    });
    expect(page).toEqual({ limit: 20, cursor: 'abc' });
  });

  it('gives an empty filter and the default page for no parameters; empty values count as absent', () => {
    expect(parseEventQuery({})).toEqual({ filter: {}, page: { limit: 50, cursor: null } });
    expect(parseEventQuery({ from: '', actor: '  ' }, { defaultLimit: 10 })).toEqual({ filter: {}, page: { limit: 10, cursor: null } });
  });

  it('normalises CAMEO codes and accepts ISO-3 countries, 4-digit codes, historical=true', () => {
    expect(parseEventFilter({ code: '0874', country: 'IRQ', historical: 'true' })).toEqual({ code: '0874', country: 'IRQ', historical: true });
    expect(parseEventFilter({ code: '19' })).toEqual({ code: '19' });
  });

  it('accepts a bbox across the antimeridian (west > east)', () => {
    expect(parseEventFilter({ bbox: '170,-10,-170,10' })).toEqual({ bbox: [170, -10, -170, 10] });
  });

  it('accepts limit 1 and 1000 and the same day as from and to', () => {
    expect(parsePage({ limit: '1' }).limit).toBe(1);
    expect(parsePage({ limit: '1000' }).limit).toBe(1000);
    expect(parseEventFilter({ from: '2014-06-10', to: '2014-06-10' })).toEqual({ from: '2014-06-10', to: '2014-06-10' });
  });
});

describe('parseEventQuery: bad values are QueryErrors naming the parameter', () => {
  const cases: Array<[Record<string, string>, string, RegExp]> = [
    [{ from: '2014-6-1' }, 'from', /YYYY-MM-DD/],
    [{ to: '2014-02-30' }, 'to', /not a calendar date/],
    [{ from: '2015-01-01', to: '2014-01-01' }, 'from', /after "to"/],
    [{ actor: 'IRQ GOV' }, 'actor', /actor code/],
    [{ root: '21' }, 'root', /01–20/],
    [{ root: '1' }, 'root', /two digits/],
    [{ code: '999' }, 'code', /CAMEO event code/],
    [{ code: 'abc' }, 'code', /CAMEO event code/],
    [{ plover: 'FIGHT' }, 'plover', /PLOVER/],
    [{ country: 'XX' }, 'country', /ISO 3166-1/],
    [{ country: 'Iraq' }, 'country', /ISO 3166-1/],
    [{ bbox: '1,2,3' }, 'bbox', /four numbers/],
    [{ bbox: '1,2,x,4' }, 'bbox', /four numbers/],
    [{ bbox: '-200,0,10,10' }, 'bbox', /longitudes/],
    [{ bbox: '0,50,10,40' }, 'bbox', /south/],
    [{ modality: 'asserted,maybe' }, 'modality', /maybe/],
    [{ historical: 'yes' }, 'historical', /true or false/],
    [{ geonameId: '-3' }, 'geonameId', /whole number/],
    [{ limit: '0' }, 'limit', /between 1 and 1000/],
    [{ limit: '1001' }, 'limit', /between 1 and 1000/],
    [{ limit: '2.5' }, 'limit', /whole number/],
    [{ q: 'x'.repeat(501) }, 'q', /too long/],
  ];
  for (const [raw, param, message] of cases) {
    it(`${JSON.stringify(raw).slice(0, 60)} → ${param}`, () => {
      const e = errorOf(() => parseEventQuery(raw));
      expect(e.param).toBe(param);
      expect(e.message).toMatch(message);
    });
  }

  it('refuses a parameter given twice (an array from the query string)', () => {
    const e = errorOf(() => parseEventQuery({ from: ['2014-01-01', '2015-01-01'] as unknown as string }));
    expect(e.param).toBe('from');
  });
});
