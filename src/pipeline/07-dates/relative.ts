/**
 * Dates written relative to the publication day: "yesterday", "last night", "earlier this week",
 * "late last year", "three years ago", "over the weekend".
 */
import {
  addDays,
  dayRange,
  monthRange,
  parseDay,
  weekRange,
  weekdayOf,
  yearRange,
  type DayRange,
} from './calendar.js';
import { foundDate, type FoundDate } from './found-date.js';
import { isFutureContext } from './future.js';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
const NUMBER = `\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')}`;

type Unit = 'day' | 'week' | 'month' | 'year' | 'weekend' | 'decade';

// "three years ago", "a week ago", "15 months ago"
const AGO = new RegExp(`\\b(${NUMBER})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi');
// "last week", "earlier this month", "late last year", "next weekend" — not "the last year" (= past 12 months)
const DEICTIC = /(?<!\bthe\s)\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?|mid-)?(this|last|next)\s+(week|month|year|weekend)\b/gi;
// "earlier in the week"
const IN_THE = /\b(?:earlier|later)\s+in\s+the\s+(week|month|year)\b/gi;
// "over the weekend"
const THE_WEEKEND = /\b(?:over|at|on|during)\s+the\s+weekend\b/gi;
// "yesterday", "today", "tonight", "last night", "this morning", "overnight" (not "overnight rates")
const DAY_WORDS =
  /\b(?:(the\s+day\s+before\s+yesterday)|(yesterday|today|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?|(tonight|last\s+night|this\s+(?:morning|afternoon|evening))|overnight(?!\s+(?:rates?|money|deposits?|lending|loans?|interbank|repos?|funds|call|index|trading|stay|success|sensation)\b))\b/gi;
// "will not happen overnight", "almost overnight": the idiom for "quickly", not a night
const QUICKLY = /(?:\bnot\b|n['\u2019]t\b|\bnever\b|\bcannot\b)[^.;:!?]*$|\b(?:almost|virtually|literally|practically|nearly|seemingly|simply)\s+$/i;
// "Today" capitalised inside a sentence is a title ("USA Today"), not the day
const SENTENCE_START = /(?:^|[.!?]["'\u201d\u2019]?\s+|\n\s*|^["\u201c]\s*|\s["\u201c])$/;

// Words without which a pattern above cannot match: a cheap scan for them skips its loop in most texts.
const AGO_CUE = /ago/i;
const IN_THE_CUE = /earlier|later/i;
const WEEKEND_CUE = /weekend/i;
const DAY_CUE = /yesterday|today|tomorrow|night|morning|afternoon|evening/i;
const NO_MATCHES: IterableIterator<RegExpExecArray> = [][Symbol.iterator]();

/** The matches of `pattern` in `text`, or none without a scan when `cue` says it cannot match. */
function matchesWithCue(text: string, cue: RegExp, pattern: RegExp): IterableIterator<RegExpExecArray> {
  return cue.test(text) ? text.matchAll(pattern) : NO_MATCHES;
}

/** Every relative date expression in `text`, resolved against the publication day `ref`. */
export function findRelativeDates(text: string, ref: string): FoundDate[] {
  const out: FoundDate[] = [];
  const add = (m: RegExpExecArray, range: DayRange, precision: FoundDate['precision']): void => {
    out.push(foundDate(text, m.index, m.index + m[0].length, range, precision));
  };

  for (const m of matchesWithCue(text, AGO_CUE, AGO)) {
    const n = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
    const unit = m[2].toLowerCase() as Unit;
    const [range, precision] = shifted(ref, unit, -n);
    add(m, range, precision);
  }
  for (const m of text.matchAll(DEICTIC)) {
    const step = { this: 0, last: -1, next: 1 }[m[1].toLowerCase() as 'this' | 'last' | 'next'];
    const [range, precision] = shifted(ref, m[2].toLowerCase() as Unit, step);
    add(m, range, precision);
  }
  for (const m of matchesWithCue(text, IN_THE_CUE, IN_THE)) {
    const [range, precision] = shifted(ref, m[1].toLowerCase() as Unit, 0);
    add(m, range, precision);
  }
  for (const m of matchesWithCue(text, WEEKEND_CUE, THE_WEEKEND)) {
    // the latest weekend that has begun (Saturday on or before publication), or the coming one
    if (isFutureContext(text, m.index)) {
      add(m, ...shifted(ref, 'weekend', 0));
    } else {
      const saturday = addDays(ref, -((weekdayOf(ref) + 1) % 7));
      add(m, { value: saturday, last: addDays(saturday, 1) }, 'week');
    }
  }
  for (const m of matchesWithCue(text, DAY_CUE, DAY_WORDS)) {
    const word = m[0].toLowerCase();
    if (word === 'overnight' && QUICKLY.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    if (m[0].startsWith('Today') && !SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const offset = m[1] ? -2 : word.startsWith('yesterday') || /^last\s/.test(word) ? -1 : word.startsWith('tomorrow') ? 1 : 0;
    add(m, dayRange(addDays(ref, offset)), 'day');
  }
  return out;
}

/**
 * "five years after", "two weeks after": the span a duration puts before a reference day, or null
 * when the words are not a count and a unit. Used for an event told in an after-clause.
 */
export function durationBefore(count: string, unitWord: string, ref: string): [DayRange, FoundDate['precision']] | null {
  const n = NUMBER_WORDS[count.toLowerCase()] ?? (/^\d{1,3}$/.test(count) ? Number(count) : NaN);
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (!Number.isFinite(n) || n <= 0 || !['day', 'week', 'month', 'year', 'decade'].includes(unit)) return null;
  return shifted(ref, unit as Unit, -n);
}

/** The unit (week, month, …) that lies `n` units from the one containing `ref`. */
function shifted(ref: string, unit: Unit, n: number): [DayRange, FoundDate['precision']] {
  const { year, month } = parseDay(ref);
  switch (unit) {
    case 'day':
      return [dayRange(addDays(ref, n)), 'day'];
    case 'week':
      return [weekRange(addDays(ref, 7 * n)), 'week'];
    case 'weekend': {
      const { value: monday } = weekRange(addDays(ref, 7 * n));
      return [{ value: addDays(monday, 5), last: addDays(monday, 6) }, 'week'];
    }
    case 'month':
      return [monthRange(year, month + n), 'month'];
    case 'year':
      return [yearRange(year + n), 'year'];
    case 'decade':
      return [yearRange(year + 10 * n), 'year'];
  }
}
