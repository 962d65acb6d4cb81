/** Day arithmetic on ISO calendar days (YYYY-MM-DD), in UTC so that no time zone can move a day. */

/** A first and a last day, both YYYY-MM-DD, inclusive. */
export interface DayRange {
  value: string;
  last: string;
}

/** Milliseconds at midnight UTC of a day; month (1–12) and day may overflow and roll over. */
export function dayTime(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The YYYY-MM-DD of a UTC instant. */
export function formatDay(time: number): string {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  return `${String(y).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The YYYY-MM-DD of a year, month (1–12, may overflow) and day (may overflow). */
export function ymd(year: number, month: number, day: number): string {
  return formatDay(dayTime(year, month, day));
}

/** Splits YYYY-MM-DD into numbers. */
export function parseDay(day: string): { year: number; month: number; day: number } {
  return { year: +day.slice(0, 4), month: +day.slice(5, 7), day: +day.slice(8, 10) };
}

/** Whether a string is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const p = parseDay(s);
  return ymd(p.year, p.month, p.day) === s;
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  const p = parseDay(day);
  return ymd(p.year, p.month, p.day + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  const p = parseDay(day);
  return new Date(dayTime(p.year, p.month, p.day)).getUTCDay();
}

/** A single day as a range. */
export function dayRange(day: string): DayRange {
  return { value: day, last: day };
}

/** The Monday-to-Sunday week that contains `day`. */
export function weekRange(day: string): DayRange {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { value: monday, last: addDays(monday, 6) };
}

/** A calendar month; `month` may overflow (0 is December of the year before). */
export function monthRange(year: number, month: number): DayRange {
  return { value: ymd(year, month, 1), last: ymd(year, month + 1, 0) };
}

/** Whole calendar years from `year` to `lastYear`. */
export function yearRange(year: number, lastYear = year): DayRange {
  return { value: ymd(year, 1, 1), last: ymd(lastYear, 12, 31) };
}

/** How to place a month or day written without a year relative to the publication day. */
export type YearChoice = 'past' | 'future' | 'nearest';

/**
 * The year to give a month (and day) written without one: the latest such date starting on or
 * before `ref` ('past'), the earliest one ending on or after it ('future'), or the one closest
 * to it, the earlier on a tie ('nearest').
 */
export function yearFor(ref: string, month: number, day: number | null, choice: YearChoice): number {
  const { year } = parseDay(ref);
  const range = (y: number): DayRange => (day === null ? monthRange(y, month) : dayRange(ymd(y, month, day)));
  if (choice === 'future') return range(year - 1).last >= ref ? year - 1 : range(year).last >= ref ? year : year + 1;
  const past = range(year + 1).value <= ref ? year + 1 : range(year).value <= ref ? year : year - 1;
  if (choice === 'past') return past;
  const distance = (y: number): number => Math.abs(dayNumber(range(y).value) - dayNumber(ref));
  return distance(past + 1) < distance(past) ? past + 1 : past;
}

function dayNumber(day: string): number {
  const p = parseDay(day);
  return dayTime(p.year, p.month, p.day) / 86_400_000;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
