import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { allCameoCodes, cameoInfo, cameoRoot, isCameoCode, normalizeCameoCode, rootName } from './cameo.js';

// The shared reference copy of the GDELT Goldstein table (not part of the project).
const GOLDSTEIN_TSV = fileURLToPath(new URL('../../../shared/reference/cameo-goldstein.tsv', import.meta.url));

function readGoldsteinTsv(): Map<string, number> {
  const rows = readFileSync(GOLDSTEIN_TSV, 'utf8').split('\n').slice(1).filter((line) => line.trim() !== '');
  return new Map(rows.map((line) => {
    const [code, weight] = line.split('\t');
    return [code, Number(weight)];
  }));
}

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('codebook', () => {
  it('has all 20 roots, each named', () => {
    for (const root of ROOTS) {
      expect(isCameoCode(root), root).toBe(true);
      expect(rootName(root), root).toBeTruthy();
    }
    expect(rootName('19')).toBe('Fight');
  });

  it('lists codes in hierarchical order, every non-root under a known parent', () => {
    const codes = allCameoCodes();
    expect(codes.length).toBe(311);
    expect(codes).toEqual([...codes].sort());
    for (const code of codes) {
      expect(normalizeCameoCode(code), code).toBe(code);
      if (code.length > 2) expect(isCameoCode(code.slice(0, code.length - 1)), code).toBe(true);
    }
  });

  it('gives every code a name, a Goldstein weight in range and a QuadClass', () => {
    for (const code of allCameoCodes()) {
      const info = cameoInfo(code)!;
      expect(info.code).toBe(code);
      expect(info.root).toBe(code.slice(0, 2));
      expect(info.name.length).toBeGreaterThan(2);
      expect(info.goldstein).toBeGreaterThanOrEqual(-10);
      expect(info.goldstein).toBeLessThanOrEqual(10);
      expect([1, 2, 3, 4]).toContain(info.quadClass);
    }
  });

  it.skipIf(!existsSync(GOLDSTEIN_TSV))('matches the reference Goldstein table code for code', () => {
    const reference = readGoldsteinTsv();
    expect([...reference.keys()].sort()).toEqual(allCameoCodes());
    for (const [code, weight] of reference) expect(cameoInfo(code)?.goldstein, code).toBe(weight);
  });

  it('assigns QuadClass by root as GDELT does', () => {
    expect(cameoInfo('042')?.quadClass).toBe(1);
    expect(cameoInfo('0874')?.quadClass).toBe(2);
    expect(cameoInfo('112')?.quadClass).toBe(3);
    expect(cameoInfo('190')?.quadClass).toBe(4);
    const expected = [1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4];
    expect(ROOTS.map((root) => cameoInfo(root)?.quadClass)).toEqual(expected);
  });

  it('keeps the examples the rest of the system relies on', () => {
    expect(cameoInfo('190')).toEqual({
      code: '190', root: '19', name: 'Use conventional military force', quadClass: 4, goldstein: -10,
    });
    expect(cameoInfo('0874')).toMatchObject({ root: '08', name: 'Retreat or surrender militarily', goldstein: 10 });
  });
});

describe('normalizeCameoCode', () => {
  it.each([
    ['042', '042'],
    ['0874', '0874'],
    ['190', '190'],
    ['2041', '2041'],
    [' 190 ', '190'],
    ['4', '04'],
    ['04', '04'],
    ['42', '042'], // 42 is not a root, so a 3-digit code that lost its zero
    ['10', '10'], // 01–20 are roots as written: root 10, never 010
    ['20', '20'],
    ['874', '0874'], // 87 is not a root, so a 4-digit code that lost its zero
    ['21', '021'],
    ['211', '0211'],
    ['101', '101'], // 10 is a root: 3-digit code 101, never 0101
    ['087', '087'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeCameoCode(input)).toBe(expected);
  });

  it.each(['', '0', '00', '000', '---', '2100', '0042', '2143', '8740', 'abc', '12a', '19.0', '01234'])(
    'rejects %j',
    (input) => {
      expect(normalizeCameoCode(input)).toBeNull();
    },
  );
});

describe('lookups', () => {
  it('accepts codes without the leading zero', () => {
    expect(cameoInfo('42')?.code).toBe('042');
    expect(cameoInfo('874')?.code).toBe('0874');
    expect(isCameoCode('874')).toBe(true);
  });

  it('falls back to the nearest known parent for unknown codes', () => {
    expect(cameoInfo('0875')?.code).toBe('087');
    expect(cameoInfo('2043')?.code).toBe('204');
    expect(cameoInfo('1213')?.code).toBe('121'); // a Phoenix extension, not in the codebook
    expect(cameoInfo('176')?.code).toBe('17');
    expect(cameoInfo('209')?.code).toBe('20');
    expect(isCameoCode('0875')).toBe(false);
  });

  it('returns null for what is not a CAMEO code', () => {
    expect(cameoInfo('000')).toBeNull();
    expect(cameoInfo('2100')).toBeNull();
    expect(cameoInfo('IRQMIL')).toBeNull();
    expect(isCameoCode('000')).toBe(false);
  });

  it('returns copies, so callers cannot edit the codebook', () => {
    cameoInfo('190')!.goldstein = 99;
    expect(cameoInfo('190')?.goldstein).toBe(-10);
  });

  it('finds roots and root names from any code', () => {
    expect(cameoRoot('0874')).toBe('08');
    expect(cameoRoot('42')).toBe('04');
    expect(cameoRoot('1823')).toBe('18');
    expect(cameoRoot('xyz')).toBeNull();
    expect(rootName('0874')).toBe('Yield');
    expect(rootName('4')).toBe('Consult');
    expect(rootName('2100')).toBeNull();
  });
});
