import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { allCameoCodes, cameoRoot, isCameoCode } from './cameo.js';
import { PLOVER_NONE, isPloverType, ploverFor, ploverModes, ploverTypes } from './plover.js';

// The shared reference copy of the 2021 CAMEO→PLOVER conversion table (not part of the project).
const CONVERSION_TABLE = fileURLToPath(new URL('../../../shared/reference/cameo-to-plover.txt', import.meta.url));

// Rows where we knowingly differ from the conversion table (see the comment above MAPPING).
const CORRECTED = new Set(['085', '1712', '175']);

interface ReferenceRow { code: string; type: string; mode: string | null; context: string | null }

function readConversionTable(): ReferenceRow[] {
  const blankToNull = (field: string | undefined) => (field?.trim() ? field.trim() : null);
  return readFileSync(CONVERSION_TABLE, 'utf8')
    .split('\n')
    .filter((line) => /^\d{3,4}:/.test(line))
    .map((line) => {
      const [code, rest] = line.split('#')[0].split(':');
      const [type, mode, context] = rest.split(',');
      const contexts = blankToNull(context)?.split(';').map((part) => part.trim()).join(';') ?? null;
      return { code, type: type.trim(), mode: blankToNull(mode), context: contexts };
    });
}

describe('PLOVER types', () => {
  it('are the sixteen of the 2021 draft', () => {
    expect(ploverTypes()).toEqual([
      'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
      'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
    ]);
    expect(isPloverType(PLOVER_NONE)).toBe(false);
    expect(ploverModes('CONSULT')).toContain('visit');
    expect(ploverModes('AGREE')).toEqual([]);
  });
});

describe('ploverFor', () => {
  it('maps every CAMEO code to a PLOVER type, except the dropped 01 statements', () => {
    for (const code of allCameoCodes()) {
      const { type } = ploverFor(code);
      if (cameoRoot(code) === '01') expect(type, code).toBe(PLOVER_NONE);
      else expect(isPloverType(type), `${code} → ${type}`).toBe(true);
    }
  });

  it('only uses modes its type allows', () => {
    for (const code of allCameoCodes()) {
      const { type, mode } = ploverFor(code);
      if (mode !== null) expect(ploverModes(type), `${code} → ${type} ${mode}`).toContain(mode);
    }
  });

  it('reads the examples as the conversion table does', () => {
    expect(ploverFor('190')).toEqual({ type: 'ASSAULT', mode: null, context: 'military' });
    expect(ploverFor('0874')).toEqual({ type: 'RETREAT', mode: 'disarm', context: 'military' });
    expect(ploverFor('042')).toEqual({ type: 'CONSULT', mode: 'visit', context: null });
    expect(ploverFor('1121')).toEqual({ type: 'ACCUSE', mode: 'allege', context: 'crime;corruption' });
  });

  it('follows the cross-root exceptions of the table', () => {
    expect(ploverFor('163').type).toBe('COERCE');
    expect(ploverFor('175').type).toBe('ASSAULT');
    expect(ploverFor('191').type).toBe('COERCE');
    expect(ploverFor('0813').type).toBe('RETREAT');
    expect(ploverFor('081').type).toBe('CONCEDE');
  });

  it('maps each 02 appeal as its 10 demand twin', () => {
    for (const code of allCameoCodes().filter((c) => c.startsWith('02') && c.length > 2)) {
      expect(ploverFor(code), code).toEqual(ploverFor('10' + code.slice(2)));
    }
  });

  it('falls back to the parent, then the root, and accepts short spellings', () => {
    expect(ploverFor('0875')).toEqual(ploverFor('087'));
    expect(ploverFor('19')).toEqual(ploverFor('190'));
    expect(ploverFor('047')).toEqual(ploverFor('040'));
    expect(ploverFor('874')).toEqual(ploverFor('0874'));
    expect(ploverFor('42')).toEqual(ploverFor('042'));
  });

  it('gives NONE for statements and for what is not a CAMEO code', () => {
    for (const code of ['01', '010', '015', '000', '2100', 'abc', '']) {
      expect(ploverFor(code), code).toEqual({ type: PLOVER_NONE, mode: null, context: null });
    }
  });

  it.skipIf(!existsSync(CONVERSION_TABLE))('agrees with the 2021 conversion table row for row', () => {
    const rows = readConversionTable();
    expect(rows.length).toBeGreaterThan(250);
    for (const row of rows) {
      const mapped = ploverFor(row.code);
      expect(mapped.type, row.code).toBe(row.type);
      // 1213 and 1214 are not in the codebook; they map through their parent 121.
      if (!isCameoCode(row.code) || CORRECTED.has(row.code)) continue;
      expect(mapped, row.code).toEqual({ type: row.type, mode: row.mode, context: row.context });
    }
  });
});
