/** The shape every date finder returns: a span of text and the days it stands for. */
import type { DatePrecision } from '../../types.js';
import type { DayRange } from './calendar.js';

/**
 * A date expression in the text. `start`/`end` are character offsets (end exclusive);
 * `value` and `last` are the first and last day it covers, YYYY-MM-DD.
 */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  value: string;
  last: string;
  precision: Exclude<DatePrecision, 'publication'>;
}

/** Builds a FoundDate for `text.slice(start, end)` covering `range`. */
export function foundDate(
  text: string,
  start: number,
  end: number,
  range: DayRange,
  precision: FoundDate['precision'],
): FoundDate {
  return { start, end, text: text.slice(start, end), value: range.value, last: range.last, precision };
}
