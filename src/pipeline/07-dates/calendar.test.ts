import { describe, expect, it } from 'vitest';
import { addDays, isIsoDay, monthRange, weekRange, weekdayOf, yearFor, yearRange } from './calendar.js';

describe('calendar', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2014-06-11', -11)).toBe('2014-05-31');
    expect(addDays('2014-12-31', 1)).toBe('2015-01-01');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
  });

  it('knows the day of the week', () => {
    expect(weekdayOf('2014-06-11')).toBe(3); // Wednesday
    expect(weekdayOf('2014-06-08')).toBe(0); // Sunday
  });

  it('gives Monday-to-Sunday weeks, also across New Year', () => {
    expect(weekRange('2014-06-11')).toEqual({ value: '2014-06-09', last: '2014-06-15' });
    expect(weekRange('2014-06-15')).toEqual({ value: '2014-06-09', last: '2014-06-15' });
    expect(weekRange('2015-01-01')).toEqual({ value: '2014-12-29', last: '2015-01-04' });
  });

  it('gives whole months, with overflow and leap years', () => {
    expect(monthRange(2012, 2)).toEqual({ value: '2012-02-01', last: '2012-02-29' });
    expect(monthRange(2014, 0)).toEqual({ value: '2013-12-01', last: '2013-12-31' });
    expect(monthRange(2014, 13)).toEqual({ value: '2015-01-01', last: '2015-01-31' });
  });

  it('gives whole years and year spans', () => {
    expect(yearRange(2011)).toEqual({ value: '2011-01-01', last: '2011-12-31' });
    expect(yearRange(1986, 1987)).toEqual({ value: '1986-01-01', last: '1987-12-31' });
  });

  it('validates ISO days', () => {
    expect(isIsoDay('2014-06-11')).toBe(true);
    expect(isIsoDay('2014-02-30')).toBe(false);
    expect(isIsoDay('2014-6-11')).toBe(false);
  });

  it('places a month or day written without a year', () => {
    // past: the latest one that has begun
    expect(yearFor('2014-06-11', 6, null, 'past')).toBe(2014);
    expect(yearFor('2014-06-11', 12, null, 'past')).toBe(2013);
    expect(yearFor('2014-06-11', 6, 12, 'past')).toBe(2013);
    // future: the earliest one not yet over
    expect(yearFor('2014-06-11', 6, null, 'future')).toBe(2014);
    expect(yearFor('2014-06-11', 3, null, 'future')).toBe(2015);
    // nearest: the closest, the earlier on a tie
    expect(yearFor('2014-06-11', 6, 20, 'nearest')).toBe(2014);
    expect(yearFor('1987-03-03', 10, 1, 'nearest')).toBe(1986);
    expect(yearFor('2015-01-07', 12, 30, 'nearest')).toBe(2014);
  });
});
