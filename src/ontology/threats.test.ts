import { describe, expect, it } from 'vitest';
import { cameoInfo } from './cameo.js';
import { demandCodeFor } from './demands.js';
import { intentCodeFor } from './intents.js';
import { rejectionCodeFor } from './refusals.js';
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

// Each convention maps an act to a code of its own root; codes it does not cover stay unmapped.
describe.each([
  { name: 'intent', map: intentCodeFor, root: '03', cases: [['042', '036'], ['0841', '0353'], ['071', '0331'], ['0874', '0356'], ['057', '032']], unmapped: [] },
  { name: 'rejection', map: rejectionCodeFor, root: '12', cases: [['042', '125'], ['0841', '1243'], ['070', '121'], ['072', '1212'], ['0874', '1246'], ['057', '127'], ['085', '1244']], unmapped: ['190', '112'] },
  { name: 'demand', map: demandCodeFor, root: '10', cases: [['0842', '1053'], ['036', '106'], ['045', '108'], ['064', '1014'], ['0833', '1043'], ['0874', '1056'], ['030', '107']], unmapped: ['190'] },
])('$name codes', ({ map, root, cases, unmapped }) => {
  it.each(cases)('%s → %s', (code, mapped) => {
    expect(map(code)).toBe(mapped);
    expect(cameoInfo(mapped)?.root).toBe(root);
  });

  it.each(unmapped)('leaves %s alone', (code) => {
    expect(map(code)).toBeNull();
  });
});
