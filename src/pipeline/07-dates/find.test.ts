import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDates, type FoundDate } from './find.js';

/** Publication day of every row unless a row says otherwise: a Wednesday, like the seed article. */
const PUB = '2014-06-11';

type Expected = [text: string, value: string, last: string, precision: FoundDate['precision']];
const day = (text: string, value: string): Expected => [text, value, value, 'day'];

/** One sentence and every date in it, in order. Negatives expect nothing. */
const GOLDEN: Array<[sentence: string, expected: Expected[], publishedAt?: string]> = [
  // weekdays: the latest such day on or before publication, unless the clause is future
  ['Iraqi soldiers fled Mosul on Tuesday, as militants freed prisoners.', [day('on Tuesday', '2014-06-10')]],
  ['Militants attacked the town on Wednesday.', [day('on Wednesday', '2014-06-11')]],
  ['Militants attacked the town on Thursday.', [day('on Thursday', '2014-06-05')]],
  ['The ministers will meet on Friday.', [day('on Friday', '2014-06-13')]],
  ['Talks are due to resume on Monday.', [day('on Monday', '2014-06-16')]],
  ['He said on Sunday that he will resign.', [day('on Sunday', '2014-06-08')]],
  ['The vote will take place, he said on Sunday.', [day('on Sunday', '2014-06-08')]],
  ['Clashes broke out on Monday night near the airport.', [day('on Monday night', '2014-06-09')]],
  ['Monday evening talks ended without agreement.', [day('Monday evening', '2014-06-09')]],
  ['Troops entered the city last Tuesday.', [day('last Tuesday', '2014-06-10')]],
  ['The next round is set for next Friday.', [day('next Friday', '2014-06-20')]],
  ["Dozens died in Tuesday's attack.", [day('Tuesday', '2014-06-10')]],
  // days with a month
  ['The offensive began on June 10.', [day('on June 10', '2014-06-10')]],
  ['The accord was signed on 10 June 2014 in Baghdad.', [day('on 10 June 2014', '2014-06-10')]],
  ['He resigned on Tuesday, June 10, 2014.', [day('on Tuesday, June 10, 2014', '2014-06-10')]],
  ['The vote, scheduled for June 20, was postponed.', [day('June 20', '2014-06-20')]],
  ['The ceasefire held on June 5-6 only.', [['on June 5-6', '2014-06-05', '2014-06-06', 'day']]],
  ['The deal was signed on 2011-05-03.', [day('on 2011-05-03', '2011-05-03')]],
  // months
  ['Fighting intensified in June 2014.', [['in June 2014', '2014-06-01', '2014-06-30', 'month']]],
  ['The city fell in the summer of 2014.', [['in the summer of 2014', '2014-06-01', '2014-08-31', 'month']]],
  ['Prices fell 3 pct in May.', [['in May', '2014-05-01', '2014-05-31', 'month']]],
  ['The town was retaken in late May.', [['in late May', '2014-05-01', '2014-05-31', 'month']]],
  ['Protests have continued since early March.', [['since early March', '2014-03-01', '2014-03-31', 'month']]],
  ['The rebels took the town in December.', [['in December', '2013-12-01', '2013-12-31', 'month']]],
  ['Elections will be held in December.', [['in December', '2014-12-01', '2014-12-31', 'month']]],
  ['Troops withdrew last March.', [['last March', '2014-03-01', '2014-03-31', 'month']]],
  ['Exports rose in January-March 2014.', [['in January-March 2014', '2014-01-01', '2014-03-31', 'month']]],
  ['The group has grown since April of last year.', [['since April of last year', '2013-04-01', '2013-04-30', 'month']]],
  // bare years: need a preposition or a determiner
  ['U.S. troops were still present in 2011.', [['in 2011', '2011-01-01', '2011-12-31', 'year']]],
  ['ISIS was on its deathbed as recently as 2008.', [['as recently as 2008', '2008-01-01', '2008-12-31', 'year']]],
  ['The group has fought the army since 2003.', [['since 2003', '2003-01-01', '2003-12-31', 'year']]],
  ['The plan aims to end the insurgency by 2015.', [['by 2015', '2015-01-01', '2015-12-31', 'year']]],
  ['Survivors of the 1994 genocide gathered in Kigali.', [['1994', '1994-01-01', '1994-12-31', 'year']]],
  ["Iraq's 2010 election was disputed.", [['2010', '2010-01-01', '2010-12-31', 'year']]],
  // decades, and the third of one an era word names
  ['Iraq and Iran fought in the 1980s.', [['1980s', '1980-01-01', '1989-12-31', 'year']]],
  ['Franco moved the clocks in the early 1940s.', [['early 1940s', '1940-01-01', '1943-12-31', 'year']]],
  ['The rebels have fought since the mid-1970s.', [['mid-1970s', '1973-01-01', '1976-12-31', 'year']]],
  ['Violence peaked in mid-2013.', [['in mid-2013', '2013-01-01', '2013-12-31', 'year']]],
  ['The war lasted from 2003 to 2011.', [['from 2003 to 2011', '2003-01-01', '2011-12-31', 'year']]],
  ['Output fell in the 1986/87 season.', [['1986/87', '1986-01-01', '1987-12-31', 'year']]],
  // weeks, months and years relative to publication
  ['The militants seized the base last week.', [['last week', '2014-06-02', '2014-06-08', 'week']]],
  ['Talks resumed earlier this week.', [['earlier this week', '2014-06-09', '2014-06-15', 'week']]],
  ['Officials will meet next week.', [['next week', '2014-06-16', '2014-06-22', 'week']]],
  ['The town changed hands a week ago.', [['a week ago', '2014-06-02', '2014-06-08', 'week']]],
  ['Gunmen struck over the weekend.', [['over the weekend', '2014-06-07', '2014-06-08', 'week']]],
  ['Attacks rose sharply last month.', [['last month', '2014-05-01', '2014-05-31', 'month']]],
  ['Hundreds fled earlier this month.', [['earlier this month', '2014-06-01', '2014-06-30', 'month']]],
  ['The siege began 15 months ago.', [['15 months ago', '2013-03-01', '2013-03-31', 'month']]],
  ['Exports grew last year.', [['last year', '2013-01-01', '2013-12-31', 'year']]],
  ['The army lost ground earlier this year.', [['earlier this year', '2014-01-01', '2014-12-31', 'year']]],
  ['Elections are due next year.', [['next year', '2015-01-01', '2015-12-31', 'year']]],
  ['The town fell three years ago.', [['three years ago', '2011-01-01', '2011-12-31', 'year']]],
  ['The dam was built a decade ago.', [['a decade ago', '2004-01-01', '2004-12-31', 'year']]],
  // days relative to publication
  ['A car bomb exploded yesterday in Baghdad.', [day('yesterday', '2014-06-10')]],
  ['The ministry said today that the road was open.', [day('today', '2014-06-11')]],
  ['The president will speak tonight.', [day('tonight', '2014-06-11')]],
  ['Militants shelled the city overnight, killing 12.', [day('overnight', '2014-06-11')]],
  ['He was arrested two days ago.', [day('two days ago', '2014-06-09')]],
  ['The convoy left the day before yesterday.', [day('the day before yesterday', '2014-06-09')]],
  // across a year boundary
  ['Rebels shelled the port last week.', [['last week', '2014-12-29', '2015-01-04', 'week']], '2015-01-07'],
  ['The talks collapsed on Friday.', [day('on Friday', '2014-12-26')], '2014-12-29'],
  ['Troops withdrew in December.', [['in December', '2014-12-01', '2014-12-31', 'month']], '2015-01-07'],
  // not dates
  ['Obama may visit Baghdad.', []],
  ['It is selling Maliki F-16s that will only exacerbate the violence.', []],
  ['the release of 2,500 fighters from local jails', []],
  ['Mosul is the second-largest city in the entire country.', []],
  ['The March on Washington drew thousands.', []],
  ['Protesters march on the capital.', []],
  ['Gunmen killed 2011 people.', []],
  ['The army sent in 2000 troops.', []],
  ['A second attack followed.', []],
  ['He read the Sunday Times.', []],
  ['Christians marked Good Friday.', []],
  ['The index rose 1/2 pct.', []],
  ['Wheat prev 39.9, Feb 48.7, March 13.2, Apr 10.0, total 111.8', []],
  ['Now its control is extending to Ninewa Province.', []],
  ['The reform will not happen overnight.', []],
  ['Fighting began at 10 a.m.', []],
  ['In the last week, 40 people died.', []], // the past seven days, not a calendar week
  ['Banks lent at the overnight rate.', []],
  ['USA Today reported the attack.', []],
  ['Today the army retook the town.', [day('Today', '2014-06-11')]],
];

