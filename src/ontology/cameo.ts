/**
 * The CAMEO event codebook (CAMEO 1.1b3 as used by GDELT): every root, 3-digit code and
 * 4-digit sub-code with a short name of our own, its Goldstein weight and its QuadClass.
 *
 * Codes are strings in canonical form: roots have two digits ('04', '19'), the rest three or
 * four with the leading zero kept ('042', '0874', '190', '2041'). See `normalizeCameoCode`
 * for how shorter spellings ('42', '874') are read.
 */

/** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** What the codebook says about one CAMEO code. */
export interface CameoInfo {
  /** canonical code this entry describes (the parent's code when a lookup fell back) */
  code: string;
  /** two-digit root, '01' … '20' */
  root: string;
  name: string;
  quadClass: QuadClass;
  /** Goldstein conflict–cooperation weight, −10 … +10 */
  goldstein: number;
}

// [code, Goldstein weight, name]. The weights are the GDELT/CAMEO Goldstein scale.
// Phoenix extensions that GDELT never assigns (1213, 1214, 176) are deliberately absent:
// lookups of them fall back to their parent.
const CODEBOOK: ReadonlyArray<readonly [code: string, goldstein: number, name: string]> = [
  ['01', 0.0, 'Make a public statement'],
  ['010', 0.0, 'Make a statement, not specified'],
  ['011', -0.1, 'Decline to comment'],
  ['012', -0.4, 'Make a pessimistic comment'],
  ['013', 0.4, 'Make an optimistic comment'],
  ['014', 0.0, 'Consider a policy option'],
  ['015', 0.0, 'Acknowledge or claim responsibility'],
  ['016', -2.0, 'Deny responsibility'],
  ['017', 0.0, 'Engage in a symbolic act'],
  ['018', 3.4, 'Express sympathy or condolences'],
  ['019', 3.4, 'Express accord'],

  ['02', 3.0, 'Appeal'],
  ['020', 3.0, 'Appeal, not specified'],
  ['021', 3.4, 'Appeal for material cooperation'],
  ['0211', 3.4, 'Appeal for economic cooperation'],
  ['0212', 3.4, 'Appeal for military cooperation'],
  ['0213', 3.4, 'Appeal for judicial cooperation'],
  ['0214', 3.4, 'Appeal for intelligence cooperation'],
  ['022', 3.2, 'Appeal for diplomatic cooperation or policy support'],
  ['023', 3.4, 'Appeal for aid'],
  ['0231', 3.4, 'Appeal for economic aid'],
  ['0232', 3.4, 'Appeal for military aid'],
  ['0233', 3.4, 'Appeal for humanitarian aid'],
  ['0234', 3.4, 'Appeal for military protection or peacekeeping'],
  ['024', -0.3, 'Appeal for political reform'],
  ['0241', -0.3, 'Appeal for a change of leadership'],
  ['0242', -0.3, 'Appeal for a change of policy'],
  ['0243', -0.3, 'Appeal for rights'],
  ['0244', -0.3, 'Appeal for a change of institutions or regime'],
  ['025', -0.3, 'Appeal to yield'],
  ['0251', -0.3, 'Appeal to ease administrative sanctions'],
  ['0252', -0.3, 'Appeal to ease popular dissent'],
  ['0253', -0.3, 'Appeal to release persons or property'],
  ['0254', -0.3, 'Appeal to ease economic sanctions, boycott or embargo'],
  ['0255', -0.3, 'Appeal to allow international involvement'],
  ['0256', -0.3, 'Appeal to de-escalate military engagement'],
  ['026', 4.0, 'Appeal to others to meet or negotiate'],
  ['027', 4.0, 'Appeal to others to settle a dispute'],
  ['028', 4.0, 'Appeal to others to accept mediation'],

  ['03', 4.0, 'Express intent to cooperate'],
  ['030', 4.0, 'Express intent to cooperate, not specified'],
  ['031', 5.2, 'Express intent to cooperate materially'],
  ['0311', 5.2, 'Express intent to cooperate economically'],
  ['0312', 5.2, 'Express intent to cooperate militarily'],
  ['0313', 5.2, 'Express intent to cooperate on judicial matters'],
  ['0314', 5.2, 'Express intent to cooperate on intelligence'],
  ['032', 4.5, 'Express intent to cooperate diplomatically'],
  ['033', 5.2, 'Express intent to provide aid'],
  ['0331', 5.2, 'Express intent to provide economic aid'],
  ['0332', 5.2, 'Express intent to provide military aid'],
  ['0333', 5.2, 'Express intent to provide humanitarian aid'],
  ['0334', 6.0, 'Express intent to provide military protection or peacekeeping'],
  ['034', 7.0, 'Express intent to institute political reform'],
  ['0341', 7.0, 'Express intent to change leadership'],
  ['0342', 7.0, 'Express intent to change policy'],
  ['0343', 7.0, 'Express intent to grant rights'],
  ['0344', 7.0, 'Express intent to change institutions or regime'],
  ['035', 7.0, 'Express intent to yield'],
  ['0351', 7.0, 'Express intent to ease administrative sanctions'],
  ['0352', 7.0, 'Express intent to ease popular dissent'],
  ['0353', 7.0, 'Express intent to release persons or property'],
  ['0354', 7.0, 'Express intent to ease economic sanctions, boycott or embargo'],
  ['0355', 7.0, 'Express intent to allow international involvement'],
  ['0356', 7.0, 'Express intent to de-escalate military engagement'],
  ['036', 4.0, 'Express intent to meet or negotiate'],
  ['037', 5.0, 'Express intent to settle a dispute'],
  ['038', 7.0, 'Express intent to accept mediation'],
  ['039', 5.0, 'Express intent to mediate'],

  ['04', 1.0, 'Consult'],
  ['040', 1.0, 'Consult, not specified'],
  ['041', 1.0, 'Discuss by telephone'],
  ['042', 1.9, 'Make a visit'],
  ['043', 2.8, 'Host a visit'],
  ['044', 2.5, 'Meet at a third location'],
  ['045', 5.0, 'Mediate'],
  ['046', 7.0, 'Negotiate'],

  ['05', 3.5, 'Engage in diplomatic cooperation'],
  ['050', 3.5, 'Engage in diplomatic cooperation, not specified'],
  ['051', 3.4, 'Praise or endorse'],
  ['052', 3.5, 'Defend verbally'],
  ['053', 3.8, 'Rally support on behalf of another'],
  ['054', 6.0, 'Grant diplomatic recognition'],
  ['055', 7.0, 'Apologize'],
  ['056', 7.0, 'Forgive'],
  ['057', 8.0, 'Sign a formal agreement'],

  ['06', 6.0, 'Engage in material cooperation'],
  ['060', 6.0, 'Engage in material cooperation, not specified'],
  ['061', 6.4, 'Cooperate economically'],
  ['062', 7.4, 'Cooperate militarily'],
  ['063', 7.4, 'Cooperate on judicial matters'],
  ['064', 7.0, 'Share intelligence or information'],

  ['07', 7.0, 'Provide aid'],
  ['070', 7.0, 'Provide aid, not specified'],
  ['071', 7.4, 'Provide economic aid'],
  ['072', 8.3, 'Provide military aid'],
  ['073', 7.4, 'Provide humanitarian aid'],
  ['074', 8.5, 'Provide military protection or peacekeeping'],
  ['075', 7.0, 'Grant asylum'],

  ['08', 5.0, 'Yield'],
  ['080', 5.0, 'Yield, not specified'],
  ['081', 5.0, 'Ease administrative sanctions'],
  ['0811', 5.0, 'Ease restrictions on political freedoms'],
  ['0812', 5.0, 'Ease a ban on political parties or politicians'],
  ['0813', 5.0, 'Ease a curfew'],
  ['0814', 5.0, 'Ease a state of emergency or martial law'],
  ['082', 5.0, 'Ease political dissent'],
  ['083', 5.0, 'Accede to demands for political reform'],
  ['0831', 5.0, 'Accede to demands for a change of leadership'],
  ['0832', 5.0, 'Accede to demands for a change of policy'],
  ['0833', 5.0, 'Accede to demands for rights'],
  ['0834', 5.0, 'Accede to demands for a change of institutions or regime'],
  ['084', 7.0, 'Return or release'],
  ['0841', 7.0, 'Release persons'],
  ['0842', 7.0, 'Return property'],
  ['085', 7.0, 'Ease economic sanctions, boycott or embargo'],
  ['086', 9.0, 'Allow international involvement'],
  ['0861', 9.0, 'Accept peacekeepers'],
  ['0862', 9.0, 'Accept inspectors'],
  ['0863', 9.0, 'Allow delivery of humanitarian aid'],
  ['087', 9.0, 'De-escalate military engagement'],
  ['0871', 9.0, 'Declare a truce or ceasefire'],
  ['0872', 9.0, 'Ease a military blockade'],
  ['0873', 9.0, 'Demobilize armed forces'],
  ['0874', 10.0, 'Retreat or surrender militarily'],

  ['09', -2.0, 'Investigate'],
  ['090', -2.0, 'Investigate, not specified'],
  ['091', -2.0, 'Investigate crime or corruption'],
  ['092', -2.0, 'Investigate human rights abuses'],
  ['093', -2.0, 'Investigate military action'],
  ['094', -2.0, 'Investigate war crimes'],

  ['10', -5.0, 'Demand'],
  ['100', -5.0, 'Demand, not specified'],
  ['101', -5.0, 'Demand material cooperation'],
  ['1011', -5.0, 'Demand economic cooperation'],
  ['1012', -5.0, 'Demand military cooperation'],
  ['1013', -5.0, 'Demand judicial cooperation'],
  ['1014', -5.0, 'Demand intelligence cooperation'],
  ['102', -5.0, 'Demand diplomatic cooperation or policy support'],
  ['103', -5.0, 'Demand aid'],
  ['1031', -5.0, 'Demand economic aid'],
  ['1032', -5.0, 'Demand military aid'],
  ['1033', -5.0, 'Demand humanitarian aid'],
  ['1034', -5.0, 'Demand military protection or peacekeeping'],
  ['104', -5.0, 'Demand political reform'],
  ['1041', -5.0, 'Demand a change of leadership'],
  ['1042', -5.0, 'Demand a change of policy'],
  ['1043', -5.0, 'Demand rights'],
  ['1044', -5.0, 'Demand a change of institutions or regime'],
  ['105', -5.0, 'Demand that the target yield'],
  ['1051', -5.0, 'Demand easing of administrative sanctions'],
  ['1052', -5.0, 'Demand easing of popular dissent'],
  ['1053', -5.0, 'Demand release of persons or property'],
  ['1054', -5.0, 'Demand easing of economic sanctions, boycott or embargo'],
  ['1055', -5.0, 'Demand that the target allow international involvement'],
  ['1056', -5.0, 'Demand de-escalation of military engagement'],
  ['106', -5.0, 'Demand a meeting or negotiation'],
  ['107', -5.0, 'Demand settlement of a dispute'],
  ['108', -5.0, 'Demand mediation'],

  ['11', -2.0, 'Disapprove'],
  ['110', -2.0, 'Disapprove, not specified'],
  ['111', -2.0, 'Criticize or denounce'],
  ['112', -2.0, 'Accuse'],
  ['1121', -2.0, 'Accuse of crime or corruption'],
  ['1122', -2.0, 'Accuse of human rights abuses'],
  ['1123', -2.0, 'Accuse of aggression'],
  ['1124', -2.0, 'Accuse of war crimes'],
  ['1125', -2.0, 'Accuse of espionage or treason'],
  ['113', -2.0, 'Rally opposition against'],
  ['114', -2.0, 'Complain officially'],
  ['115', -2.0, 'Bring a lawsuit against'],
  ['116', -2.0, 'Find guilty or liable in court'],

  ['12', -4.0, 'Reject'],
  ['120', -4.0, 'Reject, not specified'],
  ['121', -4.0, 'Reject material cooperation'],
  ['1211', -4.0, 'Reject economic cooperation'],
  ['1212', -4.0, 'Reject military cooperation'],
  ['122', -4.0, 'Reject a request for aid'],
  ['1221', -4.0, 'Reject a request for economic aid'],
  ['1222', -4.0, 'Reject a request for military aid'],
  ['1223', -4.0, 'Reject a request for humanitarian aid'],
  ['1224', -4.0, 'Reject a request for military protection or peacekeeping'],
  ['123', -4.0, 'Reject a demand for political reform'],
  ['1231', -4.0, 'Reject a demand for a change of leadership'],
  ['1232', -4.0, 'Reject a demand for a change of policy'],
  ['1233', -4.0, 'Reject a demand for rights'],
  ['1234', -4.0, 'Reject a demand for a change of institutions or regime'],
  ['124', -4.0, 'Refuse to yield'],
  ['1241', -4.0, 'Refuse to ease administrative sanctions'],
  ['1242', -4.0, 'Refuse to ease popular dissent'],
  ['1243', -4.0, 'Refuse to release persons or property'],
  ['1244', -4.0, 'Refuse to ease economic sanctions, boycott or embargo'],
  ['1245', -4.0, 'Refuse to allow international involvement'],
  ['1246', -4.0, 'Refuse to de-escalate military engagement'],
  ['125', -5.0, 'Reject a proposal to meet or negotiate'],
  ['126', -5.0, 'Reject mediation'],
  ['127', -5.0, 'Reject a plan or agreement to settle a dispute'],
  ['128', -5.0, 'Defy norms or law'],
  ['129', -5.0, 'Veto'],

  ['13', -6.0, 'Threaten'],
  ['130', -4.4, 'Threaten, not specified'],
  ['131', -5.8, 'Threaten non-force'],
  ['1311', -5.8, 'Threaten to reduce or stop aid'],
  ['1312', -5.8, 'Threaten a boycott, embargo or sanctions'],
  ['1313', -5.8, 'Threaten to reduce or break relations'],
  ['132', -5.8, 'Threaten administrative sanctions'],
  ['1321', -5.8, 'Threaten to restrict freedom of speech and expression'],
  ['1322', -5.8, 'Threaten to ban political parties or politicians'],
  ['1323', -5.8, 'Threaten to impose a curfew'],
  ['1324', -5.8, 'Threaten to impose a state of emergency or martial law'],
  ['133', -5.8, 'Threaten political dissent or protest'],
  ['134', -5.8, 'Threaten to halt negotiations'],
  ['135', -5.8, 'Threaten to halt mediation'],
  ['136', -7.0, 'Threaten to end international involvement'],
  ['137', -7.0, 'Threaten violent repression'],
  ['138', -7.0, 'Threaten military force'],
  ['1381', -7.0, 'Threaten a blockade'],
  ['1382', -7.0, 'Threaten occupation'],
  ['1383', -7.0, 'Threaten unconventional violence'],
  ['1384', -7.0, 'Threaten a conventional attack'],
  ['1385', -7.0, 'Threaten an attack with weapons of mass destruction'],
  ['139', -7.0, 'Give an ultimatum'],

  ['14', -6.5, 'Protest'],
  ['140', -6.5, 'Engage in political dissent, not specified'],
  ['141', -6.5, 'Demonstrate or rally'],
  ['1411', -6.5, 'Demonstrate for a change of leadership'],
  ['1412', -6.5, 'Demonstrate for a change of policy'],
  ['1413', -6.5, 'Demonstrate for rights'],
  ['1414', -6.5, 'Demonstrate for a change of institutions or regime'],
  ['142', -6.5, 'Go on hunger strike'],
  ['1421', -6.5, 'Go on hunger strike for a change of leadership'],
  ['1422', -6.5, 'Go on hunger strike for a change of policy'],
  ['1423', -6.5, 'Go on hunger strike for rights'],
  ['1424', -6.5, 'Go on hunger strike for a change of institutions or regime'],
  ['143', -6.5, 'Strike or boycott'],
  ['1431', -6.5, 'Strike or boycott for a change of leadership'],
  ['1432', -6.5, 'Strike or boycott for a change of policy'],
  ['1433', -6.5, 'Strike or boycott for rights'],
  ['1434', -6.5, 'Strike or boycott for a change of institutions or regime'],
  ['144', -7.5, 'Obstruct passage or block'],
  ['1441', -7.5, 'Obstruct passage to demand a change of leadership'],
  ['1442', -7.5, 'Obstruct passage to demand a change of policy'],
  ['1443', -7.5, 'Obstruct passage to demand rights'],
  ['1444', -7.5, 'Obstruct passage to demand a change of institutions or regime'],
  ['145', -7.5, 'Riot or protest violently'],
  ['1451', -7.5, 'Protest violently for a change of leadership'],
  ['1452', -7.5, 'Protest violently for a change of policy'],
  ['1453', -7.5, 'Protest violently for rights'],
  ['1454', -7.5, 'Protest violently for a change of institutions or regime'],

  ['15', -7.2, 'Exhibit force posture'],
  ['150', -7.2, 'Demonstrate military or police power'],
  ['151', -7.2, 'Raise police alert status'],
  ['152', -7.2, 'Raise military alert status'],
  ['153', -7.2, 'Mobilize or increase police power'],
  ['154', -7.2, 'Mobilize or increase armed forces'],

  ['16', -4.0, 'Reduce relations'],
  ['160', -4.0, 'Reduce relations, not specified'],
  ['161', -4.0, 'Reduce or break diplomatic relations'],
  ['162', -5.6, 'Reduce or stop aid'],
  ['1621', -5.6, 'Reduce or stop economic aid'],
  ['1622', -5.6, 'Reduce or stop military aid'],
  ['1623', -5.6, 'Reduce or stop humanitarian aid'],
  ['163', -8.0, 'Impose an embargo, boycott or sanctions'],
  ['164', -7.0, 'Halt negotiations'],
  ['165', -6.5, 'Halt mediation'],
  ['166', -7.0, 'Expel or withdraw'],
  ['1661', -7.0, 'Expel or withdraw peacekeepers'],
  ['1662', -7.0, 'Expel or withdraw inspectors or observers'],
  ['1663', -7.0, 'Expel or withdraw aid agencies'],

  ['17', -7.0, 'Coerce'],
  ['170', -7.0, 'Coerce, not specified'],
  ['171', -9.2, 'Seize or damage property'],
  ['1711', -9.2, 'Confiscate property'],
  ['1712', -9.2, 'Destroy property'],
  ['172', -5.0, 'Impose administrative sanctions'],
  ['1721', -5.0, 'Restrict freedom of speech and expression'],
  ['1722', -5.0, 'Ban political parties or politicians'],
  ['1723', -5.0, 'Impose a curfew'],
  ['1724', -5.0, 'Impose a state of emergency or martial law'],
  ['173', -5.0, 'Arrest, detain or charge'],
  ['174', -5.0, 'Expel or deport individuals'],
  ['175', -9.0, 'Use violent repression'],

  ['18', -9.0, 'Assault'],
  ['180', -9.0, 'Use unconventional violence'],
  ['181', -9.0, 'Abduct, hijack or take hostage'],
  ['182', -9.5, 'Physically assault'],
  ['1821', -9.0, 'Sexually assault'],
  ['1822', -9.0, 'Torture'],
  ['1823', -10.0, 'Kill by physical assault'],
  ['183', -10.0, 'Carry out a non-military bombing'],
  ['1831', -10.0, 'Carry out a suicide bombing'],
  ['1832', -10.0, 'Carry out a vehicle bombing'],
  ['1833', -10.0, 'Carry out a roadside bombing'],
  ['184', -8.0, 'Use as a human shield'],
  ['185', -8.0, 'Attempt to assassinate'],
  ['186', -10.0, 'Assassinate'],

  ['19', -10.0, 'Fight'],
  ['190', -10.0, 'Use conventional military force'],
  ['191', -9.5, 'Impose a blockade or restrict movement'],
  ['192', -9.5, 'Occupy territory'],
  ['193', -10.0, 'Fight with small arms and light weapons'],
  ['194', -10.0, 'Fight with artillery and tanks'],
  ['195', -10.0, 'Employ aerial weapons'],
  ['196', -9.5, 'Violate a ceasefire'],

  ['20', -10.0, 'Use unconventional mass violence'],
  ['200', -10.0, 'Use unconventional mass violence, not specified'],
  ['201', -9.5, 'Carry out mass expulsion'],
  ['202', -10.0, 'Carry out mass killing'],
  ['203', -10.0, 'Carry out ethnic cleansing'],
  ['204', -10.0, 'Use weapons of mass destruction'],
  ['2041', -10.0, 'Use chemical, biological or radiological weapons'],
  ['2042', -10.0, 'Detonate a nuclear weapon'],
];

