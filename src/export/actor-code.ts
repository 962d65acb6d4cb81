/**
 * Splits a CAMEO actor code ('IRQMIL', '---REBSUN', 'IMGMUSISI', 'IGOUNO') into the parts GDELT
 * gives their own columns: country, known group, ethnicity, two religions, three types.
 * CAMEO codes are runs of three characters; the first is a country or region unless it is a
 * type such as IGO or IMG; the rest are read by which list they belong to.
 */
import { isCountryCode } from '../ontology/countries.js';

/** The GDELT actor columns derived from a code (empty string when absent). */
export interface ActorParts {
  country: string;
  knownGroup: string;
  ethnic: string;
  religion1: string;
  religion2: string;
  type1: string;
  type2: string;
  type3: string;
}

// CAMEO actor type codes (roles and sectors, and the types that stand first: IGO, IMG, NGO, …).
const TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'PTY', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL',
  'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'MOD', 'RAD', 'REF', 'REL', 'SET',
  'IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'UIS', 'PKO',
]);
// Religion codes (the religious coding system CAMEO uses), as in data/actors/identities.txt.
const RELIGIONS = new Set([
  'MUS', 'SUN', 'SHI', 'ALE', 'ISM', 'ZAY', 'SFI', 'SLF', 'WAH', 'AHM', 'CHR', 'CTH', 'PRO', 'DOX', 'CPT',
  'MRN', 'ASY', 'CLD', 'JHW', 'LDS', 'JEW', 'UDX', 'HSD', 'HIN', 'BUD', 'SIK', 'JAN', 'BAH', 'DRZ', 'YZD',
  'MND', 'ZRO', 'SHN', 'CON', 'TAO', 'FLG', 'ATH',
]);
// Ethnic codes in our identities dictionary.
const ETHNIC = new Set(['ARB', 'KUR', 'TKN', 'AMZ', 'BED', 'CCN', 'SHB', 'TRG']);
// CAMEO region and non-ISO country codes that stand in the country slot.
const REGIONS = new Set([
  'AFR', 'ASA', 'BLK', 'CRB', 'CAU', 'CFR', 'CAS', 'CEU', 'EIN', 'EAF', 'EEU', 'EUR', 'LAM', 'MEA', 'MDT',
  'NAF', 'NMR', 'PGS', 'SCN', 'SAM', 'SAS', 'SEA', 'SAF', 'WAF', 'WST', 'KSV', 'PSE',
]);

/** The GDELT columns of an actor code; '---' (unknown country) leaves the country empty. */
export function splitActorCode(code: string): ActorParts {
  const parts: ActorParts = { country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', type1: '', type2: '', type3: '' };
  const chunks = code.toUpperCase().match(/.{1,3}/g) ?? [];
  const types: string[] = [];
  const religions: string[] = [];
  chunks.forEach((chunk, i) => {
    if (chunk === '---') return;
    if (i === 0 && !TYPES.has(chunk) && (REGIONS.has(chunk) || isCountryCode(chunk))) parts.country = chunk;
    else if (TYPES.has(chunk)) types.push(chunk);
    else if (RELIGIONS.has(chunk)) religions.push(chunk);
    else if (ETHNIC.has(chunk) && !parts.ethnic) parts.ethnic = chunk;
    else if (!parts.knownGroup && chunk.length === 3) parts.knownGroup = chunk;
  });
  [parts.type1 = '', parts.type2 = '', parts.type3 = ''] = types;
  [parts.religion1 = '', parts.religion2 = ''] = religions;
  return parts;
}