describe('findDates golden table', () => {
  it('has at least 40 rows', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(40);
  });
  for (const [sentence, expected, publishedAt] of GOLDEN) {
    it(sentence, () => {
      const found = findDates(sentence, publishedAt ?? PUB);
      expect(found.map((d) => [d.text, d.value, d.last, d.precision])).toEqual(expected);
      for (const d of found) expect(sentence.slice(d.start, d.end)).toBe(d.text);
    });
  }
});

describe('findDates on the seed article', () => {
  // regression: the motivating article (published 2014-06-11) has exactly these dates —
  // not "2,500 fighters", "F-16s", "second-largest" or the many "now"s
  const text = readFileSync(new URL('./fixtures/000_bfba1ecb751b0907.txt', import.meta.url), 'utf8');
  const found = findDates(text, '2014-06-11');

  it('finds "on Tuesday", both "in 2011" and "as recently as 2008"', () => {
    expect(found.map((d) => [d.text, d.value, d.last, d.precision])).toEqual([
      ['in 2011', '2011-01-01', '2011-12-31', 'year'],
      ['on Tuesday', '2014-06-10', '2014-06-10', 'day'],
      ['as recently as 2008', '2008-01-01', '2008-12-31', 'year'],
      ['in 2011', '2011-01-01', '2011-12-31', 'year'],
    ]);
  });

  it('points every span at its words', () => {
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(text.slice(found[1].start - 6, found[1].end)).toBe('Mosul on Tuesday');
  });
});

