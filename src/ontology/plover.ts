/**
 * PLOVER event types and modes (PLOVER manual, draft 0.8, 2021) and the mapping of every
 * CAMEO code to a PLOVER type, mode and context, after the 2021 CAMEO→PLOVER conversion table.
 */
import { normalizeCameoCode } from './cameo.js';

/** The sixteen PLOVER event types. */
export type PloverType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT';

/** The type given to CAMEO codes PLOVER has no category for (01 public statements) and to non-codes. */
export const PLOVER_NONE = 'NONE';

/** A CAMEO code's PLOVER reading. */
export interface PloverMapping {
  type: PloverType | typeof PLOVER_NONE;
  mode: string | null;
  /** one context, or several joined by ';' ('crime;corruption') */
  context: string | null;
}

interface PloverTypeSpec {
  description: string;
  modes: readonly string[];
}

// Modes are the manual's, plus the ones the conversion table uses that the manual's tables
// lost: THREATEN 'political' (restrictions on political freedoms) and COERCE 'seize'.
const TYPES: Readonly<Record<PloverType, PloverTypeSpec>> = {
  AGREE: { description: 'Offer, promise or state willingness to cooperate', modes: [] },
  CONSULT: { description: 'Meet, visit, host or talk', modes: ['visit', 'third-party', 'multilateral', 'phone'] },
  SUPPORT: { description: 'Give verbal or diplomatic support, sign an agreement', modes: [] },
  CONCEDE: { description: 'Make a verbal concession: ease restrictions, accede to demands', modes: [] },
  COOPERATE: { description: 'Cooperate materially for mutual benefit', modes: [] },
  AID: { description: 'Give material aid that mainly benefits the recipient', modes: [] },
  RETREAT: {
    description: 'Give ground materially: withdraw, release, disarm, allow access',
    modes: ['withdraw', 'release', 'return', 'disarm', 'ceasefire', 'access', 'resign'],
  },
  REQUEST: { description: 'Ask for, appeal for or demand something', modes: ['assist', 'change', 'yield', 'meet'] },
  ACCUSE: { description: 'Disapprove, accuse, sue or investigate', modes: ['disapprove', 'investigate', 'allege'] },
  REJECT: { description: 'Refuse or reject', modes: ['assist', 'change', 'yield', 'meet'] },
  THREATEN: {
    description: 'Threaten; the mode is what is threatened',
    modes: ['restrict', 'ban', 'arrest', 'relations', 'political', 'expel', 'territory', 'violence'],
  },
  PROTEST: {
    description: 'Demonstrate, strike, boycott, obstruct or riot',
    modes: ['demo', 'riot', 'general', 'strike', 'hunger', 'boycott', 'obstruct'],
  },
  SANCTION: {
    description: 'Reduce or break existing relations',
    modes: ['convict', 'expel', 'withdraw', 'discontinue'],
  },
  MOBILIZE: { description: 'Mobilize or raise readiness short of force', modes: ['troops', 'weapons', 'police', 'militia'] },
  COERCE: {
    description: 'Repress or restrict rights without physical violence',
    modes: ['confiscate', 'seize', 'restrict', 'ban', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold'],
  },
  ASSAULT: {
    description: 'Use force that can cause serious physical harm',
    modes: [
      'abduct', 'beat', 'torture', 'execute', 'sexual', 'assassinate', 'destroy', 'primitive', 'firearms',
      'explosives', 'suicide-attack', 'heavy-weapons', 'cleansing', 'massacre', 'unconventional', 'sideAB',
    ],
  },
};

// [CAMEO code, type, mode, context]. A root maps as its 'x0' code ('19' as '190'); CAMEO 01
// (public statements) has no rows because PLOVER has no category for it.
// Three rows differ from the conversion table, which contradicts itself there:
// 085 drops mode 'ease' (the table notes "ease is no longer a mode"), 1712 destroy property
// uses ASSAULT's 'destroy' instead of 'seize', and 175 moves 'pro_autocracy' from mode to context.
const MAPPING: ReadonlyArray<readonly [code: string, type: PloverType, mode: string | null, context: string | null]> = [
  // CAMEO 02 appeals have no line in the conversion table (PLOVER dropped them); we map
  // each 02x code as its 10x twin (020 ↔ 100, 0211 ↔ 1011, …): an appeal is a softer request.
  ['020', 'REQUEST', null, null],
  ['021', 'REQUEST', 'assist', null],
  ['0211', 'REQUEST', 'assist', 'economic'],
  ['0212', 'REQUEST', 'assist', 'military'],
  ['0213', 'REQUEST', 'assist', 'legal'],
  ['0214', 'REQUEST', 'assist', 'intelligence'],
  ['022', 'REQUEST', 'assist', 'diplomatic'],
  ['023', 'REQUEST', 'assist', null],
  ['0231', 'REQUEST', 'assist', 'economic'],
  ['0232', 'REQUEST', 'assist', 'military'],
  ['0233', 'REQUEST', 'assist', 'humanitarian'],
  ['0234', 'REQUEST', 'assist', 'peacekeeping'],
  ['024', 'REQUEST', 'change', 'political_institutions'],
  ['0241', 'REQUEST', 'change', 'executive'],
  ['0242', 'REQUEST', 'change', 'executive'],
  ['0243', 'REQUEST', 'change', 'rights_freedoms'],
  ['0244', 'REQUEST', 'change', 'political_institutions'],
  ['025', 'REQUEST', 'change', 'legal'],
  ['0251', 'REQUEST', 'yield', 'legal'],
  ['0252', 'REQUEST', 'yield', 'legal'],
  ['0253', 'REQUEST', 'yield', 'legal'],
  ['0254', 'REQUEST', 'yield', 'economic'],
  ['0255', 'REQUEST', 'yield', 'diplomatic'],
  ['0256', 'REQUEST', 'yield', 'military'],
  ['026', 'REQUEST', 'meet', 'diplomatic'],
  ['027', 'REQUEST', 'meet', 'diplomatic'],
  ['028', 'REQUEST', 'meet', 'diplomatic'],

  ['030', 'AGREE', null, 'diplomatic'],
  ['031', 'AGREE', null, 'diplomatic'],
  ['0311', 'AGREE', null, 'economic'],
  ['0312', 'AGREE', null, 'military'],
  ['0313', 'AGREE', null, 'legal'],
  ['0314', 'AGREE', null, 'intelligence'],
  ['032', 'AGREE', null, 'diplomatic'],
  ['033', 'AGREE', null, 'diplomatic'],
  ['0331', 'AGREE', null, 'economic'],
  ['0332', 'AGREE', null, 'military'],
  ['0333', 'AGREE', null, 'humanitarian'],
  ['0334', 'AGREE', null, 'peacekeeping'],
  ['034', 'AGREE', null, 'political_institutions'],
  ['0341', 'AGREE', null, 'political_institutions'],
  ['0342', 'AGREE', null, 'executive'],
  ['0343', 'AGREE', null, 'rights_freedoms'],
  ['0344', 'AGREE', null, 'political_institutions'],
  ['035', 'AGREE', null, null],
  ['0351', 'AGREE', null, 'rights_freedoms'],
  ['0352', 'AGREE', null, null],
  ['0353', 'AGREE', null, 'rights_freedoms'],
  ['0354', 'AGREE', null, 'economic'],
  ['0355', 'AGREE', null, 'diplomatic'],
  ['0356', 'AGREE', null, 'military'],
  ['036', 'AGREE', null, 'diplomatic'],
  ['037', 'AGREE', null, 'diplomatic'],
  ['038', 'AGREE', null, 'diplomatic'],
  ['039', 'AGREE', null, 'diplomatic'],

  ['040', 'CONSULT', null, null],
  ['041', 'CONSULT', 'phone', null],
  ['042', 'CONSULT', 'visit', null],
  ['043', 'CONSULT', 'visit', null],
  ['044', 'CONSULT', 'third-party', null],
  ['045', 'CONSULT', null, 'diplomatic'],
  ['046', 'CONSULT', null, 'diplomatic'],

  ['050', 'SUPPORT', null, 'diplomatic'],
  ['051', 'SUPPORT', null, 'diplomatic'],
  ['052', 'SUPPORT', null, 'diplomatic'],
  ['053', 'SUPPORT', null, 'diplomatic'],
  ['054', 'SUPPORT', null, 'diplomatic'],
  ['055', 'SUPPORT', null, 'diplomatic'],
  ['056', 'SUPPORT', null, 'diplomatic'],
  ['057', 'SUPPORT', null, 'diplomatic'],

  ['060', 'COOPERATE', null, null],
  ['061', 'COOPERATE', null, 'economic'],
  ['062', 'COOPERATE', null, 'military'],
  ['063', 'COOPERATE', null, 'legal'],
  ['064', 'COOPERATE', null, 'intelligence'],

  ['070', 'AID', null, null],
  ['071', 'AID', null, 'economic'],
  ['072', 'AID', null, 'military'],
  ['073', 'AID', null, 'humanitarian'],
  ['074', 'AID', null, 'peacekeeping'],
  ['075', 'AID', null, 'asylum'],

  // 08 Yield splits: verbal concessions are CONCEDE, material ones (0813, 0814, 084–087) RETREAT.
  ['080', 'CONCEDE', null, null],
  ['081', 'CONCEDE', null, 'legal'],
  ['0811', 'CONCEDE', null, 'democracy'],
  ['0812', 'CONCEDE', null, 'democracy'],
  ['0813', 'RETREAT', null, 'legal'],
  ['0814', 'RETREAT', null, 'legal'],
  ['082', 'CONCEDE', null, 'democracy'],
  ['083', 'CONCEDE', null, 'political_institutions'],
  ['0831', 'CONCEDE', null, 'political_institutions'],
  ['0832', 'CONCEDE', null, 'executive'],
  ['0833', 'CONCEDE', null, 'rights_freedoms'],
  ['0834', 'CONCEDE', null, 'political_institutions'],
  ['084', 'RETREAT', null, null],
  ['0841', 'RETREAT', 'release', 'legal'],
  ['0842', 'RETREAT', 'return', 'legal'],
  ['085', 'RETREAT', null, 'economic'], // table: mode 'ease'
  ['086', 'RETREAT', 'access', 'diplomatic'],
  ['0861', 'RETREAT', 'access', 'peacekeeping'],
  ['0862', 'RETREAT', 'access', 'diplomatic'],
  ['0863', 'RETREAT', 'access', 'humanitarian'],
  ['087', 'RETREAT', 'disarm', 'military'],
  ['0871', 'RETREAT', 'ceasefire', 'military'],
  ['0872', 'RETREAT', 'withdraw', 'military'],
  ['0873', 'RETREAT', 'disarm', 'military'],
  ['0874', 'RETREAT', 'disarm', 'military'],

  // 09 Investigate is an ACCUSE mode.
  ['090', 'ACCUSE', 'investigate', null],
  ['091', 'ACCUSE', 'investigate', 'crime;corruption'],
  ['092', 'ACCUSE', 'investigate', 'human_rights'],
  ['093', 'ACCUSE', 'investigate', 'military'],
  ['094', 'ACCUSE', 'investigate', 'military;legal'],

  ['100', 'REQUEST', null, null],
  ['101', 'REQUEST', 'assist', null],
  ['1011', 'REQUEST', 'assist', 'economic'],
  ['1012', 'REQUEST', 'assist', 'military'],
  ['1013', 'REQUEST', 'assist', 'legal'],
  ['1014', 'REQUEST', 'assist', 'intelligence'],
  ['102', 'REQUEST', 'assist', 'diplomatic'],
  ['103', 'REQUEST', 'assist', null],
  ['1031', 'REQUEST', 'assist', 'economic'],
  ['1032', 'REQUEST', 'assist', 'military'],
  ['1033', 'REQUEST', 'assist', 'humanitarian'],
  ['1034', 'REQUEST', 'assist', 'peacekeeping'],
  ['104', 'REQUEST', 'change', 'political_institutions'],
  ['1041', 'REQUEST', 'change', 'executive'],
  ['1042', 'REQUEST', 'change', 'executive'],
  ['1043', 'REQUEST', 'change', 'rights_freedoms'],
  ['1044', 'REQUEST', 'change', 'political_institutions'],
  ['105', 'REQUEST', 'change', 'legal'],
  ['1051', 'REQUEST', 'yield', 'legal'],
  ['1052', 'REQUEST', 'yield', 'legal'],
  ['1053', 'REQUEST', 'yield', 'legal'],
  ['1054', 'REQUEST', 'yield', 'economic'],
  ['1055', 'REQUEST', 'yield', 'diplomatic'],
  ['1056', 'REQUEST', 'yield', 'military'],
  ['106', 'REQUEST', 'meet', 'diplomatic'],
  ['107', 'REQUEST', 'meet', 'diplomatic'],
  ['108', 'REQUEST', 'meet', 'diplomatic'],

  ['110', 'ACCUSE', 'disapprove', null],
  ['111', 'ACCUSE', 'disapprove', null],
  ['112', 'ACCUSE', 'disapprove', null],
  ['1121', 'ACCUSE', 'allege', 'crime;corruption'],
  ['1122', 'ACCUSE', 'allege', 'human_rights'],
  ['1123', 'ACCUSE', 'allege', 'military'],
  ['1124', 'ACCUSE', 'allege', 'military;legal'],
  ['1125', 'ACCUSE', 'allege', 'legal'],
  ['113', 'ACCUSE', 'disapprove', null],
  ['114', 'ACCUSE', 'allege', 'diplomatic'],
  ['115', 'ACCUSE', 'allege', 'legal'],
  ['116', 'ACCUSE', 'disapprove', 'legal'],

  ['120', 'REJECT', null, null],
  ['121', 'REJECT', 'assist', null],
  ['1211', 'REJECT', 'assist', 'economic'],
  ['1212', 'REJECT', 'assist', 'military'],
  ['122', 'REJECT', 'assist', null],
  ['1221', 'REJECT', 'assist', 'economic'],
  ['1222', 'REJECT', 'assist', 'military'],
  ['1223', 'REJECT', 'assist', 'humanitarian'],
  ['1224', 'REJECT', 'assist', 'peacekeeping'],
  ['123', 'REJECT', 'change', 'political_institutions'],
  ['1231', 'REJECT', 'change', 'executive'],
  ['1232', 'REJECT', 'change', 'executive'],
  ['1233', 'REJECT', 'change', 'rights_freedoms'],
  ['1234', 'REJECT', 'change', 'political_institutions'],
  ['124', 'REJECT', 'change', null],
  ['1241', 'REJECT', 'change', 'executive'],
  ['1242', 'REJECT', 'change', null],
  ['1243', 'REJECT', 'yield', 'legal'],
  ['1244', 'REJECT', 'yield', 'economic'],
  ['1245', 'REJECT', 'yield', 'diplomatic'],
  ['1246', 'REJECT', 'yield', 'military'],
  ['125', 'REJECT', 'meet', 'diplomatic'],
  ['126', 'REJECT', 'meet', 'diplomatic'],
  ['127', 'REJECT', 'meet', 'diplomatic'],
  ['128', 'REJECT', 'yield', 'legal'],
  ['129', 'REJECT', 'yield', 'diplomatic'],

  ['130', 'THREATEN', null, null],
  ['131', 'THREATEN', null, null],
  ['1311', 'THREATEN', 'relations', null],
  ['1312', 'THREATEN', 'restrict', 'economic'],
  ['1313', 'THREATEN', 'relations', 'diplomatic'],
  ['132', 'THREATEN', 'ban', 'executive'],
  ['1321', 'THREATEN', 'political', 'human_rights'],
  ['1322', 'THREATEN', 'ban', 'pro_autocracy'],
  ['1323', 'THREATEN', 'restrict', 'pro_autocracy'],
  ['1324', 'THREATEN', 'restrict', 'pro_autocracy'],
  ['133', 'THREATEN', 'relations', null],
  ['134', 'THREATEN', 'relations', 'diplomatic'],
  ['135', 'THREATEN', 'relations', 'diplomatic'],
  ['136', 'THREATEN', 'expel', 'diplomatic'],
  ['137', 'THREATEN', 'violence', 'pro_autocracy'],
  ['138', 'THREATEN', 'violence', 'military'],
  ['1381', 'THREATEN', 'restrict', 'military'],
  ['1382', 'THREATEN', 'territory', 'military'],
  ['1383', 'THREATEN', 'violence', 'military'],
  ['1384', 'THREATEN', 'violence', 'military'],
  ['1385', 'THREATEN', 'violence', 'cbrn'],
  ['139', 'THREATEN', 'relations', 'diplomatic'],

  ['140', 'PROTEST', null, null],
  ['141', 'PROTEST', 'demo', null],
  ['1411', 'PROTEST', 'demo', 'executive'],
  ['1412', 'PROTEST', 'demo', 'executive'],
  ['1413', 'PROTEST', 'demo', 'rights_freedoms'],
  ['1414', 'PROTEST', 'demo', 'political_institutions'],
  ['142', 'PROTEST', 'hunger', null],
  ['1421', 'PROTEST', 'hunger', 'executive'],
  ['1422', 'PROTEST', 'hunger', 'executive'],
  ['1423', 'PROTEST', 'hunger', 'rights_freedoms'],
  ['1424', 'PROTEST', 'hunger', 'political_institutions'],
  ['143', 'PROTEST', 'boycott', null],
  ['1431', 'PROTEST', 'boycott', 'executive'],
  ['1432', 'PROTEST', 'boycott', 'executive'],
  ['1433', 'PROTEST', 'boycott', 'rights_freedoms'],
  ['1434', 'PROTEST', 'boycott', 'political_institutions'],
  ['144', 'PROTEST', 'obstruct', null],
  ['1441', 'PROTEST', 'obstruct', 'executive'],
  ['1442', 'PROTEST', 'obstruct', 'executive'],
  ['1443', 'PROTEST', 'obstruct', 'rights_freedoms'],
  ['1444', 'PROTEST', 'obstruct', 'political_institutions'],
  ['145', 'PROTEST', 'riot', null],
  ['1451', 'PROTEST', 'riot', 'executive'],
  ['1452', 'PROTEST', 'riot', 'executive'],
  ['1453', 'PROTEST', 'riot', 'rights_freedoms'],
  ['1454', 'PROTEST', 'riot', 'political_institutions'],

  ['150', 'MOBILIZE', null, null],
  ['151', 'MOBILIZE', 'police', null],
  ['152', 'MOBILIZE', 'troops', 'military'],
  ['153', 'MOBILIZE', 'police', null],
  ['154', 'MOBILIZE', 'troops', 'military'],

  ['160', 'SANCTION', null, null],
  ['161', 'SANCTION', 'withdraw', 'diplomatic'],
  ['162', 'SANCTION', 'discontinue', 'human_security'],
  ['1621', 'SANCTION', 'discontinue', 'economic'],
  ['1622', 'SANCTION', 'discontinue', 'military'],
  ['1623', 'SANCTION', 'discontinue', 'humanitarian'],
  ['163', 'COERCE', 'restrict', 'diplomatic'],
  ['164', 'SANCTION', 'withdraw', 'diplomatic'],
  ['165', 'SANCTION', 'withdraw', 'diplomatic'],
  ['166', 'SANCTION', 'expel', 'diplomatic'],
  ['1661', 'SANCTION', 'expel', 'military'],
  ['1662', 'SANCTION', 'expel', 'diplomatic'],
  ['1663', 'SANCTION', 'expel', 'human_security'],

  ['170', 'COERCE', null, null],
  ['171', 'COERCE', 'seize', 'human_security'],
  ['1711', 'COERCE', 'seize', 'human_security'],
  ['1712', 'ASSAULT', 'destroy', 'human_security'], // table: mode 'seize'
  ['172', 'COERCE', 'restrict', 'executive'],
  ['1721', 'COERCE', 'restrict', 'rights_freedoms'],
  ['1722', 'COERCE', 'ban', 'pro_autocracy'],
  ['1723', 'COERCE', 'curfew', 'pro_autocracy'],
  ['1724', 'COERCE', 'martial-law', 'pro_autocracy'],
  ['173', 'COERCE', 'arrest', 'legal'],
  ['174', 'COERCE', 'deport', 'legal'],
  ['175', 'ASSAULT', null, 'pro_autocracy;military'], // table: mode 'pro_autocracy', context 'military'

  ['180', 'ASSAULT', null, null],
  ['181', 'ASSAULT', 'abduct', null],
  ['182', 'ASSAULT', 'beat', null],
  ['1821', 'ASSAULT', 'sexual', null],
  ['1822', 'ASSAULT', 'torture', null],
  ['1823', 'ASSAULT', null, null],
  ['183', 'ASSAULT', 'suicide-attack', null],
  ['1831', 'ASSAULT', 'suicide-attack', null],
  ['1832', 'ASSAULT', 'explosives', null],
  ['1833', 'ASSAULT', 'explosives', null],
  ['184', 'ASSAULT', 'abduct', null],
  ['185', 'ASSAULT', 'assassinate', null],
  ['186', 'ASSAULT', 'assassinate', null],

  ['190', 'ASSAULT', null, 'military'],
  ['191', 'COERCE', 'restrict', 'military'],
  ['192', 'COERCE', 'seize', 'military'],
  ['193', 'ASSAULT', 'firearms', 'military'],
  ['194', 'ASSAULT', 'heavy-weapons', 'military'],
  ['195', 'ASSAULT', 'heavy-weapons', 'military'],
  ['196', 'ASSAULT', null, 'legal;military'],

  ['200', 'ASSAULT', 'massacre', 'military'],
  ['201', 'ASSAULT', 'cleansing', 'religion_ethnicity'],
  ['202', 'ASSAULT', 'massacre', 'religion_ethnicity'],
  ['203', 'ASSAULT', 'cleansing', 'religion_ethnicity'],
  ['204', 'ASSAULT', 'unconventional', 'cbrn'],
  ['2041', 'ASSAULT', 'unconventional', 'cbrn'],
  ['2042', 'ASSAULT', 'unconventional', 'cbrn'],
];

const BY_CODE: ReadonlyMap<string, PloverMapping> = new Map(
  MAPPING.map(([code, type, mode, context]) => [code, { type, mode, context }]),
);

const NONE: PloverMapping = { type: PLOVER_NONE, mode: null, context: null };

/** PLOVER type, mode and context of a CAMEO code; unknown sub-codes fall back to the parent, then the root. */
export function ploverFor(cameoCode: string): PloverMapping {
  const code = normalizeCameoCode(cameoCode);
  if (code === null) return { ...NONE };
  // '0875' → '087' → root '08' (read as '080').
  const candidates = [code, code.slice(0, 3), code.slice(0, 2) + '0'];
  for (const candidate of candidates) {
    const mapping = BY_CODE.get(candidate);
    if (mapping) return { ...mapping };
  }
  return { ...NONE };
}

/** The sixteen PLOVER event types, in the manual's order. */
export function ploverTypes(): PloverType[] {
  return Object.keys(TYPES) as PloverType[];
}

/** True when the string is one of the sixteen PLOVER types. */
export function isPloverType(type: string): type is PloverType {
  return Object.hasOwn(TYPES, type);
}

/** The modes a PLOVER type allows (empty when it has none), or [] for an unknown type. */
export function ploverModes(type: string): string[] {
  return isPloverType(type) ? [...TYPES[type].modes] : [];
}

/** One-line description of a PLOVER type, in our words, or null for an unknown type. */
export function ploverDescription(type: string): string | null {
  return isPloverType(type) ? TYPES[type].description : null;
}