const BY_CODE: ReadonlyMap<string, CameoInfo> = new Map(
  CODEBOOK.map(([code, goldstein, name]) => {
    const root = code.slice(0, 2);
    return [code, { code, root, name, quadClass: quadClassOfRoot(root), goldstein }];
  }),
);

const ALL_CODES: readonly string[] = [...BY_CODE.keys()].sort();

function quadClassOfRoot(root: string): QuadClass {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

function isRootNumber(twoDigits: string): boolean {
  const n = Number(twoDigits);
  return n >= 1 && n <= 20;
}

/**
 * Canonical form of a CAMEO code, or null if it cannot be one.
 *
 * Codes are often seen with the leading zero lost (a CSV column read as numbers). The
 * canonical roots are 01–20, so some short spellings are ambiguous; they are read as:
 * - 1 digit: a root — '4' → '04'.
 * - 2 digits: 01–20 is a root as written ('10' is root 10 Demand, never '010');
 *   21–99 is a 3-digit code without its zero — '42' → '042'.
 * - 3 digits: a leading '0' or a first pair 10–20 is a 3-digit code as written
 *   ('042', '190', '101'); otherwise it is a 4-digit code without its zero — '874' → '0874'.
 *   (CAMEO has no sub-codes 0100–0209, so reading '101' as 3-digit loses nothing.)
 * - 4 digits: as written, if its first pair is a root — '0874', '2041'.
 * Surrounding whitespace is ignored; anything else (letters, '000', '---') is null.
 */
export function normalizeCameoCode(code: string): string | null {
  const digits = code.trim();
  if (!/^\d{1,4}$/.test(digits)) return null;
  let canonical: string;
  switch (digits.length) {
    case 1:
      canonical = '0' + digits;
      break;
    case 2:
      canonical = isRootNumber(digits) ? digits : '0' + digits;
      break;
    case 3:
      canonical = digits[0] === '0' || isRootNumber(digits.slice(0, 2)) ? digits : '0' + digits;
      break;
    default:
      canonical = digits;
  }
  return isRootNumber(canonical.slice(0, 2)) ? canonical : null;
}

/** Codebook entry for a code; an unknown code falls back to its nearest known parent, else null. */
export function cameoInfo(code: string): CameoInfo | null {
  const canonical = normalizeCameoCode(code);
  if (canonical === null) return null;
  // '0875' → '087' → '08': drop one digit at a time down to the root.
  for (let length = canonical.length; length >= 2; length--) {
    const entry = BY_CODE.get(canonical.slice(0, length));
    if (entry) return { ...entry };
  }
  return null;
}

/** True when the code (after normalisation) is itself in the codebook, without fallback. */
export function isCameoCode(code: string): boolean {
  const canonical = normalizeCameoCode(code);
  return canonical !== null && BY_CODE.has(canonical);
}

/** Two-digit root of a code ('0874' → '08'), or null if the code is malformed. */
export function cameoRoot(code: string): string | null {
  return normalizeCameoCode(code)?.slice(0, 2) ?? null;
}

/** Name of the root category a code or root belongs to ('19' → 'Fight'), or null. */
export function rootName(root: string): string | null {
  const r = cameoRoot(root);
  return r === null ? null : (BY_CODE.get(r)?.name ?? null);
}

/** Every code in the codebook, roots included, in hierarchical order ('01', '010', … '2042'). */
export function allCameoCodes(): string[] {
  return [...ALL_CODES];
}
