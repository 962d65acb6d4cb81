/**
 * Who is reported to hold a place, over time, from control claims (see claims.ts).
 *
 * How the claims of one place become holdings:
 * - Claims are read day by day, oldest first. A holding runs from `since` (inclusive) to
 *   `until` (exclusive): on the day of a transfer the new holder holds the place.
 * - Sides: a country's state actors — the bare country code and its GOV, MIL, COP, SPY, JUD and
 *   LEG sub-codes (IRQ, IRQGOV, IRQMIL) — are one side, so "the government retook" after "the
 *   army captured" continues one holding. A non-state code and a more specific code under it
 *   (---REB and ---REBSUN, IMGMUS and IMGMUSISI) are also one side: the same group reported
 *   more or less precisely. A holding keeps the code of the claim that opened it.
 * - A day with a "took" claim: its taker holds the place from that day. A claim from the
 *   current holder's side continues its holding (the evidence grows).
 * - A day with only "lost" claims by the current holder's side: its holding ends and an unknown
 *   holder (`actor: null`, `lostBy` naming who left) follows. A loss by a side that does not
 *   hold the place changes nothing but is kept as evidence.
 * - Implicit transfer: A lost and B took on the same day → B, and A's loss is evidence of B's
 *   holding.
 * - Conflicting takers on one day (two reports disagree) are decided deterministically and the
 *   holding says so in `contest`: a side that is also reported losing the place that day ranks
 *   below one that is not ("A took it and lost it to B"); then more reports (distinct events)
 *   win; then the latest report (the highest event id, i.e. the latest recorded) wins. Every
 *   claim of the day stays in `evidence`.
 */
import type { ControlClaim } from '../store/types.js';

/** One actor holding one place over a span of days. */
export interface Holding {
  geonameId: number | null;
  place: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** null = unknown after a loss */
  actor: string | null;
  actorName: string | null;
  /** YYYY-MM-DD, inclusive */
  since: string;
  /** YYYY-MM-DD, exclusive (the day the next holder took over), or null while it lasts */
  until: string | null;
  evidence: ControlClaim[];
  /** for an unknown holder: the actors reported to have lost the place */
  lostBy: Array<{ actor: string; actorName: string }>;
  /** when reports disagreed on who took the place on `since`: who won and why */
  contest: Contest | null;
}

/** How a same-day disagreement over who took a place was settled. */
export interface Contest {
  winner: string;
  rivals: Array<{ actor: string; actorName: string; reports: number }>;
  reason: string;
}

/** State roles that make one side with their country's other state actors. */
const STATE_ROLES = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** the key of the place a claim is about: its GeoNames id, or its lower-cased name when it has none */
export function placeKey(claim: Pick<ControlClaim, 'geonameId' | 'place'>): string {
  return claim.geonameId !== null ? String(claim.geonameId) : claim.place.trim().toLowerCase();
}

/** the holdings of each place over time, keyed by geonameId (or by place name when no id) */
export function timelines(claims: readonly ControlClaim[]): Map<string, Holding[]> {
  const byPlace = new Map<string, ControlClaim[]>();
  for (const c of claims) {
    const key = placeKey(c);
    const list = byPlace.get(key);
    if (list) list.push(c);
    else byPlace.set(key, [c]);
  }
  const out = new Map<string, Holding[]>();
  for (const [key, list] of byPlace) out.set(key, placeTimeline(list));
  return out;
}

/** who is reported to hold the place these claims are about on `date` (YYYY-MM-DD), or null */
export function holderAt(claims: readonly ControlClaim[], date: string): Holding | null {
  const lines = [...timelines(claims).values()];
  if (lines.length === 0) return null;
  // Claims of one place are expected; when a name matched several, the best-attested place is meant.
  const line = lines.reduce((best, l) => (evidenceCount(l) > evidenceCount(best) ? l : best));
  return holdingOn(line, date);
}

/** the places actor `actor` (code or code prefix like "IMGMUSISI" or "IRQ") is reported to hold on `date` */
export function holdingsOf(claims: readonly ControlClaim[], actor: string, date: string): Holding[] {
  const query = actor.trim().toUpperCase();
  return holdingsOn(claims, date).filter((h) => h.actor !== null && actorMatches(h, query));
}

/** every place's holding on `date` (the actor is null where the place was lost to no known holder), by place name */
export function holdingsOn(claims: readonly ControlClaim[], date: string): Holding[] {
  const out: Holding[] = [];
  for (const line of timelines(claims).values()) {
    const h = holdingOn(line, date);
    if (h) out.push(h);
  }
  return out.sort((a, b) => a.place.localeCompare(b.place) || (a.geonameId ?? 0) - (b.geonameId ?? 0));
}

/** the holding of one place's timeline that covers `date`, or null before the first claim */
export function holdingOn(line: readonly Holding[], date: string): Holding | null {
  const d = day(date);
  for (const h of line) if (h.since <= d && (h.until === null || d < h.until)) return h;
  return null;
}

/** true when a query code (or prefix) names the holder: prefix of any code on its side's evidence, or the same state side */
export function actorMatches(h: Holding, query: string): boolean {
  if (h.actor === null) return false;
  const q = query.toUpperCase();
  if (h.actor.startsWith(q)) return true;
  const side = sideOf(h.actor);
  if (sideOf(q) === side && isState(q)) return true;
  // "IRQGOV" finds a holding opened by IRQMIL and continued by IRQGOV: any taker on the holding's side counts.
  return h.evidence.some((c) => c.change === 'took' && sameSide(c.actor, h.actor!) && c.actor.startsWith(q));
}