describe('findDates output', () => {
  const text = GOLDEN.map(([s]) => s).join(' ');
  const found = findDates(text, PUB);

  it('is sorted by start and never overlaps', () => {
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  });

  it('always has value <= last', () => {
    for (const d of found) expect(d.value <= d.last).toBe(true);
  });

  it('accepts a full ISO timestamp as publication date', () => {
    expect(findDates('He left yesterday.', '2014-06-11T08:30:00Z')[0].value).toBe('2014-06-10');
  });

  it('rejects a publication date that is not a day', () => {
    expect(() => findDates('He left yesterday.', 'June 2014')).toThrow(RangeError);
    expect(() => findDates('He left yesterday.', '2014-02-30')).toThrow(RangeError);
  });

  it('returns nothing for empty text', () => {
    expect(findDates('', PUB)).toEqual([]);
  });
});

describe('lower-cased news (IndiaPoliceEvents writes "on sunday", "till march 22")', () => {
  const on = (text: string) => findDates(text, '2002-03-05').map((d) => [d.text, d.value, d.precision]);
  it('reads lower-case weekdays and unambiguous months', () => {
    expect(on('police arrested two persons on sunday.')).toEqual([['on sunday', '2002-03-03', 'day']]);
    expect(on('in february the talks failed')).toEqual([['in february', '2002-02-01', 'month']]);
    expect(on('in june 2001 and march 2002')).toEqual([['in june 2001', '2001-06-01', 'month'], ['march 2002', '2002-03-01', 'month']]);
  });
  it('reads lower-case "march" and "may" only with a day after a preposition', () => {
    expect(on('remanded to custody till march 22.')).toEqual([['till march 22', '2002-03-22', 'day']]);
    expect(on('he may 5 times')).toEqual([]);
    expect(on('the march on washington')).toEqual([]);
    expect(on('in march the army')).toEqual([]);
  });
  it('keeps a lower-case paper name out', () => {
    expect(on('the sunday times said')).toEqual([]);
  });
});
