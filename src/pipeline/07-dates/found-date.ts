/** The shape every date finder returns: a span of text and the days it stands for. */
import type { DateMention } from '../../types.js';
import type { DayRange } from './calendar.js';

/**
 * A date expression in the text: `start`/`end` are character offsets (end exclusive), `value`
 * and `last` the first and last day it covers (YYYY-MM-DD). The shared `DateMention` contract.
 */
export type FoundDate = DateMention;

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
