import { describe, expect, it } from 'vitest';
import type { GazEntry } from './gazetteer.js';
import { localSupport, nearKm } from './local-focus.js';

const town = (id: number, name: string, admin1: string, lat: number, lon: number): GazEntry => ({ id, name, featureClass: 'P', featureCode: 'PPL', country: 'US', admin1Code: admin1, lat, lon, population: 5000 });

describe('localSupport', () => {
  const lewistonId = town(1, 'Lewiston', 'ID', 46.42, -117.02);
  const lewistonMe = town(2, 'Lewiston', 'ME', 44.1, -70.21);
  const pullman = town(3, 'Pullman', 'WA', 46.73, -117.18);
  const auburnMe = town(4, 'Auburn', 'ME', 44.1, -70.23);
  const auburnWa = town(5, 'Auburn', 'WA', 47.31, -122.23);

  it('supports the namesake near a firm place of the article, not the one across the country', () => {
    const s = localSupport([
      { key: 'lewiston', entries: [lewistonMe, lewistonId], likelihood: [0.5, 0.5] },
      { key: 'pullman', entries: [pullman], likelihood: [1] },
    ]);
    expect(s.get(lewistonId.id)).toBeCloseTo(1);
    expect(s.has(lewistonMe.id)).toBe(false);
  });

  it('lets an ambiguous name support only as much as its nearby reading is likely', () => {
    const s = localSupport([
      { key: 'lewiston', entries: [lewistonMe, lewistonId], likelihood: [0.5, 0.5] },
      { key: 'auburn', entries: [auburnWa, auburnMe], likelihood: [0.8, 0.2] },
    ]);
    expect(s.get(lewistonMe.id)).toBeCloseTo(0.2);
    expect(s.get(auburnMe.id)).toBeCloseTo(0.5);
  });

  it('measures distance closely enough at the scale of a county', () => {
    expect(nearKm(lewistonId, pullman)).toBeGreaterThan(30);
    expect(nearKm(lewistonId, pullman)).toBeLessThan(45);
  });
});
