/**
 * CAMEO's convention for declared coercion: an actor that says it will (or wants to) sanction,
 * repress, blockade or attack has made a threat (13x) — the threat happened, the act has not.
 */
import { byPrefix } from './by-prefix.js';

// The threat code for each conflictual action code, most specific prefix first.
const THREAT_OF: Array<[string, string]> = [
  ['1621', '1311'], ['1622', '1311'], ['1623', '1311'], ['162', '1311'],
  ['163', '1312'], ['161', '1313'], ['160', '1313'],
  ['164', '134'], ['165', '135'], ['166', '136'],
  ['1721', '1321'], ['1722', '1322'], ['1723', '1323'], ['1724', '1324'], ['172', '132'],
  ['171', '137'], ['173', '137'], ['174', '137'], ['175', '137'], ['170', '137'],
  ['14', '133'],
  ['18', '1383'],
  ['191', '1381'], ['192', '1382'], ['190', '138'], ['19', '1384'],
  ['204', '1385'], ['20', '1383'],
];

/** The CAMEO threat code for a declared coercive or violent action, or null for other codes. */
export function threatCodeFor(code: string): string | null {
  return byPrefix(THREAT_OF, code);
}
