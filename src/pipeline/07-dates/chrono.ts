/**
 * Day-level dates that chrono-node reads well — "June 10", "10 June 2014", "on Tuesday",
 * "Monday night", "2011-05-03" — with news defaults on top: a bare weekday is the latest such day
 * on or before publication unless its clause speaks of the future. chrono only runs on short
 * windows around a month name, a weekday name or a numeric date, which keeps the stage fast.
 */
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { DATE_ONLY_MONTHS, WEEKDAYS } from '../../lexicon/calendar-words.js';
import { addDays, dayRange, monthRange, weekdayOf, yearFor, ymd, type DayRange } from './calendar.js';
import { foundDate, type FoundDate } from './found-date.js';
import { isFutureContext } from './future.js';

// Relative phrases ("last week", "3 years ago", "within a week", "now") and bare month names are
// read by this stage's own finders, which know news usage; chrono keeps what it does best.
const KEPT_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENYearMonthNameParser',
  'ENCasualTimeParser',
]);

const parser: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => KEPT_PARSERS.has(p.constructor.name));
  if (c.parsers.length !== KEPT_PARSERS.size) {
    throw new Error('07-dates: chrono-node renamed or dropped a parser this stage relies on');
  }
  return c;
})();

// (lower case too where the name cannot be a common word: "on sunday", "till march 22" in lower-cased news)
/** Lower-case names that are only ever dates. */
const LOWER_NAMES = new Set([...WEEKDAYS, ...DATE_ONLY_MONTHS]);
const CUE = new RegExp(
  String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:${[...LOWER_NAMES].join('|')})\b|\b(?:march|may) \d|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b`,
  'g',
);
/** Characters of context on each side of a cue; longer than any date chrono reads. */
const PAD = 48;

const NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*/gi;
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const LOWER_WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/;
const DEICTIC_WEEKDAY = /\b(?:last|next|this|coming|past)\b/i;
// "Good Friday", "Bloody Sunday", "the Sunday Times": names, not dates
const NAMED_BEFORE = /\b(?:Good|Black|Bloody|Super|Ash|Holy|Maundy|Palm|Easter|Cyber|Shrove|Whit)\s+$/;
const NAMED_AFTER = /^\s+(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Tribune|Star|Sport|Mail)\b/;
const NAMED_AFTER_ANY_CASE = new RegExp(NAMED_AFTER.source, 'i');

/** Dates chrono finds in `text`, resolved against the publication day `ref` (YYYY-MM-DD). */
export function findChronoDates(text: string, ref: string): FoundDate[] {
  const reference = { instant: new Date(`${ref}T12:00:00Z`), timezone: 0 };
  const out: FoundDate[] = [];
  for (const [from, to] of cueWindows(text)) {
    for (const r of parser.parse(text.slice(from, to), reference)) {
      const written = r.text.replace(/[\s,;:]+$/, '');
      const start = from + r.index;
      const end = start + written.length;
      if (!plausible(text, written, start, end)) continue;
      const resolved = resolve(r, text, start, ref);
      if (resolved) out.push(foundDate(text, start, end, resolved[0], resolved[1]));
    }
  }
  return out;
}

/** Merged [from, to) windows around every date cue, widened to whole words. */
function cueWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    let from = Math.max(0, m.index - PAD);
    let to = Math.min(text.length, m.index + m[0].length + PAD);
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** Rejects what chrono reads too eagerly: "may", "Sun", fractions like "1/2", "Good Friday". */
function plausible(text: string, written: string, start: number, end: number): boolean {
  for (const m of written.matchAll(NAME)) {
    if (isUpper(m[0].charCodeAt(0))) continue;
    // "on sunday", "till march 22" ("he may 5 times" is no date; "the sunday times" a paper)
    const governed = /\b(?:on|till|until|by|since|from|before|after|to|of|between|and|in)\s+$/.test(text.slice(Math.max(0, start + m.index - 9), start + m.index));
    if (!LOWER_NAMES.has(m[0]) && !(governed && /^(?:march|may) \d/.test(written.slice(m.index)))) return false;
    if (NAMED_AFTER_ANY_CASE.test(text.slice(end, end + 16))) return false;
  }
  if (/\d\/\d/.test(written) && !/\d\/\d{1,2}\/\d/.test(written)) return false;
  if (NAMED_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const after = text.slice(end, end + 16);
  if (NAMED_AFTER.test(after)) return false;
  if (/^[.,]\d/.test(after)) return false; // "March 13.2" in a table of figures

  return true;
}

/** The days a chrono result stands for, or null when it names no day (a bare clock time). */
function resolve(r: ParsedResult, text: string, start: number, ref: string): [DayRange, FoundDate['precision']] | null {
  const s = r.start;
  if (s.isCertain('month') && s.isCertain('day')) {
    const month = s.get('month')!;
    const day = s.get('day')!;
    // A day without a year is the closest such day: news gives scheduled dates ("pay April 30") as
    // often as past ones, and names a year when the day is further away.
    const year = s.isCertain('year') ? s.get('year')! : yearFor(ref, month, day, isFutureContext(text, start) ? 'future' : 'nearest');
    const value = ymd(year, month, day);
    let last = value;
    if (r.end?.isCertain('day')) {
      const e = r.end;
      let endDay = ymd(e.isCertain('year') ? e.get('year')! : year, e.get('month')!, e.get('day')!);
      if (endDay < value && !e.isCertain('year')) endDay = ymd(year + 1, e.get('month')!, e.get('day')!);
      if (endDay >= value) last = endDay;
    }
    return [{ value, last }, 'day'];
  }
  if (s.isCertain('weekday')) {
    if (!FULL_WEEKDAY.test(r.text) && !LOWER_WEEKDAY.test(r.text)) return null;
    if (DEICTIC_WEEKDAY.test(r.text)) return [dayRange(ymd(s.get('year')!, s.get('month')!, s.get('day')!)), 'day'];
    return [dayRange(nearestWeekday(ref, s.get('weekday')!, isFutureContext(text, start))), 'day'];
  }
  if (s.isCertain('month')) {
    const month = s.get('month')!;
    const year = s.isCertain('year') ? s.get('year')! : yearFor(ref, month, null, isFutureContext(text, start) ? 'future' : 'past');
    return [monthRange(year, month), 'month'];
  }
  return null;
}

/** The latest `weekday` on or before `ref`, or with `future` the earliest on or after it. */
function nearestWeekday(ref: string, weekday: number, future: boolean): string {
  const gap = (weekday - weekdayOf(ref) + 7) % 7;
  return future ? addDays(ref, gap) : addDays(ref, -((7 - gap) % 7));
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
