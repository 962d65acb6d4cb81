/**
 * CAMEO's convention for declared cooperation: an actor that says it will meet, aid, release or
 * withdraw has expressed an intent to cooperate (03x) — the statement happened, the act has not.
 */
import { byPrefix } from './by-prefix.js';

// The intent code for each cooperative action code, most specific prefix first.
const INTENT_OF: Array<[string, string]> = [
  ['04', '036'],
  ['05', '032'],
  ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'],
  ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['07', '033'],
  ['081', '0351'], ['082', '0352'], ['083', '034'], ['084', '0353'], ['085', '0354'], ['086', '0355'], ['087', '0356'], ['08', '035'],
];

/** The CAMEO intent code for a declared cooperative action, or null for other codes. */
export function intentCodeFor(code: string): string | null {
  return byPrefix(INTENT_OF, code);
}
