/**
 * How an actor code of ours is compared with a gold one.
 * STRICT: equal once the '-' padding is removed ("---REB" = "REB", "---" = "").
 * LENIENT: the first three characters (country, IGO, or "---") are equal and, when both codes
 * have a role (characters 4–6), the roles are equal too — so USAGOV matches USA and
 * USAGOVMIL, IRQMUS matches IRQ, but USAGOV does not match USAMIL, IGOUNO not IGOEUREEC.
 */

/** A code with its '-' padding removed and upper-cased: the STRICT comparison key. */
export function strictKey(code: string): string {
  return code.replace(/-/g, '').toUpperCase();
}

/** True when two actor codes are equal once the '-' padding is removed. */
export function strictActorMatch(ours: string, gold: string): boolean {
  return strictKey(ours) === strictKey(gold);
}

/** True when the first three characters match and, if both codes have one, the roles (chars 4–6) match. */
export function lenientActorMatch(ours: string, gold: string): boolean {
  const a = ours.toUpperCase();
  const b = gold.toUpperCase();
  if (a.slice(0, 3) !== b.slice(0, 3)) return false;
  const roleA = a.slice(3, 6);
  const roleB = b.slice(3, 6);
  return roleA === '' || roleB === '' || roleA === roleB;
}
