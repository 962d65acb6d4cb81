import { describe, expect, it } from 'vitest';
import { cameoInfo } from './cameo.js';
import { threatCodeFor } from './threats.js';

describe('threat codes', () => {
  it.each([
    ['163', '1312'], ['1724', '1324'], ['191', '1381'], ['192', '1382'], ['190', '138'], ['195', '1384'], ['180', '1383'], ['2041', '1385'], ['141', '133'],
  ])('%s → %s', (code, threat) => {
    expect(threatCodeFor(code)).toBe(threat);
    expect(cameoInfo(threat)?.root).toBe('13');
  });

  it('leaves cooperative and verbal codes alone', () => {
    expect(threatCodeFor('042')).toBeNull();
    expect(threatCodeFor('0874')).toBeNull();
    expect(threatCodeFor('112')).toBeNull();
  });
});

describe('intent codes', () => {
  it.each([
    ['042', '036'], ['0841', '0353'], ['071', '0331'], ['0874', '0356'], ['057', '032'],
  ])('%s → %s', async (code, intent) => {
    const { intentCodeFor } = await import('./intents.js');
    expect(intentCodeFor(code)).toBe(intent);
    expect(cameoInfo(intent)?.root).toBe('03');
  });
});

describe('rejection codes', () => {
  it.each([
    ['042', '125'], ['0841', '1243'], ['070', '121'], ['072', '1212'], ['0874', '1246'], ['057', '127'], ['085', '1244'],
  ])('%s → %s', async (code, rejection) => {
    const { rejectionCodeFor } = await import('./refusals.js');
    expect(rejectionCodeFor(code)).toBe(rejection);
    expect(cameoInfo(rejection)?.root).toBe('12');
  });

  it('leaves conflictual codes alone', async () => {
    const { rejectionCodeFor } = await import('./refusals.js');
    expect(rejectionCodeFor('190')).toBeNull();
    expect(rejectionCodeFor('112')).toBeNull();
  });
});

describe('demand codes', () => {
  it.each([
    ['0842', '1053'], ['036', '106'], ['045', '108'], ['064', '1014'], ['0833', '1043'], ['0874', '1056'], ['030', '107'],
  ])('%s → %s', async (code, demand) => {
    const { demandCodeFor } = await import('./demands.js');
    expect(demandCodeFor(code)).toBe(demand);
    expect(cameoInfo(demand)?.root).toBe('10');
  });

  it('leaves conflictual codes alone', async () => {
    const { demandCodeFor } = await import('./demands.js');
    expect(demandCodeFor('190')).toBeNull();
  });
});
