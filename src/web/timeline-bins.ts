/** Day counts grouped into the timeline's bars. Pure: no DOM, tested in Node. */
import type { DayCount } from '../store/types.js';

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** A bar: its first day, days covered and counts. */
export interface Bin {
  start: number;
  days: number;
  quad: [number, number, number, number];
  total: number;
}

/** YYYY-MM-DD → UTC milliseconds. */
export const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
/** UTC milliseconds → YYYY-MM-DD. */
export const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Groups day counts into bars of one day, seven days or one month, whichever keeps ≤ 400 bars. */
export function binDays(days: readonly DayCount[]): Bin[] {
  if (days.length === 0) return [];
  const first = parse(days[0].date);
  const last = parse(days[days.length - 1].date);
  const span = (last - first) / DAY + 1;
  const unit = span <= 400 ? 'day' : span <= 400 * 7 ? 'week' : 'month';
  const keyOf = (t: number): number => {
    if (unit === 'day') return t;
    if (unit === 'week') return first + Math.floor((t - first) / (7 * DAY)) * 7 * DAY;
    const d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  };
  const bins = new Map<number, Bin>();
  for (const d of days) {
    const key = keyOf(parse(d.date));
    let bin = bins.get(key);
    if (!bin) {
      const len = unit === 'day' ? 1 : unit === 'week' ? 7 : new Date(Date.UTC(new Date(key).getUTCFullYear(), new Date(key).getUTCMonth() + 1, 0)).getUTCDate();
      bin = { start: key, days: len, quad: [0, 0, 0, 0], total: 0 };
      bins.set(key, bin);
    }
    for (let i = 0; i < 4; i++) bin.quad[i] += d.quad[i];
    bin.total += d.events;
  }
  return [...bins.values()].sort((a, b) => a.start - b.start);
}

