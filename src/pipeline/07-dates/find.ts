/** Finds every date expression in a text and resolves it against the publication day. */
import { isIsoDay } from './calendar.js';
import { findChronoDates } from './chrono.js';
import type { FoundDate } from './found-date.js';
import { findMonths } from './months.js';
import { governedStart, startsGoverned } from './prefix.js';
import { findRelativeDates } from './relative.js';
import { findYears } from './years.js';

export type { FoundDate } from './found-date.js';

/**
 * Every date expression in `text`, sorted by start and never overlapping, resolved against
 * `publishedAt` (YYYY-MM-DD; a longer ISO timestamp is cut to its day).
 */
export function findDates(text: string, publishedAt: string): FoundDate[] {
  const ref = publishedAt.slice(0, 10);
  if (!isIsoDay(ref)) throw new RangeError(`findDates: publishedAt must start with YYYY-MM-DD, got "${publishedAt}"`);
  const candidates = [
    ...findChronoDates(text, ref),
    ...findMonths(text, ref),
    ...findYears(text),
    ...findRelativeDates(text, ref),
  ].map((d) => withGoverningWords(text, d));
  return longestFirst(candidates, text.length);
}

/** Widens a date to take in the preposition that governs it ("since 2003", "on Tuesday"). */
function withGoverningWords(text: string, d: FoundDate): FoundDate {
  // "in Tuesday's attack": the preposition governs the attack, not the day
  if (startsGoverned(d.text) || /^['\u2019]s\b/.test(text.slice(d.end, d.end + 3))) return d;
  const start = governedStart(text, d.start);
  return start === d.start ? d : { ...d, start, text: text.slice(start, d.end) };
}

/** Keeps the longest of overlapping candidates (the earlier finder on a tie), in text order. */
function longestFirst(candidates: FoundDate[], length: number): FoundDate[] {
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => candidates[b].end - candidates[b].start - (candidates[a].end - candidates[a].start) || a - b);
  const taken = new Uint8Array(length);
  const kept: FoundDate[] = [];
  for (const i of order) {
    const d = candidates[i];
    let free = true;
    for (let k = d.start; k < d.end && free; k++) free = taken[k] === 0;
    if (!free) continue;
    taken.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
