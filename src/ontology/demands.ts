/**
 * CAMEO's convention for an act one actor says another must take: "Russia said Sudan must return
 * the helicopter" is Russia demanding (10x) that Sudan return it — the demand happened, the act has not.
 */
import { byPrefix } from './by-prefix.js';

// The demand code for each cooperative action code, most specific prefix first.
const DEMAND_OF: Array<[string, string]> = [
  ['036', '106'], ['037', '107'], ['038', '108'], ['039', '108'], ['030', '107'], ['03', '100'],
  ['045', '108'], ['04', '106'],
  ['057', '107'], ['05', '102'],
  ['061', '1011'], ['062', '1012'], ['063', '1013'], ['064', '1014'], ['06', '101'],
  ['071', '1031'], ['072', '1032'], ['073', '1033'], ['074', '1034'], ['07', '103'],
  ['081', '1051'], ['082', '1052'], ['0831', '1041'], ['0833', '1043'], ['0834', '1042'], ['083', '104'],
  ['084', '1053'], ['085', '1054'], ['086', '1055'], ['087', '1056'], ['08', '105'],
];

/** The CAMEO demand code for a cooperative act an actor is told it must take, or null for other codes. */
export function demandCodeFor(code: string): string | null {
  return byPrefix(DEMAND_OF, code);
}
