/**
 * Months without a day: "June 2014", "in May", "since early March", "last March",
 * "January-March 1987", "the summer of 2014". A month name alone must be capitalised (or one that is no common word) and governed
 * ("in May") or carry a year, so the verb "may" and "the March on Washington" are not dates.
 */
import { DATE_ONLY_MONTHS } from '../../lexicon/calendar-words.js';
import { monthRange, parseDay, yearFor, type DayRange } from './calendar.js';
import { foundDate, type FoundDate } from './found-date.js';
import { isFutureContext } from './future.js';

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
};
const FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ANY = `${FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const YEAR = '(?:19|20)\\d\\d';
const AFTER = '(?![\\w%]|[.,:/\u2013-]\\d)';

// "June 2014", "Dec. 1986", "May of 2014"
const WITH_YEAR = new RegExp(`\\b(${ANY})\\b\\.?,?\\s+(?:of\\s+)?(${YEAR})${AFTER}`, 'gi');
// "April this year", "since April of last year"
const WITH_DEICTIC_YEAR = new RegExp(`\\b(${ANY})\\b\\.?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'gi');
// "January-March", "March to May 2014"
const RANGE = new RegExp(
  `\\b(${ANY})\\b\\.?(\\s*[-\u2013]\\s*|\\s+(?:to|through|until)\\s+)(${ANY})\\b\\.?(?:,?\\s+(${YEAR})${AFTER})?`,
  'gi',
);
// "in May", "since early March", "last March", "by the end of June"
const GOVERNED = new RegExp(
  `\\b(?:(?:in|since|by|until|till|from|through|throughout|during|before|after|of|last|next|this|as\\s+of|early|late|mid)(?:\\s+|-))+(${FULL})\\b`,
  'gi',
);
// "the summer of 2014", "in summer 2013"
const SEASON = new RegExp(
  `\\b(?:(?:in|during|since|by|until|through|throughout)\\s+)?(?:the\\s+)?(?:(?:early|late)\\s+)?(spring|summer|autumn|fall)\\s+(of\\s+)?(${YEAR})${AFTER}`,
  'gi',
);
const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9 };
// Cheap scans that rule out whole texts: the first four patterns only keep a month name that starts
// with a capital (the rest of it in any case) or is one never used as a common word, and SEASON needs a season's name.
const CAPITALISED_MONTH = /\b(?:J[aA][nN]|J[uU][nNlL]|F[eE][bB]|M[aA][rRyY]|A[pP][rR]|A[uU][gG]|S[eE][pP]|O[cC][tT]|N[oO][vV]|D[eE][cC])|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/;
const SEASON_WORD = /spring|summer|autumn|fall/i;

/** Every month-level date in `text`, resolved against the publication day `ref`. */
export function findMonths(text: string, ref: string): FoundDate[] {
  const out: FoundDate[] = [];
  const add = (m: RegExpExecArray, range: DayRange): void => {
    out.push(foundDate(text, m.index, m.index + m[0].length, range, 'month'));
  };

  if (CAPITALISED_MONTH.test(text)) findNamedMonths(text, ref, add);
  if (SEASON_WORD.test(text)) findSeasons(text, add);
  return out;
}

/** "June 2014", "April this year", "January-March", "in May". */
function findNamedMonths(text: string, ref: string, add: (m: RegExpExecArray, range: DayRange) => void): void {
  for (const m of text.matchAll(WITH_YEAR)) {
    // ("march 2002": before a year even "march" and "may" are months)
    if (!capitalised(m[1]) && !/^(?:march|may)$/.test(m[1])) continue;
    add(m, monthRange(+m[2], monthNumber(m[1])));
  }
  for (const m of text.matchAll(WITH_DEICTIC_YEAR)) {
    if (!capitalised(m[1])) continue;
    const step = { this: 0, last: -1, next: 1 }[m[2].toLowerCase() as 'this' | 'last' | 'next'];
    add(m, monthRange(parseDay(ref).year + step, monthNumber(m[1])));
  }
  for (const m of text.matchAll(RANGE)) {
    if (!capitalised(m[1]) || !capitalised(m[3])) continue;
    const hyphenated = !/[a-z]/i.test(m[2]);
    if (!hyphenated && !m[4] && !/\bfrom\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const first = monthNumber(m[1]);
    const last = monthNumber(m[3]);
    const lastYear = m[4] ? +m[4] : yearFor(ref, last, null, isFutureContext(text, m.index) ? 'future' : 'past');
    const firstYear = first <= last ? lastYear : lastYear - 1;
    add(m, { value: monthRange(firstYear, first).value, last: monthRange(lastYear, last).last });
  }
  for (const m of text.matchAll(GOVERNED)) {
    const name = m[1];
    if (!capitalised(name)) continue;
    add(m, monthRange(bareYear(text, m, ref), monthNumber(name)));
  }
}

/** "the summer of 2014", "in summer 2013". */
function findSeasons(text: string, add: (m: RegExpExecArray, range: DayRange) => void): void {
  for (const m of text.matchAll(SEASON)) {
    const opensWithSeason = m[0].toLowerCase().startsWith(m[1].toLowerCase());
    if (opensWithSeason && !m[2]) continue; // "fall 2014" may be the verb; "the fall of 2014", "in summer 2013" are not
    const first = SEASON_MONTHS[m[1].toLowerCase()];
    add(m, { value: monthRange(+m[3], first).value, last: monthRange(+m[3], first + 2).last });
  }
}

/** The year of a month named without one: "last March", "next May", or the nearest past (or, in a future clause, coming) one. */
function bareYear(text: string, m: RegExpExecArray, ref: string): number {
  const { year, month } = parseDay(ref);
  const named = monthNumber(m[1]);
  const deixis = /\b(last|next|this)\s+\S+$/i.exec(m[0])?.[1].toLowerCase();
  if (deixis === 'last') return named < month ? year : year - 1;
  if (deixis === 'next') return named > month ? year : year + 1;
  if (deixis === 'this') return year;
  return yearFor(ref, named, null, isFutureContext(text, m.index) ? 'future' : 'past');
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase()];
}

/** Capitalised, or a full name in lower case that is never a common word ("in february", not "in may"). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || LOWER_NAMES.has(word);
}

const LOWER_NAMES = new Set(DATE_ONLY_MONTHS);
