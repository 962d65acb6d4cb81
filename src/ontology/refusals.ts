/**
 * CAMEO's convention for declared refusal: an actor that says it will not meet, aid, release or
 * withdraw has rejected that cooperation (12x) — the refusal happened, the act will not.
 */
import { byPrefix } from './by-prefix.js';

// The rejection code for each cooperative action code, most specific prefix first.
const REJECTION_OF: Array<[string, string]> = [
  // a declared intent turned down ("vowed not to release", "agreed not to meet")
  ['0311', '1211'], ['0312', '1212'], ['031', '121'], ['032', '120'], ['0331', '1211'], ['0332', '1212'], ['033', '121'], ['034', '123'],
  ['0351', '1241'], ['0352', '1242'], ['0353', '1243'], ['0354', '1244'], ['0355', '1245'], ['0356', '1246'], ['035', '124'],
  ['036', '125'], ['037', '127'], ['038', '126'], ['030', '120'],
  ['04', '125'],
  ['057', '127'], ['05', '120'],
  ['061', '1211'], ['062', '1212'], ['06', '121'],
  ['071', '1211'], ['072', '1212'], ['07', '121'],
  ['081', '1241'], ['082', '1242'], ['083', '123'], ['084', '1243'], ['085', '1244'], ['086', '1245'], ['087', '1246'], ['08', '124'],
];

/** The CAMEO rejection code for a cooperative action its actor declares it will not take, or null for other codes. */
export function rejectionCodeFor(code: string): string | null {
  return byPrefix(REJECTION_OF, code);
}