/** true when two actor codes are one side (see the header) */
export function sameSide(a: string, b: string): boolean {
  if (a === b) return true;
  if (isState(a) || isState(b)) return isState(a) && isState(b) && sideOf(a) === sideOf(b);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A bare country ("IRQ") is not a prefix-parent of "IRQREB": only role-level codes nest.
  return short.length >= 6 && long.startsWith(short);
}

/** a state code's side is its country; any other code is its own side */
function sideOf(code: string): string {
  return isState(code) ? code.slice(0, 3) : code;
}

/** a bare country code or a country plus a state role (IRQ, IRQGOV, IRQMILSF) */
function isState(code: string): boolean {
  if (!/^[A-Z]{3}/.test(code)) return false;
  if (code.length === 3) return true;
  return STATE_ROLES.has(code.slice(3, 6));
}

function placeTimeline(list: ControlClaim[]): Holding[] {
  const sorted = [...list].sort((a, b) => day(a.date).localeCompare(day(b.date)) || a.eventId - b.eventId);
  const holdings: Holding[] = [];
  let current: Holding | null = null;
  for (let i = 0; i < sorted.length; ) {
    const d = day(sorted[i]!.date);
    let j = i;
    while (j < sorted.length && day(sorted[j]!.date) === d) j++;
    const today = sorted.slice(i, j);
    i = j;

    const takers = groupBySide(today.filter((c) => c.change === 'took'));
    const losers = groupBySide(today.filter((c) => c.change === 'lost'));
    if (takers.length > 0) {
      const { winner, contest } = decide(takers, losers);
      const opener = winner.claims[0]!;
      if (current && current.actor !== null && sameSide(current.actor, opener.actor)) {
        current.evidence.push(...today);
        continue;
      }
      if (current) current.until = d;
      current = newHolding(opener, d, today, contest);
      holdings.push(current);
      continue;
    }
    // Only losses today.
    const holderLost = current && current.actor !== null && losers.some((g) => sameSide(g.claims[0]!.actor, current!.actor!));
    if (current && !holderLost) {
      // The holder is not the one leaving (or the holder is already unknown): nothing changes hands.
      current.evidence.push(...today);
      if (current.actor === null) addLostBy(current, today);
      continue;
    }
    if (current) current.until = d;
    current = newHolding(today[0]!, d, today, null);
    current.actor = null;
    current.actorName = null;
    addLostBy(current, today);
    holdings.push(current);
  }
  fillCoordinates(holdings, sorted);
  return holdings;
}

interface SideGroup {
  claims: ControlClaim[];
}

/** groups claims by side, in order of first appearance */
function groupBySide(claims: ControlClaim[]): SideGroup[] {
  const groups: SideGroup[] = [];
  for (const c of claims) {
    const g = groups.find((x) => sameSide(x.claims[0]!.actor, c.actor));
    if (g) g.claims.push(c);
    else groups.push({ claims: [c] });
  }
  return groups;
}

function decide(takers: SideGroup[], losers: SideGroup[]): { winner: SideGroup; contest: Contest | null } {
  if (takers.length === 1) return { winner: takers[0]!, contest: null };
  const alsoLost = (g: SideGroup) => losers.some((l) => sameSide(l.claims[0]!.actor, g.claims[0]!.actor));
  const reports = (g: SideGroup) => new Set(g.claims.map((c) => c.eventId)).size;
  const latest = (g: SideGroup) => Math.max(...g.claims.map((c) => c.eventId));
  const ranked = [...takers].sort(
    (a, b) => Number(alsoLost(a)) - Number(alsoLost(b)) || reports(b) - reports(a) || latest(b) - latest(a),
  );
  const [winner, runnerUp] = [ranked[0]!, ranked[1]!];
  const reason =
    alsoLost(winner) !== alsoLost(runnerUp)
      ? `${runnerUp.claims[0]!.actor} is also reported losing it that day`
      : reports(winner) !== reports(runnerUp)
        ? `more reports (${reports(winner)} against ${reports(runnerUp)})`
        : `as many reports; the latest report (event ${latest(winner)}) wins`;
  return {
    winner,
    contest: {
      winner: winner.claims[0]!.actor,
      rivals: ranked.slice(1).map((g) => ({ actor: g.claims[0]!.actor, actorName: g.claims[0]!.actorName, reports: reports(g) })),
      reason,
    },
  };
}

function newHolding(opener: ControlClaim, since: string, evidence: ControlClaim[], contest: Contest | null): Holding {
  return {
    geonameId: opener.geonameId,
    place: opener.place,
    country: opener.country,
    lat: opener.lat,
    lon: opener.lon,
    actor: opener.actor,
    actorName: opener.actorName,
    since,
    until: null,
    evidence: [...evidence],
    lostBy: [],
    contest,
  };
}

function addLostBy(h: Holding, claims: ControlClaim[]): void {
  for (const c of claims) {
    if (c.change === 'lost' && !h.lostBy.some((x) => x.actor === c.actor)) h.lostBy.push({ actor: c.actor, actorName: c.actorName });
  }
}

/** a place named without coordinates in one claim may have them in another */
function fillCoordinates(holdings: Holding[], claims: ControlClaim[]): void {
  const withPoint = claims.find((c) => c.lat !== null && c.lon !== null);
  const withCountry = claims.find((c) => c.country !== null);
  for (const h of holdings) {
    if ((h.lat === null || h.lon === null) && withPoint) [h.lat, h.lon] = [withPoint.lat, withPoint.lon];
    if (h.country === null && withCountry) h.country = withCountry.country;
  }
}

function evidenceCount(line: Holding[]): number {
  return line.reduce((n, h) => n + h.evidence.length, 0);
}

/** the YYYY-MM-DD of a date or timestamp */
function day(date: string): string {
  return date.slice(0, 10);
}
