/**
 * Years written as bare numbers: "in 2011", "as recently as 2008", "by 2015", "mid-2013",
 * "the 1994 genocide", "from 2003 to 2011", "the 1986/87 season"; decades: "in the early 1940s".
 * A four-digit number only counts as a year when a preposition or a determiner says so, and never
 * when a count noun follows it ("2000 troops").
 */
import { yearRange } from './calendar.js';
import { foundDate, type FoundDate } from './found-date.js';

const YEAR = '(?:19|20)\\d\\d';
// not part of a longer number, a code ("F-2011"), an amount or a decade ("1990s")
const BEFORE = '(?<![\\w$\u00a3\u20ac.,/-])';
const AFTER = '(?![\\w%\u00a3\u20ac$]|[.,:/\u2013-]\\d)';
const GOVERNED_BY =
  'as\\s+(?:recently|early|late|long\\s+ago|far\\s+back)\\s+as|as\\s+of|in|since|by|until|till|through|throughout|during|' +
  'from|to|before|after|of|for|around|circa|the\\s+year|fiscal|calendar';
const ERA_WORDS = 'early|late|mid';
const ERA = `(?:${ERA_WORDS})(?:-|\\s+)`;

// "in 2011", "since early 2003", "mid-2013"
const GOVERNED = new RegExp(`\\b(?:(?:${GOVERNED_BY})\\s+(?:${ERA})?|${ERA})(${YEAR})${AFTER}`, 'gi');
// "from 2003 to 2011", "between 1990 and 1995"
const SPOKEN_RANGE = new RegExp(
  `\\b(?:from|between)\\s+(${YEAR})${AFTER}\\s+(?:to|and|until|till|through)\\s+(${YEAR})${AFTER}`,
  'gi',
);
// "2003-2011", "1986/87"
const WRITTEN_RANGE = new RegExp(`${BEFORE}(${YEAR})\\s?[-\u2013/]\\s?(${YEAR}|\\d\\d)${AFTER}`, 'g');
// "the 1994 genocide", "Iraq's 2010 election": a year used as a modifier
const MODIFIER = new RegExp(
  `\\b(?:the|a|an|its|his|her|their|our|this|that|[A-Z][\\w.-]*['\u2019]s)\\s+(${YEAR})${AFTER}(?=\\s+[A-Za-z])`,
  'gi',
);

/** Words that make a preceding four-digit number a count or a clock time, not a year. */
const NOT_AFTER_A_YEAR = new Set(
  (
    'people persons men women children kids soldiers troops fighters militants rebels insurgents gunmen ' +
    'civilians prisoners detainees hostages refugees migrants police policemen officers officials workers ' +
    'employees staff students protesters demonstrators members residents families homes houses buildings ' +
    'villages shares stocks tonnes tons tonne ton barrels bags bales head dlrs dollars pounds euros yen ' +
    'marks francs cents mln million billion thousand hundred km kilometers kilometres miles metres meters ' +
    'feet acres hectares units cars vehicles trucks tanks missiles rockets shells bombs weapons guns rifles ' +
    'jobs votes seats pct percent points names signatures cases deaths dead wounded injured casualties ' +
    'victims times hours hrs gmt est edt bst local calories words pages copies'
  ).split(' '),
);

// "the 1990s", "the early 1940s", "mid-1980s": a decade, or the third of one an era word names
const DECADE = new RegExp(`\\b(?:(${ERA_WORDS})(?:-|\\s+))?((?:1[89]|20)\\d0)['\u2019]?s\\b`, 'gi');
const ERA_YEARS: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

// every pattern above holds a YEAR: most texts have none, and one cheap scan says so
const ANY_YEAR = new RegExp(YEAR);

/** Every year written as a bare number in `text`, with precision year. */
export function findYears(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  if (!ANY_YEAR.test(text)) return out;
  const add = (start: number, end: number, first: number, last: number): void => {
    if (last < first || last - first > 30 || countedAfter(text, end)) return;
    out.push(foundDate(text, start, end, yearRange(first, last), 'year'));
  };
  for (const m of text.matchAll(GOVERNED)) add(m.index, m.index + m[0].length, +m[1], +m[1]);
  for (const m of text.matchAll(MODIFIER)) {
    const end = m.index + m[0].length;
    add(end - 4, end, +m[1], +m[1]);
  }
  for (const m of text.matchAll(SPOKEN_RANGE)) add(m.index, m.index + m[0].length, +m[1], +m[2]);
  for (const m of text.matchAll(DECADE)) {
    const [from, to] = m[1] ? ERA_YEARS[m[1].toLowerCase()] : [0, 9];
    add(m.index, m.index + m[0].length, +m[2] + from, +m[2] + to);
  }
  for (const m of text.matchAll(WRITTEN_RANGE)) {
    const first = +m[1];
    const last = m[2].length === 2 ? fullYear(first, +m[2]) : +m[2];
    if (last > first) add(m.index, m.index + m[0].length, first, last);
  }
  return out;
}

/** "1986/87" → 1987; "1999/00" → 2000. */
function fullYear(first: number, twoDigits: number): number {
  const century = first - (first % 100);
  return century + twoDigits < first ? century + 100 + twoDigits : century + twoDigits;
}

function countedAfter(text: string, end: number): boolean {
  const m = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24));
  return m !== null && NOT_AFTER_A_YEAR.has(m[1].toLowerCase());
}
