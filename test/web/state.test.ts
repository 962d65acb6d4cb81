/** The page state ↔ URL round trip and the evidence highlighting, in Node (no browser). */
import { describe, expect, it } from 'vitest';
import { findSpan, highlightRuns } from '../../src/web/highlight.js';
import { defaultState, filterParams, readState, writeState } from '../../src/web/state.js';
import { binDays } from '../../src/web/timeline-bins.js';

describe('URL state', () => {
  it('a fresh page is the map of asserted events, and writes an empty query', () => {
    expect(readState('')).toEqual(defaultState());
    expect(defaultState().modality).toEqual(['asserted']);
    expect(writeState(defaultState())).toBe('');
  });

  it('round-trips every field', () => {
    const s = { ...defaultState(), view: 'control' as const, actor: 'IRQMIL', root: '19', plover: 'ASSAULT', country: 'IQ', q: 'Mosul dam', from: '2014-06-01', to: '2014-06-30', event: 42, cell: '40,30,45,35', at: '36.1,43.2,7', date: '2014-06-15', modality: ['asserted' as const, 'hypothetical' as const] };
    expect(readState(writeState(s))).toEqual(s);
  });

  it('drops values that cannot be right instead of guessing', () => {
    const s = readState('?view=globe&root=999&from=yesterday&to=2014-02-30x&event=-3&modality=maybe&date=soon');
    expect(s).toEqual(defaultState());
    expect(readState('?modality=any').modality).toHaveLength(5);
    expect(readState('?actor=irq&country=iq').actor).toBe('IRQ');
  });

  it('gives the API filters, with or without the date range and the map cell', () => {
    const s = { ...readState('?actor=IRQ&root=19&from=2014-06-01&to=2014-06-30&cell=40,30,45,35&modality=any') };
    expect(filterParams(s).toString()).toBe('actor=IRQ&root=19&from=2014-06-01&to=2014-06-30&bbox=40%2C30%2C45%2C35');
    expect(filterParams(s, { dates: false, cell: false }).toString()).toBe('actor=IRQ&root=19');
    expect(filterParams(defaultState()).toString()).toBe('modality=asserted');
  });
});

describe('evidence highlighting', () => {
  const sentence = 'Islamic State militants seized Mosul on Tuesday, officials said.';
  const at = 100; // the sentence's offset in its document

  it('cuts the sentence into runs by role, keeping every character', () => {
    const runs = highlightRuns(sentence, at, [
      { start: at + 24, end: at + 30, role: 'trigger' },
      { start: at, end: at + 23, role: 'source' },
      { start: at + 31, end: at + 36, role: 'place' },
      { ...findSpan(sentence, at, 'on Tuesday')!, role: 'date' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
    expect(runs.filter((r) => r.role).map((r) => [r.role, r.text])).toEqual([
      ['source', 'Islamic State militants'], ['trigger', 'seized'], ['place', 'Mosul'], ['date', 'on Tuesday'],
    ]);
  });

  it('gives overlaps to the trigger, clips marks at the sentence edges', () => {
    const runs = highlightRuns('rebels seized the town', 0, [
      { start: 0, end: 13, role: 'source' },
      { start: 7, end: 13, role: 'trigger' },
      { start: 18, end: 40, role: 'place' },
      { start: 50, end: 60, role: 'date' },
    ]);
    expect(runs).toEqual([
      { text: 'rebels ', role: 'source' }, { text: 'seized', role: 'trigger' }, { text: ' the ', role: null }, { text: 'town', role: 'place' },
    ]);
    expect(highlightRuns('', 0, [])).toEqual([]);
    expect(findSpan(sentence, at, 'Aleppo')).toBeNull();
    expect(findSpan(sentence, at, null)).toBeNull();
  });
});

describe('timeline bins', () => {
  const day = (date: string, n = 1) => ({ date, events: n, quad: [0, 0, 0, n] as [number, number, number, number] });

  it('keeps days over short spans and sums weeks or months over long ones', () => {
    expect(binDays([day('2014-06-10'), day('2014-06-12', 2)]).map((b) => [b.days, b.total])).toEqual([[1, 1], [1, 2]]);
    const weeks = binDays([day('2014-01-01'), day('2014-01-03'), day('2015-06-01', 4)]);
    expect(weeks.map((b) => [b.days, b.total])).toEqual([[7, 2], [7, 4]]);
    const months = binDays([day('2010-01-05'), day('2010-01-30'), day('2018-02-01', 3)]);
    expect(months.map((b) => [new Date(b.start).toISOString().slice(0, 10), b.days, b.total])).toEqual([['2010-01-01', 31, 2], ['2018-02-01', 28, 3]]);
    expect(binDays([])).toEqual([]);
  });
});
