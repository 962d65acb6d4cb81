/**
 * Our CAMEO → ACLED event type table (ACLED's six types and their sub-event types). The most
 * specific prefix of the code wins ('1831' before '183'). CAMEO codes with no row — statements,
 * appeals, consultations, most verbal conflict — have no ACLED counterpart and are not exported.
 *
 * | CAMEO | ACLED event_type / sub_event_type |
 * |---|---|
 * | 190, 193, 196 | Battles / Armed clash |
 * | 192 | Battles / Government regains territory (GOV, MIL, COP source), else Non-state actor overtakes territory |
 * | 194 | Explosions/Remote violence / Shelling/artillery/missile attack |
 * | 195 (1951, 1952) | Explosions/Remote violence / Air/drone strike |
 * | 1831 | Explosions/Remote violence / Suicide bomb |
 * | 183, 1832–1834 | Explosions/Remote violence / Remote explosive/landmine/IED |
 * | 204 (2041, 2042) | Explosions/Remote violence / Chemical weapon |
 * | 181 | Violence against civilians / Abduction/forced disappearance |
 * | 1821 | Violence against civilians / Sexual violence |
 * | 180, 182, 184–186, 175, 20x | Violence against civilians / Attack |
 * | 145 | Riots / Violent demonstration |
 * | 140–144 | Protests / Peaceful protest |
 * | 173 | Strategic developments / Arrests |
 * | 171 | Strategic developments / Looting/property destruction |
 * | 0874 | Strategic developments / Non-violent transfer of territory |
 * | 057, 0871 | Strategic developments / Agreement |
 * | 15 | Strategic developments / Change to group/activity |
 * | 191 | Strategic developments / Other |
 */

/** An ACLED event type and sub-event type. */
export interface AcledType {
  eventType: string;
  subEventType: string;
}

const BATTLES = 'Battles';
const REMOTE = 'Explosions/Remote violence';
const CIVILIANS = 'Violence against civilians';
const STRATEGIC = 'Strategic developments';

const TABLE: ReadonlyArray<readonly [prefix: string, eventType: string, subEventType: string]> = [
  ['190', BATTLES, 'Armed clash'],
  ['193', BATTLES, 'Armed clash'],
  ['196', BATTLES, 'Armed clash'],
  ['194', REMOTE, 'Shelling/artillery/missile attack'],
  ['195', REMOTE, 'Air/drone strike'],
  ['1831', REMOTE, 'Suicide bomb'],
  ['183', REMOTE, 'Remote explosive/landmine/IED'],
  ['204', REMOTE, 'Chemical weapon'],
  ['181', CIVILIANS, 'Abduction/forced disappearance'],
  ['1821', CIVILIANS, 'Sexual violence'],
  ['180', CIVILIANS, 'Attack'],
  ['182', CIVILIANS, 'Attack'],
  ['184', CIVILIANS, 'Attack'],
  ['185', CIVILIANS, 'Attack'],
  ['186', CIVILIANS, 'Attack'],
  ['175', CIVILIANS, 'Attack'],
  ['20', CIVILIANS, 'Attack'],
  ['145', 'Riots', 'Violent demonstration'],
  ['140', 'Protests', 'Peaceful protest'],
  ['141', 'Protests', 'Peaceful protest'],
  ['142', 'Protests', 'Peaceful protest'],
  ['143', 'Protests', 'Peaceful protest'],
  ['144', 'Protests', 'Peaceful protest'],
  ['14', 'Protests', 'Peaceful protest'],
  ['173', STRATEGIC, 'Arrests'],
  ['171', STRATEGIC, 'Looting/property destruction'],
  ['0874', STRATEGIC, 'Non-violent transfer of territory'],
  ['057', STRATEGIC, 'Agreement'],
  ['0871', STRATEGIC, 'Agreement'],
  ['15', STRATEGIC, 'Change to group/activity'],
  ['191', STRATEGIC, 'Other'],
  ['19', BATTLES, 'Armed clash'],
  ['18', CIVILIANS, 'Attack'],
];

const STATE_ROLES = /^[A-Z]{3}(GOV|MIL|COP)/;

/** The ACLED type of a CAMEO code (and its source actor, for territory changes), or null. */
export function acledType(code: string, sourceCode: string): AcledType | null {
  if (code.startsWith('192')) {
    return { eventType: BATTLES, subEventType: STATE_ROLES.test(sourceCode) ? 'Government regains territory' : 'Non-state actor overtakes territory' };
  }
  let best: (typeof TABLE)[number] | null = null;
  for (const row of TABLE) if (code.startsWith(row[0]) && (!best || row[0].length > best[0].length)) best = row;
  return best ? { eventType: best[1], subEventType: best[2] } : null;
}
